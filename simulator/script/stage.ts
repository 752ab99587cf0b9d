import type { AnswerFault } from '../faults/answer-fault.js';
import type { Clock } from '../ids/clock.js';

/** What the script stage sees: a request that passed decoding, authentication and validation. */
export interface ScriptContext {
  readonly merchantId: string;
  /** The call: a debtor call's EventToken, or a payment call (`direct`, `capture`, ...). */
  readonly call?: string;
  /** Validated fields with canonical names (`EventToken`, `OrderDesc`, ...): what the engine sees. */
  readonly fields: Readonly<Record<string, string>>;
  /**
   * Every decrypted field as sent, canonical names where the reference knows
   * them: validation drops fields a message's table lacks (a DebitorID on a
   * ZA, a ShopID on an OC), yet scenario rules may match them. Defaults to `fields`.
   */
  readonly sent?: Readonly<Record<string, string>>;
  /** The debtor of the call: CustomerID or DebitorID sent, else the one the PayID belongs to. */
  readonly customerId?: string | undefined;
  readonly clock: Clock;
}

/**
 * Which scenario decided a call (a rule's id, or `magic:<Field>` for a magic
 * value in the request) and the fault it applies on the way out. The journal
 * keeps it with the call.
 */
export interface ScenarioMark {
  readonly id: string;
  readonly fault?: AnswerFault;
}

/**
 * A scripted answer that replaces the engine for one call: the state is not
 * touched. `codeKey` is a catalogue key (`ok`, `business.unknown-payid`, ...);
 * `result` may carry answer parameters such as `CodeExt` or `ErrorText`.
 */
export interface ScriptDecision {
  readonly codeKey: string;
  readonly description?: string;
  readonly result?: Readonly<Record<string, string>>;
  readonly scenario?: ScenarioMark;
}

/**
 * A scenario that fired but lets the engine answer as usual (`pass`, a
 * latency-only fault, `OrderDesc=Test:0000`): it only marks the call and
 * may delay the answer.
 */
export interface ScriptPass {
  readonly pass: true;
  readonly scenario?: ScenarioMark;
}

export type ScriptVerdict = ScriptDecision | ScriptPass;

/**
 * The stage between validation and the engine where scenarios force
 * outcomes (decision 008). `undefined` lets the engine decide.
 *
 * @example
 * const declineEveryBc: ScriptStage = ({ fields }) =>
 *   fields.EventToken === 'BC' ? { codeKey: 'business.credit-declined' } : undefined;
 */
export type ScriptStage = (context: ScriptContext) => ScriptVerdict | undefined;

/** Narrows a verdict to the decision that answers instead of the engine. */
export function isDecision(verdict: ScriptVerdict | undefined): verdict is ScriptDecision {
  return verdict !== undefined && !('pass' in verdict);
}

/** Asks each stage in turn; the first verdict wins. */
export function firstDecision(...stages: readonly ScriptStage[]): ScriptStage {
  return (context) => {
    for (const stage of stages) {
      const verdict = stage(context);
      if (verdict) return verdict;
    }
    return undefined;
  };
}
