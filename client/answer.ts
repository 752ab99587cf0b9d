import type { Catalogue } from '../protocol/codes/catalogue.js';
import { parseCode } from '../protocol/codes/layout.js';
import { findField } from '../protocol/plaintext.js';
import { decodeResponseBody, type MerchantKeys } from '../protocol/wire.js';
import {
  PaygateGarbledResponseError,
  PaygateMacError,
  PaygateUnencryptedFailure,
} from './failures.js';
import { type PaygateResult, toResult } from './result.js';

/**
 * Turns a 2xx body into a result, or throws when the body cannot be trusted:
 * unencrypted (an early FAILED), undecryptable, without Status, or with a MAC
 * that does not match. An answer without MAC is accepted, as live.
 */
export function decodeAnswer(
  body: string,
  keys: MerchantKeys,
  catalogue?: Catalogue,
): PaygateResult {
  const decoded = decodeResponseBody(body, keys);
  switch (decoded.kind) {
    case 'garbled':
      throw new PaygateGarbledResponseError(
        `Paygate answer could not be read (${decoded.reason}); check the encryption key and mode`,
      );
    case 'plain': {
      const { fields } = decoded;
      const status = findField(fields, 'Status') ?? '';
      throw new PaygateUnencryptedFailure(fields, status, findField(fields, 'Description') ?? '');
    }
    case 'encrypted': {
      if (decoded.macValid === false) throw macError(decoded.fields);
      if (findField(decoded.fields, 'Status') === undefined) {
        throw new PaygateGarbledResponseError('Paygate answer decrypted but has no Status');
      }
      return toResult(decoded.fields, catalogue);
    }
  }
}

/**
 * An answer whose MAC does not verify is never trusted. When it nonetheless
 * says the gateway could not verify our request (module 001), both sides
 * disagree on the HMAC key: say so, since that is the usual cause.
 */
function macError(fields: Readonly<Record<string, string>>): PaygateMacError {
  const code = parseCode(findField(fields, 'Code') ?? '');
  const hmacKeysDisagree = code.ok && code.category === 'crypto';
  return new PaygateMacError(
    hmacKeysDisagree
      ? 'Paygate answer MAC does not match, and the answer reports a rejected request MAC: check the HMAC key (PAYGATE_HMAC_KEY)'
      : 'Paygate answer carries a MAC that does not match: rejected',
  );
}
