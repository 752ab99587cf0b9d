/**
 * Value checks for fields the reference does not know: a shop may send its
 * own names for card or account data (`CCNr`, `KontoNr`, `card_no`), and a
 * name list never catches them all. A value is masked when it is, in full,
 * a card number (Luhn) or an IBAN (mod 97), spaces and dashes allowed.
 */
export function looksSensitive(value: string): boolean {
  const compact = value.replace(/[\s-]/g, '');
  return isCardNumber(compact) || isIban(compact);
}

function isCardNumber(digits: string): boolean {
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

function isIban(text: string): boolean {
  const iban = text.toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  // Country and check digits go to the end; letters count as 10..35.
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const n = Number.parseInt(char, 36);
    remainder = (remainder * (n > 9 ? 100 : 10) + n) % 97;
  }
  return remainder === 1;
}

// Candidates inside free text: an IBAN (country, check digits, 11-30 more) or
// a card number (12-19 digits), spaces or dashes between groups allowed.
const EMBEDDED_IBAN = /\b[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]){11,30}\b/g;
const EMBEDDED_CARD = /\b\d(?:[ -]?\d){11,18}\b/g;

/**
 * `text` with every IBAN or card number written inside it masked by `mask`,
 * for free-text fields (`OrderDesc=Zahlung von DE89 3704 0044 0532 0130 00`).
 * Only candidates that pass their check (mod 97, Luhn) are touched; a run
 * that reads on into a word (`... 0130 00 danke`) is tried shorter.
 *
 * @example maskEmbedded('IBAN DE89370400440532013000 bitte', (s) => '#') // 'IBAN # bitte'
 */
export function maskEmbedded(text: string, mask: (secret: string) => string): string {
  if (!/\d{2}/.test(text)) return text;
  const hide = (run: string) => {
    // Longest prefix of the run that is a whole IBAN or card number.
    for (let end = run.length; end >= 12; end--) {
      const prefix = run.slice(0, end);
      if (!/[A-Za-z0-9]$/.test(prefix)) continue;
      if (looksSensitive(prefix)) return mask(prefix) + run.slice(end);
    }
    return run;
  };
  return text.replace(EMBEDDED_IBAN, hide).replace(EMBEDDED_CARD, hide);
}
