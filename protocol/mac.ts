import { createHmac, timingSafeEqual } from 'node:crypto';

/** The values a request MAC covers; a missing one counts as empty. */
export interface RequestMacInput {
  PayID?: string;
  TransID?: string;
  MerchantID?: string;
  Amount?: string;
  Currency?: string;
}

/** The values a response (or notify) MAC covers; MerchantID is the returned MID. */
export interface ResponseMacInput {
  PayID?: string;
  TransID?: string;
  MerchantID?: string;
  Status?: string;
  Code?: string;
}

/**
 * HMAC-SHA256 over `PayID*TransID*MerchantID*Amount*Currency`, upper-case
 * hex. Missing values stay empty and keep their asterisks (PayID is empty on
 * a first call).
 *
 * @example
 * requestMac(
 *   { TransID: 'TID-4453732122167114558', MerchantID: 'yourMerchantId', Amount: '1234', Currency: 'EUR' },
 *   'mySecret',
 * ); // '38CED807E293FC634A6C36FFAEA7BD2687038D40615781918AEF2DE7BB9A9903'
 */
export function requestMac(p: RequestMacInput, hmacKey: string): string {
  return hmacHex([p.PayID, p.TransID, p.MerchantID, p.Amount, p.Currency], hmacKey);
}

/**
 * HMAC-SHA256 over `PayID*TransID*MerchantID*Status*Code`, upper-case hex,
 * as the Paygate sends it in answers and notifications.
 *
 * @example
 * responseMac(
 *   {
 *     PayID: '7bbb448155234d8cbee323778952ce28',
 *     TransID: 'TID-12033175321270170232',
 *     MerchantID: 'yourMerchantId',
 *     Status: 'AUTHORIZED',
 *     Code: '00000000',
 *   },
 *   'mySecret',
 * ); // '4CDCB4DE587AC210F21DE0591689B920CF56D89B38D4C7B1B7F8867BFC93E02C'
 */
export function responseMac(p: ResponseMacInput, hmacKey: string): string {
  return hmacHex([p.PayID, p.TransID, p.MerchantID, p.Status, p.Code], hmacKey);
}

/**
 * Compares two MACs ignoring (ASCII) case, in time that does not depend on where
 * they differ. Different lengths are unequal without looking at the content
 * (the length of a MAC is no secret).
 *
 * @example
 * macEquals('4cdcb4de', '4CDCB4DE'); // true
 * macEquals('4CDC', '4CDCB4DE'); // false
 */
export function macEquals(a: string, b: string): boolean {
  const left = Buffer.from(asciiUpperCase(a), 'utf8');
  const right = Buffer.from(asciiUpperCase(b), 'utf8');
  if (left.length !== right.length) return false;
  return timingSafeEqual(left, right);
}

// Only a-z: full Unicode upper-casing would make 'ß' equal 'SS'.
function asciiUpperCase(text: string): string {
  return text.replace(/[a-z]+/g, (letters) => letters.toUpperCase());
}

function hmacHex(parts: readonly (string | undefined)[], hmacKey: string): string {
  const message = parts.map((part) => part ?? '').join('*');
  return createHmac('sha256', hmacKey).update(message, 'utf8').digest('hex').toUpperCase();
}
