import type { Clock } from '../ids/clock.js';

/** What the script stage sees: a request that passed decoding, authentication and validation. */
export interface ScriptContext {
  readonly merchantId: string;
  /** Validated fields with canonical names (`EventToken`, `OrderDesc`, ...). */
  readonly fields: Readonly<Record<string, string>>;
  readonly clock: Clock;
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
}

/**
 * The stage between validation and the engine where scenarios (for example
 * `OrderDesc=Test:NNNN`) will force outcomes. `undefined` lets the engine decide.
 *
 * @example
 * const declineEveryBc: ScriptStage = ({ fields }) =>
 *   fields.EventToken === 'BC' ? { codeKey: 'business.credit-declined' } : undefined;
 */
export type ScriptStage = (context: ScriptContext) => ScriptDecision | undefined;

/** The default: no scenarios, every call goes to the engine. */
export const noScript: ScriptStage = () => undefined;

/** Asks each stage in turn; the first decision wins. */
export function firstDecision(...stages: readonly ScriptStage[]): ScriptStage {
  return (context) => {
    for (const stage of stages) {
      const decision = stage(context);
      if (decision) return decision;
    }
    return undefined;
  };
}
