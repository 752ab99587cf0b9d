import { parameterDef, parameterNames } from '../../protocol/reference/parameters.js';

/**
 * Card data is not part of the debtor interface, but clients sometimes send
 * what their shop has; never keep it readable either.
 */
const CARD_FIELDS = ['ccnumber', 'cccvc', 'ccexpiry', 'cardnumber', 'cvc', 'cvv', 'pan'];

/**
 * Lower-case names to mask: the dictionary's sensitive parameters (names
 * match whatever their case, as `canonicalName` does) and card fields.
 * Built once: every call's request goes through `maskFields`.
 */
const SENSITIVE_NAMES: ReadonlySet<string> = new Set([
  ...parameterNames
    .filter((name) => parameterDef(name).sensitive === true)
    .map((name) => name.toLowerCase()),
  ...CARD_FIELDS,
]);

function isSensitive(name: string): boolean {
  return SENSITIVE_NAMES.has(name.toLowerCase());
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

/** A copy of `fields` with every sensitive parameter masked. */
export function maskFields(fields: Readonly<Record<string, string>>): Record<string, string> {
  const masked: Record<string, string> = {};
  for (const [name, value] of Object.entries(fields)) {
    masked[name] = isSensitive(name) ? maskValue(value) : value;
  }
  return masked;
}
