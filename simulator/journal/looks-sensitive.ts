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
