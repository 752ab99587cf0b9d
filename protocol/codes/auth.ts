import { canonicalName } from '../reference/parameters.js';
import { type CodeEntry, composeCode } from './entry.js';
import { numberOf } from './parameter-numbers.js';

// `Data` is a wire field; if the dictionary does not list it, the detail stays 0000.
const dataName = canonicalName('Data');
const dataNumber = dataName === undefined ? 0 : numberOf(dataName);

/** Crypto (module 001) and merchant authentication: what fails before validation. */
export const authEntries = [
  {
    code: composeCode(2, '001', dataNumber),
    key: 'crypto.decrypt-failed',
    status: 'FAILED',
    en: 'Decryption of Data failed',
    de: 'Entschlüsselung von Data fehlgeschlagen',
    source: 'simulator',
  },
  {
    code: composeCode(2, '001', numberOf('MAC')),
    key: 'crypto.mac-mismatch',
    status: 'FAILED',
    en: 'MAC does not match',
    de: 'MAC stimmt nicht überein',
    source: 'simulator',
  },
  {
    // Module 001: the plain MerchantID picked the keys, so a different
    // MerchantID inside means the envelope is not that merchant's.
    code: composeCode(2, '001', numberOf('MerchantID')),
    key: 'auth.merchant-mismatch',
    status: 'FAILED',
    en: 'MerchantID in Data differs from the plain MerchantID',
    de: 'MerchantID in Data weicht von der unverschlüsselten MerchantID ab',
    source: 'simulator',
  },
  {
    code: composeCode(2, '016', numberOf('MerchantID')),
    key: 'auth.unknown-merchant',
    status: 'FAILED',
    en: 'MerchantID unknown',
    de: 'MerchantID unbekannt',
    source: 'simulator',
  },
] as const satisfies readonly CodeEntry[];

export type AuthKey = (typeof authEntries)[number]['key'];
