import type { Catalogue } from '../../protocol/codes/index.js';
import { canonicalName } from '../../protocol/reference/parameters.js';
import { compileRule, type RuleProblem } from './compile-rule.js';
import type { ScenarioRule } from './scenario-schema.js';

/**
 * What the schema cannot see in a list of start-up rules: a `respond.key`
 * the catalogue lacks, or an id given twice. Paths start at the rule's index.
 *
 * @example
 * ruleProblems([{ ...rule, respond: { key: 'nope' } }], catalogue)
 * // [{ path: [0, 'respond', 'key'], message: 'unknown catalogue key "nope" ...' }]
 */
export function ruleProblems(rules: readonly ScenarioRule[], catalogue: Catalogue): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const ids = new Set<string>();
  for (const [index, rule] of rules.entries()) {
    if (rule.id !== undefined) {
      if (ids.has(rule.id))
        problems.push({ path: [index, 'id'], message: `id "${rule.id}" is given twice` });
      ids.add(rule.id);
    }
    const compiled = compileRule(rule, catalogue);
    if (!compiled.ok)
      problems.push({ ...compiled.problem, path: [index, ...compiled.problem.path] });
  }
  return problems;
}

/**
 * What may be a typo but need not be: a `fields` name the reference lacks
 * (a shop may send fields of its own). Shown with the rule, never refused.
 *
 * @example
 * ruleWarnings({ ...rule, match: { fields: { LastNmae: '^T' } } })
 * // ['match.fields.LastNmae: no parameter of the reference; matches only calls that send this very name']
 */
export function ruleWarnings(rule: ScenarioRule): string[] {
  return Object.keys(rule.match.fields ?? {})
    .filter((name) => canonicalName(name) === undefined)
    .map(
      (name) =>
        `match.fields.${name}: no parameter of the reference; matches only calls that send this very name`,
    );
}
