import { type Catalogue, codeForFailure } from '../../protocol/codes/index.js';
import { checkFormat } from '../../protocol/format/check.js';
import { parseFormat } from '../../protocol/format/notation.js';
import { parameters } from '../../protocol/reference/parameters.js';
import { validateRequest } from '../../protocol/validate.js';
import type { DecryptedRequest } from '../decode/decrypt.js';
import { type MerchantOutcome, merchantFailure } from '../encode/outcome.js';

const reqIdFormat = parseFormat(parameters.ReqId.format);

/**
 * Stage 6: every field against the seed's formats and M/O/C rules; the
 * first failure (in table order) is the answer, as the Paygate "rejects all
 * requests with format errors". ReqId sits outside the message tables, so
 * its format is checked here.
 *
 * @returns the fields that belong to this call (canonical names), or the failure to answer.
 */
export function validateFields(
  request: DecryptedRequest,
  catalogue: Catalogue,
):
  | { ok: true; fields: Readonly<Record<string, string>> }
  | { ok: false; outcome: MerchantOutcome } {
  const validation = validateRequest(request.fields);
  if (!validation.ok) {
    const first = validation.failures[0];
    const key = first ? codeForFailure(first, catalogue).key : 'validation.invalid';
    return { ok: false, outcome: merchantFailure(request, key) };
  }
  const reqId = request.fields.ReqId;
  const reqIdFailure = reqId ? checkFormat(reqId, reqIdFormat) : null;
  if (reqIdFailure) {
    return { ok: false, outcome: merchantFailure(request, `validation.${reqIdFailure}:ReqId`) };
  }
  return { ok: true, fields: validation.fields as Record<string, string> };
}
