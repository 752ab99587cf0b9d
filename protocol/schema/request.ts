import * as z from 'zod';
import { type EventToken, type RuleTable, requestTables } from '../reference/messages.js';
import type { FailureParams } from './failure.js';
import { fieldSchema } from './field.js';
import { requirementOf } from './requirement.js';
import { resolveField } from './resolve.js';

/**
 * The zod schema of a request, built from the table and the dictionary alone.
 * Every issue is `code: 'custom'` with `params: FailureParams`
 * (`{ kind, parameter }`), so it maps one-to-one onto a ValidationFailure.
 * Unknown keys are stripped, as the live Paygate ignores them.
 *
 * Without `requestReason`, the RequestReason of the input decides which
 * fields apply; with it, that reason is the only one accepted.
 *
 * @example
 * const result = requestSchema('UP', 'RG').safeParse({ EventToken: 'UP', RequestReason: 'GU' });
 * // issues: { params: { kind: 'not-in-enum', parameter: 'RequestReason' } }, missing MerchantID, ...
 */
export function requestSchema(eventToken: EventToken, requestReason?: string): RequestSchema {
  return tableSchema(requestTables[eventToken], requestReason);
}

/**
 * The same for any table (a payment table is picked by its path, not an
 * EventToken).
 *
 * @example
 * tableSchema(paymentTables.capture).safeParse({ MerchantID: 'shop' }); // PayID missing, ...
 */
export function tableSchema(table: RuleTable, requestReason?: string): RequestSchema {
  let byReason = built.get(table);
  if (!byReason) {
    byReason = new Map();
    built.set(table, byReason);
  }
  const key = requestReason ?? '*';
  let schema = byReason.get(key);
  if (!schema) {
    schema = buildSchema(table, requestReason);
    byReason.set(key, schema);
  }
  return schema;
}

export type RequestSchema = ReturnType<typeof buildSchema>;

// Schemas are pure functions of the tables, so each is built once.
const built = new WeakMap<RuleTable, Map<string, RequestSchema>>();

function buildSchema(table: RuleTable, requestReason: string | undefined) {
  if (requestReason !== undefined && !table.requestReasons?.includes(requestReason)) {
    throw new Error(`${table.eventToken ?? 'this call'} takes no RequestReason '${requestReason}'`);
  }
  const shape = Object.fromEntries(
    table.fields.map((field) => [
      field.name,
      fieldSchema(resolveField(field, table, requestReason)),
    ]),
  );
  return z.object(shape).check((ctx) => {
    const present = new Set(Object.keys(ctx.value).filter((name) => ctx.value[name]));
    const reason = effectiveReason(table, ctx.value.RequestReason, requestReason);
    for (const field of table.fields) {
      const requirement = requirementOf(table, field, reason, present);
      const isPresent = present.has(field.name);
      if (requirement === 'required' && !isPresent) push(ctx, field.name, 'missing');
      if (requirement === 'not-allowed' && isPresent) push(ctx, field.name, 'not-allowed');
    }
  });
}

/** The sent reason when the table accepts it; undefined (reason-bound fields not judged) otherwise. */
export function effectiveReason(
  table: RuleTable,
  sent: string | undefined,
  pinned?: string,
): string | undefined {
  if (sent === undefined || !table.requestReasons?.includes(sent)) return undefined;
  return pinned === undefined || pinned === sent ? sent : undefined;
}

function push(
  ctx: z.core.ParsePayload,
  parameter: FailureParams['parameter'],
  kind: 'missing' | 'not-allowed',
) {
  const message = kind === 'missing' ? `${parameter}: missing` : `${parameter}: not allowed here`;
  const params: FailureParams = { kind, parameter };
  ctx.issues.push({ code: 'custom', input: ctx.value, path: [parameter], message, params });
}
