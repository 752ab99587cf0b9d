import { macEquals, requestMac } from '../../protocol/mac.js';
import type { DecryptedRequest } from '../decode/decrypt.js';
import { type MerchantOutcome, merchantFailure } from '../encode/outcome.js';

/**
 * A MerchantID left out of Data counts as the plain one: FATCHIP's capture and
 * refund calls send it outside only, and live books them (decision 010).
 */
export function withPlainMerchantId(
  request: DecryptedRequest,
  plainMerchantId: string,
): DecryptedRequest {
  if (request.fields.MerchantID !== undefined) return request;
  return { ...request, fields: { ...request.fields, MerchantID: plainMerchantId } };
}

/**
 * Stage 4: proves the request is the merchant's. The MerchantID inside Data
 * must equal the plain one (which chose the keys), and the MAC must match,
 * compared in constant time. A missing MAC is reported as the missing
 * parameter, which tells a client developer more than "mismatch".
 *
 * @returns `undefined` when the request is authentic, else the failure to answer.
 */
export function verifyRequest(
  request: DecryptedRequest,
  plainMerchantId: string,
): MerchantOutcome | undefined {
  const { fields } = request;
  if (fields.MerchantID !== plainMerchantId)
    return merchantFailure(request, 'auth.merchant-mismatch');
  if (fields.MAC === undefined || fields.MAC === '') {
    return merchantFailure(request, 'validation.missing:MAC');
  }
  const expected = requestMac(fields, request.keys.hmacKey);
  return macEquals(fields.MAC, expected)
    ? undefined
    : merchantFailure(request, 'crypto.mac-mismatch');
}
