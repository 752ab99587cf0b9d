import {
  canonicalName,
  parameterDef,
  parameterNames,
} from '../../protocol/reference/parameters.js';
import { looksSensitive, maskEmbedded } from './looks-sensitive.js';

/**
 * Card and account data is not part of the debtor interface, but clients
 * sometimes send what their shop has (Computop's card and direct debit
 * names among them); never keep it readable either.
 */
const FOREIGN_FIELDS = [
  ...['ccnr', 'ccnumber', 'cccvc', 'ccexpiry', 'cardnumber', 'cvc', 'cvv', 'pan'],
  ...['accnr', 'acciban', 'accountnumber', 'kontonr', 'kontonummer'],
];

/**
 * Lower-case names to mask: the dictionary's sensitive parameters (names
 * match whatever their case, as `canonicalName` does) and foreign card and
 * account fields.
 * Built once: every call's request goes through `maskFields`.
 */
const SENSITIVE_NAMES: ReadonlySet<string> = new Set([
  ...parameterNames
    .filter((name) => parameterDef(name).sensitive === true)
    .map((name) => name.toLowerCase()),
  ...FOREIGN_FIELDS,
]);

/**
 * Free-text parameters (ans of 100 characters or more: OrderDesc,
 * InvoiceText, ArticleList, ...): a user may write an IBAN into them. Ids
 * such as TransID (ans..64) stay out, where a long digit run is an id that
 * passes Luhn one time in ten.
 */
const FREE_TEXT_NAMES: ReadonlySet<string> = new Set(
  parameterNames
    .filter((name) => Number(/^ans\.\.(\d+)$/.exec(parameterDef(name).format)?.[1] ?? 0) >= 100)
    .map((name) => name.toLowerCase()),
);

/** By name; a name the reference does not know also by its value (a card number, an IBAN). */
function isSensitive(name: string, value: string): boolean {
  if (SENSITIVE_NAMES.has(name.toLowerCase())) return true;
  return canonicalName(name) === undefined && looksSensitive(value);
}

/**
 * Hides a value but keeps enough to recognise it: the last four characters
 * of long values (an IBAN's account end), nothing of short ones (a date of birth).
 *
 * @example maskValue('DE89370400440532013000') // '******************3000'
 * @example maskValue('1980-04-01')             // '****'
 */
export function maskValue(value: string): string {
  if (value.length < 12) return '****';
  return `${'*'.repeat(value.length - 4)}${value.slice(-4)}`;
}

/** A copy of `fields` with every sensitive parameter, and anything that looks like one, masked. */
export function maskFields(fields: Readonly<Record<string, string>>): Record<string, string> {
  const masked: Record<string, string> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (isSensitive(name, value)) masked[name] = maskValue(value);
    else if (FREE_TEXT_NAMES.has(name.toLowerCase()) || canonicalName(name) === undefined)
      masked[name] = maskEmbedded(value, maskValue);
    else masked[name] = value;
  }
  return masked;
}
