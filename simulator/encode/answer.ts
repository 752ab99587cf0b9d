import type { Catalogue, CodeEntry } from '../../protocol/codes/index.js';
import { blankSeparators, writePlaintext } from '../../protocol/plaintext.js';
import { resultTable } from '../../protocol/reference/messages.js';
import { paymentAnswerTable } from '../../protocol/reference/payments.js';
import { fieldFailures } from '../../protocol/schema/field.js';
import { resolveField } from '../../protocol/schema/resolve.js';
import { encodeResponse } from '../../protocol/wire.js';
import type { CallOutcome, MerchantOutcome, PlainOutcome } from './outcome.js';

/** An answer ready for the wire, with what the journal and the log need to know about it. */
export interface EncodedAnswer {
  readonly body: string;
  /** The answer's fields before encryption (no MAC). */
  readonly fields: Readonly<Record<string, string>>;
  readonly kind: 'plain' | 'encrypted';
  /** The catalogue code behind the answer, also for a plain one, whose body carries none. */
  readonly code: string | undefined;
}

/** PayID and XID are an32; an answer without them carries 32 zeros, as live. */
export const ZERO_ID = '0'.repeat(32);

/**
 * The result parameters an engine or script may set, in the order they are
 * written: the seed's, then the payment answers' (AID, amounts, card data).
 */
const RESULT_NAMES: readonly string[] = [
  'CodeExt',
  'ErrorText',
  'ReferenzID',
  ...paymentAnswerTable.fields.map((field) => field.name),
];

/** Statuses an engine may answer a successful call with instead of OK. */
const SUCCESS_STATUSES = new Set(['OK', 'AUTHORIZED']);

/**
 * The one function every call's outcome goes through on its way out.
 *
 * @example
 * encodeAnswer({ kind: 'plain', codeKey: 'auth.unknown-merchant' }, catalogue).body
 * // 'PayID=00000000000000000000000000000000&TransID=na&Status=FAILED&Description=MerchantID unknown'
 */
export function encodeAnswer(outcome: CallOutcome, catalogue: Catalogue): EncodedAnswer {
  switch (outcome.kind) {
    case 'replay':
      return {
        body: outcome.body,
        fields: outcome.fields,
        kind: 'encrypted',
        code: outcome.fields.Code,
      };
    case 'plain':
      return plainAnswer(outcome, catalogue);
    case 'merchant':
      return merchantAnswer(outcome, catalogue);
  }
}

/**
 * Live's unencrypted early failure has four fields and no Code:
 * `PayID=000...&TransID=na&Status=FAILED&Description=...` (decision 010).
 * The catalogue code still reaches the journal and the log.
 */
function plainAnswer(outcome: PlainOutcome, catalogue: Catalogue): EncodedAnswer {
  const entry = entryFor(outcome.codeKey, catalogue);
  const fields = {
    PayID: ZERO_ID,
    TransID: 'na',
    Status: 'FAILED',
    Description: blankSeparators(outcome.description ?? entry.en),
  };
  return { body: writePlaintext(fields), fields, kind: 'plain', code: entry.code };
}

function merchantAnswer(outcome: MerchantOutcome, catalogue: Catalogue): EncodedAnswer {
  const entry = entryFor(outcome.codeKey, catalogue);
  const { request, result = {} } = outcome;
  const fields: Record<string, string> = {
    MID: outcome.keys.merchantId,
    PayID: result.PayID ?? echo('PayID', request.PayID) ?? ZERO_ID,
    XID: result.XID ?? echo('XID', request.XID) ?? ZERO_ID,
    TransID: echo('TransID', request.TransID) ?? 'na',
    Status: successStatus(entry, result.Status),
    Description: blankSeparators(outcome.description ?? entry.en),
    Code: entry.code,
  };
  const refNr = echo('RefNr', request.RefNr);
  if (refNr !== undefined) fields.RefNr = refNr;
  for (const name of RESULT_NAMES) {
    const value = result[name];
    if (value !== undefined) fields[name] = blankSeparators(value);
  }
  return {
    body: encodeResponse(fields, outcome.keys),
    fields,
    kind: 'encrypted',
    code: entry.code,
  };
}

/**
 * A payment authorized but not captured answers AUTHORIZED; a failure's
 * status always comes from its code, whatever an engine or script sets.
 */
function successStatus(entry: CodeEntry, wanted: string | undefined): string {
  return entry.status === 'OK' && wanted !== undefined && SUCCESS_STATUSES.has(wanted)
    ? wanted
    : entry.status;
}

/** The result-table fields an answer echoes from the request. */
const echoed = new Map<string, ReturnType<typeof resolveField>>(
  resultTable.fields
    .filter((rule) => ['PayID', 'XID', 'TransID', 'RefNr'].includes(rule.name))
    .map((rule) => [rule.name, resolveField(rule)]),
);

/**
 * A request value fit to go back in the answer: only when it keeps the
 * result table's format. A 5000-character TransID or a RefNr with a line
 * break would break the answer's format and is not echoed; nor is an empty one.
 */
function echo(name: string, value: string | undefined): string | undefined {
  const field = echoed.get(name);
  if (!value || field === undefined) return undefined;
  return fieldFailures(field, value).length === 0 ? value : undefined;
}

/**
 * A key the catalogue lacks (an engine rule newer than the catalogue) must
 * not take the call down: it answers as an internal error, naming the key.
 */
function entryFor(codeKey: string, catalogue: Catalogue): CodeEntry {
  return catalogue.byKey(codeKey) ?? catalogue.get('internal.error');
}
