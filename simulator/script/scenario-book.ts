import type { Catalogue } from '../../protocol/codes/index.js';
import { ruleWarnings } from './check-rules.js';
import {
  type CompiledOutcome,
  type CompiledRule,
  compileRule,
  type RuleProblem,
  verdictOf,
} from './compile-rule.js';
import type { MatchInput } from './match.js';
import type { ScenarioRule } from './scenario-schema.js';
import type { ScriptVerdict } from './stage.js';

/** `api`: added through `/__sim/scenarios`; `startup`: from the scenario file or the `scenarios` option. */
export type ScenarioSource = 'api' | 'startup';

/** A rule as `GET /__sim/scenarios` shows it. */
export type ScenarioView = Omit<ScenarioRule, 'id' | 'times'> & {
  readonly id: string;
  readonly source: ScenarioSource;
  readonly times: number | 'always';
  readonly remaining: number | 'always';
  readonly hits: number;
  /** Possible typos (`ruleWarnings`); absent when there are none. */
  readonly warnings?: readonly string[];
};

export type AddResult =
  | { readonly ok: true; readonly views: readonly ScenarioView[] }
  | {
      readonly ok: false;
      readonly index: number;
      readonly problem: RuleProblem;
      readonly conflict: boolean;
      /** The book is full ({@link MAX_SCENARIO_RULES}). */
      readonly full?: boolean;
    };

/**
 * Rules one simulator holds at most. Every call is matched against them in
 * turn, so an unbounded book (75,000 were once accepted) slows every call.
 */
export const MAX_SCENARIO_RULES = 1000;

/**
 * The scenario rules of one simulator. Rules are asked in order of
 * priority (higher first), then of creation; the first that matches and has
 * uses left answers and uses one up.
 */
export interface ScenarioBook {
  /** Adds rules all or none; ids must be new. */
  add(rules: readonly ScenarioRule[], source?: ScenarioSource): AddResult;
  list(): readonly ScenarioView[];
  get(id: string): ScenarioView | undefined;
  remove(id: string): boolean;
  /** Deletes every rule, start-up ones included; returns how many. */
  clear(): number;
  /** Back to the start-up rules with fresh counts, as `/__sim/reset` does. */
  reset(): void;
  /** The verdict of the first rule that takes this call, using one of its uses. */
  fire(input: MatchInput): ScriptVerdict | undefined;
}

interface StoredRule {
  readonly id: string;
  readonly seq: number;
  readonly source: ScenarioSource;
  readonly rule: ScenarioRule;
  readonly compiled: CompiledRule;
  readonly times: number | 'always';
  readonly warnings: readonly string[];
  hits: number;
}

export interface ScenarioBookOptions {
  readonly startup?: readonly ScenarioRule[];
  readonly catalogue: Catalogue;
  /** Picks latencies inside a range; `Math.random` unless a test fixes it. */
  readonly random?: () => number;
}

/** @throws Error when a start-up rule does not compile (config validation normally catches it first). */
export function createScenarioBook(options: ScenarioBookOptions): ScenarioBook {
  const { catalogue, startup = [], random = Math.random } = options;
  let rules: StoredRule[] = [];
  let created = 0;
  let generated = 0;

  const nextId = (taken: ReadonlySet<string>) => {
    let id: string;
    do id = `s${++generated}`;
    while (taken.has(id));
    return id;
  };

  const add = (given: readonly ScenarioRule[], source: ScenarioSource = 'api'): AddResult => {
    if (rules.length + given.length > MAX_SCENARIO_RULES) {
      const message = `the simulator holds at most ${MAX_SCENARIO_RULES} scenario rules (${rules.length} now, ${given.length} more asked for); DELETE /__sim/scenarios/:id or /__sim/scenarios first`;
      return { ok: false, index: 0, problem: { path: [], message }, conflict: false, full: true };
    }
    const taken = new Set(rules.map((rule) => rule.id));
    const compiled: CompiledRule[] = [];
    for (const [index, rule] of given.entries()) {
      if (rule.id !== undefined && taken.has(rule.id)) {
        const problem = { path: ['id'], message: `a scenario with id "${rule.id}" exists already` };
        return { ok: false, index, problem, conflict: true };
      }
      if (rule.id !== undefined) taken.add(rule.id);
      const result = compileRule(rule, catalogue);
      if (!result.ok) return { ok: false, index, problem: result.problem, conflict: false };
      compiled.push(result.compiled);
    }
    const stored = given.map((rule, index) => ({
      id: rule.id ?? nextId(taken),
      seq: ++created,
      source,
      rule,
      compiled: compiled[index] as CompiledRule,
      times: rule.times ?? defaultTimes(rule, source),
      warnings: ruleWarnings(rule),
      hits: 0,
    }));
    rules = [...rules, ...stored].sort(
      (a, b) => b.rule.priority - a.rule.priority || a.seq - b.seq,
    );
    return { ok: true, views: stored.map(view) };
  };

  const loadStartup = () => {
    rules = [];
    created = 0;
    generated = 0;
    const loaded = add(startup, 'startup');
    if (!loaded.ok) {
      const { index, problem } = loaded;
      throw new Error(`scenario [${index}] ${problem.path.join('.')}: ${problem.message}`);
    }
  };
  loadStartup();

  return {
    add,
    list: () => rules.map(view),
    get: (id) => {
      const rule = rules.find((candidate) => candidate.id === id);
      return rule && view(rule);
    },
    remove(id) {
      const before = rules.length;
      rules = rules.filter((rule) => rule.id !== id);
      return rules.length < before;
    },
    clear() {
      const count = rules.length;
      rules = [];
      return count;
    },
    reset: loadStartup,
    fire(input) {
      const rule = rules.find(
        (candidate) => remaining(candidate) !== 0 && candidate.compiled.matcher(input),
      );
      if (!rule) return undefined;
      const steps = rule.compiled.steps;
      const step = steps[rule.hits % steps.length] as CompiledOutcome;
      rule.hits += 1;
      return verdictOf(rule.id, step, random);
    },
  };
}

/** API rules are one-shot (a forgotten one cannot leak into the next test); start-up rules stand. */
function defaultTimes(rule: ScenarioRule, source: ScenarioSource): number | 'always' {
  if (source === 'startup') return 'always';
  return rule.sequence?.length ?? 1;
}

function remaining(rule: StoredRule): number | 'always' {
  return rule.times === 'always' ? 'always' : Math.max(0, rule.times - rule.hits);
}

function view(rule: StoredRule): ScenarioView {
  const { id: _id, times: _times, ...spec } = rule.rule;
  return {
    id: rule.id,
    source: rule.source,
    ...spec,
    times: rule.times,
    remaining: remaining(rule),
    hits: rule.hits,
    ...(rule.warnings.length > 0 ? { warnings: rule.warnings } : {}),
  };
}
