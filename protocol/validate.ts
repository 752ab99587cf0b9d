import { checkFormat } from './format/check.js';
import { parseFormat } from './format/notation.js';
import {
  type EventToken,
  eventTokens,
  type FieldRule,
  isEventToken,
  type MessageTable,
  type RuleTable,
  requestTables,
  resultTable,
} from './reference/messages.js';
import { parameters } from './reference/parameters.js';
import type { PaymentTable } from './reference/payments.js';
import { type CanonicalFields, canonicalizeFields } from './schema/canonicalize.js';
import type { ValidationFailure } from './schema/failure.js';
import { failuresFromIssues } from './schema/issues.js';
import { effectiveReason, requestSchema, tableSchema } from './schema/request.js';
import { requirementOf } from './schema/requirement.js';
import { resultSchema } from './schema/result.js';

export type { CanonicalFields } from './schema/canonicalize.js';
export type { FailureKind, ValidationFailure } from './schema/failure.js';

export type RequestValidation =
  | { ok: true; eventToken: EventToken; requestReason?: string; fields: CanonicalFields }
  | { ok: false; failures: ValidationFailure[] };

export type ResultValidation =
  | { ok: true; fields: CanonicalFields }
  | { ok: false; failures: ValidationFailure[] };

/**
 * Validates a request's plaintext fields against the seed: names are matched
 * whatever their case, empty values count as absent, unknown names are
 * ignored. The EventToken picks the table (a missing or unknown one is the
 * only failure reported); then every failure is returned, in table order,
 * so the simulator can answer with the first.
 *
 * On success, `fields` holds the canonical fields that belong to this call:
 * fields bound to another RequestReason are dropped.
 *
 * @example
 * validateRequest({ eventtoken: 'OS', MerchantID: 'm1' });
 * // { ok: false, failures: [{ parameter: 'PayID', kind: 'missing', ... }, ...] }
 */
export function validateRequest(
  fields: Readonly<Record<string, string | undefined>>,
): RequestValidation {
  const canonical = canonicalizeFields(fields);
  const token = canonical.EventToken;
  if (token === undefined || !isEventToken(token)) {
    return { ok: false, failures: [eventTokenFailure(token)] };
  }
  const table: MessageTable = requestTables[token];
  const parsed = requestSchema(token).safeParse(canonical);
  if (!parsed.success) {
    return {
      ok: false,
      failures: inTableOrder(failuresFromIssues(parsed.error.issues), table.fields),
    };
  }
  const reason = effectiveReason(table, canonical.RequestReason);
  const kept = belongingFields(table, reason, canonical);
  return reason === undefined
    ? { ok: true, eventToken: token, fields: kept }
    : { ok: true, eventToken: token, requestReason: reason, fields: kept };
}

/**
 * The same rules for a payment call, whose table its path picked: names in
 * any case, empty counts as absent, unknown names ignored, every failure in
 * table order.
 *
 * @example
 * validatePaymentRequest(paymentTables.capture, { MerchantID: 'shop', PayID: '...' });
 * // { ok: false, failures: [{ parameter: 'TransID', kind: 'missing', ... }, ...] }
 */
export function validatePaymentRequest(
  table: PaymentTable,
  fields: Readonly<Record<string, string | undefined>>,
): ResultValidation {
  const canonical = canonicalizeFields(fields);
  const parsed = tableSchema(table).safeParse(canonical);
  if (!parsed.success) {
    return {
      ok: false,
      failures: inTableOrder(failuresFromIssues(parsed.error.issues), table.fields),
    };
  }
  return { ok: true, fields: belongingFields(table, undefined, canonical) };
}

/** The sent fields the call uses: in its table and not bound to another RequestReason. */
function belongingFields(
  table: RuleTable,
  reason: string | undefined,
  canonical: CanonicalFields,
): CanonicalFields {
  const present = new Set(Object.keys(canonical));
  const belonging = table.fields.filter((field) => {
    const requirement = requirementOf(table, field, reason, present);
    return present.has(field.name) && (requirement === 'required' || requirement === 'optional');
  });
  return Object.fromEntries(belonging.map((field) => [field.name, canonical[field.name]]));
}

/**
 * Checks an answer against the result table (formats, Status OK/FAILED, the
 * M fields). The client uses it loosely, to flag odd answers; the MAC is not
 * in the seed's table and is left to the caller.
 *
 * @example
 * validateResult({ MID: 'm1', PayID: '...', Status: 'OK', Code: '00000000', ... });
 */
export function validateResult(
  fields: Readonly<Record<string, string | undefined>>,
): ResultValidation {
  const canonical = canonicalizeFields(fields);
  const parsed = resultSchema().safeParse(canonical);
  if (!parsed.success) {
    return {
      ok: false,
      failures: inTableOrder(failuresFromIssues(parsed.error.issues), resultTable.fields),
    };
  }
  const kept = resultTable.fields.filter((field) => canonical[field.name] !== undefined);
  return { ok: true, fields: Object.fromEntries(kept.map((f) => [f.name, canonical[f.name]])) };
}

/** Why a token picks no table: missing, or the first rule of a2 + the token list it breaks. */
function eventTokenFailure(token: string | undefined): ValidationFailure {
  const parameter = 'EventToken';
  if (token === undefined) return { parameter, kind: 'missing', message: 'EventToken: missing' };
  const format = parseFormat(parameters.EventToken.format);
  const kind = checkFormat(token, format, eventTokens) ?? 'not-in-enum';
  return { parameter, kind, message: `EventToken: ${kind} (one of ${eventTokens.join(', ')})` };
}

// Array.prototype.sort is stable, so failures of one field keep their order.
function inTableOrder(failures: ValidationFailure[], fields: readonly FieldRule[]) {
  const position = (name: string) => {
    const index = fields.findIndex((field) => field.name === name);
    return index === -1 ? fields.length : index;
  };
  return failures.sort((a, b) => position(a.parameter) - position(b.parameter));
}
