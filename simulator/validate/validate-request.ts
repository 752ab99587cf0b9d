import { type Catalogue, codeForFailure } from '../../protocol/codes/index.js';
import type { PaymentTable } from '../../protocol/reference/payments.js';
import {
  type ValidationFailure,
  validatePaymentRequest,
  validateRequest,
} from '../../protocol/validate.js';
import type { DecryptedRequest } from '../decode/decrypt.js';
import { type MerchantOutcome, merchantFailure } from '../encode/outcome.js';

export type ValidatedFields =
  | { ok: true; fields: Readonly<Record<string, string>> }
  | { ok: false; outcome: MerchantOutcome };

/**
 * Stage 6 for `/debtor.aspx`: every field against the seed's formats and
 * M/O/C rules (ReqId included: every table holds it); the first failure
 * (in table order) is the answer, as the Paygate "rejects all requests with
 * format errors".
 *
 * @returns the fields that belong to this call (canonical names), or the failure to answer.
 */
export function validateFields(request: DecryptedRequest, catalogue: Catalogue): ValidatedFields {
  return answerValidation(request, validateRequest(request.fields), catalogue);
}

/** The same for a payment call, against the table its path picked. */
export function validatePaymentFields(
  table: PaymentTable,
  request: DecryptedRequest,
  catalogue: Catalogue,
): ValidatedFields {
  return answerValidation(request, validatePaymentRequest(table, request.fields), catalogue);
}

function answerValidation(
  request: DecryptedRequest,
  validation:
    | { ok: true; fields: Readonly<Record<string, string | undefined>> }
    | { ok: false; failures: readonly ValidationFailure[] },
  catalogue: Catalogue,
): ValidatedFields {
  if (validation.ok) return { ok: true, fields: validation.fields as Record<string, string> };
  const first = validation.failures[0];
  const key = first ? codeForFailure(first, catalogue).key : 'validation.invalid';
  return { ok: false, outcome: merchantFailure(request, key) };
}
