import type { FieldRule, RuleTable } from '../reference/messages.js';
import type { ParameterName } from '../reference/parameters.js';

/**
 * What a table asks of one field in one request:
 * - `required` / `optional`: the field belongs to the request;
 * - `ignored`: it does not (wrong RequestReason); it is still format-checked,
 *   then dropped from the validated fields;
 * - `not-allowed`: it does not, and sending it is a failure.
 */
export type Requirement = 'required' | 'optional' | 'ignored' | 'not-allowed';

/**
 * Evaluates the table's M/O/C column and its conditions for one field.
 * `reason` is the request's RequestReason, or undefined when it is missing
 * or unknown: then every reason-bound field counts as ignored, so one bad
 * RequestReason is reported once, not once per address field.
 *
 * @example
 * requirementOf(upTable, field('DebitorID'), 'RG', new Set()); // 'required'
 * requirementOf(upTable, field('DebitorID'), 'ZA', new Set()); // 'ignored'
 * requirementOf(upTable, field('TaxCode'), 'RG', new Set(['ArticleList'])); // 'required'
 */
export function requirementOf(
  table: RuleTable,
  field: FieldRule,
  reason: string | undefined,
  present: ReadonlySet<string>,
): Requirement {
  const outside = scopeRule(table, field, reason);
  if (outside) return outside;
  // Plain loops and no local closures: this runs for every field of every
  // call, and under tsx (esbuild keepNames) each closure created per call
  // costs an Object.defineProperty; see docs/decisions/009-performance.md.
  if (field.presence === 'M') {
    if (reason === undefined) return 'required';
    for (const c of table.conditions) {
      if (
        c.kind === 'waivedWith' &&
        c.parameter === field.name &&
        c.reasons.includes(reason) &&
        sentInScope(table, c.whenPresent, reason, present)
      ) {
        return 'optional';
      }
    }
    return 'required';
  }
  for (const c of table.conditions) {
    if (
      c.kind === 'requiredWith' &&
      c.parameter === field.name &&
      sentInScope(table, c.whenPresent, reason, present)
    ) {
      return 'required';
    }
  }
  return 'optional';
}

function sentInScope(
  table: RuleTable,
  name: ParameterName,
  reason: string | undefined,
  present: ReadonlySet<string>,
): boolean {
  return present.has(name) && isInScope(table, name, reason);
}

/** Whether a field belongs to a request with this reason at all. */
export function isInScope(table: RuleTable, name: ParameterName, reason: string | undefined) {
  const field = table.fields.find((f) => f.name === name);
  return field !== undefined && scopeRule(table, field, reason) === undefined;
}

function scopeRule(
  table: RuleTable,
  field: FieldRule,
  reason: string | undefined,
): 'ignored' | 'not-allowed' | undefined {
  for (const c of table.conditions) {
    if (c.kind !== 'onlyForReasons') continue;
    const covers = c.fields?.includes(field.name) || c.groups?.includes(field.group);
    if (!covers) continue;
    if (reason === undefined) return 'ignored';
    if (!c.reasons.includes(reason)) return c.otherwise === 'ignore' ? 'ignored' : 'not-allowed';
  }
  return undefined;
}
