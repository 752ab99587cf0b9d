import type { Catalogue } from '../../protocol/codes/index.js';
import { answerFault } from '../faults/answer-fault.js';
import type { FaultSpec } from '../faults/fault-schema.js';
import { compileMatch, type Matcher } from './match.js';
import { resolveRespond } from './respond.js';
import type { OutcomeSpec, ScenarioRule } from './scenario-schema.js';
import type { ScriptDecision, ScriptVerdict } from './stage.js';

/** One outcome, its `respond` already resolved against the catalogue. */
export interface CompiledOutcome {
  readonly decision?: ScriptDecision;
  readonly fault?: FaultSpec;
}

export interface CompiledRule {
  readonly matcher: Matcher;
  /** The single outcome, or the sequence's outcomes in order. */
  readonly steps: readonly CompiledOutcome[];
}

/** What is wrong with a rule that parsed but names a code the catalogue cannot answer. */
export interface RuleProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/**
 * Compiles a parsed rule: its match, and its outcomes with `respond`
 * resolved against the catalogue (which may carry overrides).
 */
export function compileRule(
  rule: ScenarioRule,
  catalogue: Catalogue,
): { ok: true; compiled: CompiledRule } | { ok: false; problem: RuleProblem } {
  const outcomes: readonly OutcomeSpec[] = rule.sequence ?? [rule];
  const steps: CompiledOutcome[] = [];
  for (const [index, outcome] of outcomes.entries()) {
    const at = rule.sequence ? ['sequence', index] : [];
    const step = compileOutcome(outcome, catalogue);
    if (!step.ok)
      return { ok: false, problem: { ...step.problem, path: [...at, ...step.problem.path] } };
    steps.push(step.compiled);
  }
  return { ok: true, compiled: { matcher: compileMatch(rule.match), steps } };
}

function compileOutcome(
  outcome: OutcomeSpec,
  catalogue: Catalogue,
): { ok: true; compiled: CompiledOutcome } | { ok: false; problem: RuleProblem } {
  const fault = outcome.fault === undefined ? {} : { fault: outcome.fault };
  if (outcome.respond === undefined) return { ok: true, compiled: fault };
  const resolved = resolveRespond(outcome.respond, catalogue);
  if (!resolved.ok) {
    return {
      ok: false,
      problem: { path: ['respond', ...resolved.path], message: resolved.message },
    };
  }
  return { ok: true, compiled: { decision: resolved.decision, ...fault } };
}

/**
 * A step's verdict: its answer when it has one, else (a fault that replaces
 * the answer) an OK answer, or `internal.error` for `unencrypted`, which is
 * FAILED by nature; without either, the engine answers (`pass`, latency only).
 */
export function verdictOf(id: string, step: CompiledOutcome, random: () => number): ScriptVerdict {
  const fault = step.fault && answerFault(step.fault, random);
  const scenario = fault ? { id, fault } : { id };
  if (step.decision) return { ...step.decision, scenario };
  if (fault?.failure) {
    const codeKey = fault.failure.kind === 'unencrypted' ? 'internal.error' : 'ok';
    return { codeKey, scenario };
  }
  return { pass: true, scenario };
}
