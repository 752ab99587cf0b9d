import { type Format, parseFormat } from '../format/notation.js';
import type { FieldRule, RuleTable } from '../reference/messages.js';
import { type ParameterName, parameters } from '../reference/parameters.js';

/** Everything needed to check one field's value: its table rule joined with the dictionary. */
export interface ResolvedField {
  name: ParameterName;
  format: Format;
  enumValues?: readonly string[];
  shape?: 'date' | 'articleList';
  /** Live's spelling where it departs from the seed's (see ParameterDef.wireName). */
  wireName?: string;
}

/**
 * Joins a table field with its dictionary entry. A request table decides
 * what the dictionary cannot: EventToken must be its own token, and
 * RequestReason one of its reasons (or the one a caller pinned). The result
 * table passes no request table.
 *
 * @example
 * resolveField({ name: 'RequestReason', presence: 'M', group: 'call' }, upTable, 'RG').enumValues;
 * // ['RG']
 */
export function resolveField(
  field: FieldRule,
  table?: RuleTable,
  pinnedReason?: string,
): ResolvedField {
  const def = parameters[field.name];
  const resolved: ResolvedField = {
    name: field.name,
    format: parseFormat(field.format ?? def.format),
  };
  const enumValues = (table && enumFor(table, field.name, pinnedReason)) ?? def.enum;
  if (enumValues) resolved.enumValues = enumValues;
  if (def.shape) resolved.shape = def.shape;
  if ('wireName' in def && def.wireName) resolved.wireName = def.wireName;
  return resolved;
}

function enumFor(table: RuleTable, name: ParameterName, pinnedReason?: string) {
  if (name === 'EventToken') return table.eventToken === undefined ? undefined : [table.eventToken];
  if (name !== 'RequestReason') return undefined;
  return pinnedReason === undefined ? table.requestReasons : [pinnedReason];
}
