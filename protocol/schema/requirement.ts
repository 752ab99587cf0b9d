import type { FieldRule, MessageTable } from '../reference/messages.js';
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
  table: MessageTable,
  field: FieldRule,
  reason: string | undefined,
  present: ReadonlySet<string>,
): Requirement {
  const outside = scopeRule(table, field, reason);
  if (outside) return outside;
  const sent = (name: ParameterName) => present.has(name) && isInScope(table, name, reason);
  if (field.presence === 'M') {
    const waived = table.conditions.some(
      (c) =>
        c.kind === 'waivedWith' &&
        c.parameter === field.name &&
        reason !== undefined &&
        c.reasons.includes(reason) &&
        sent(c.whenPresent),
    );
    return waived ? 'optional' : 'required';
  }
  const demanded = table.conditions.some(
    (c) => c.kind === 'requiredWith' && c.parameter === field.name && sent(c.whenPresent),
  );
  return demanded ? 'required' : 'optional';
}

/** Whether a field belongs to a request with this reason at all. */
export function isInScope(table: MessageTable, name: ParameterName, reason: string | undefined) {
  const field = table.fields.find((f) => f.name === name);
  return field !== undefined && scopeRule(table, field, reason) === undefined;
}

function scopeRule(
  table: MessageTable,
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
