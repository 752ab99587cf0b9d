import { createHash } from 'node:crypto';
import type { MaskedCard } from '../../store/gateway-records.js';

export type CardBrand = 'VISA' | 'MasterCard' | 'AMEX';

export type CardFailureKey =
  | 'validation.invalid:CCNr'
  | 'validation.invalid:CCBrand'
  | 'validation.invalid:CCExpiry'
  | 'validation.invalid:CCCVC'
  | 'payments.card-expired';

/**
 * The card fields as they arrive (validated formats), checked beyond
 * format: the Luhn digit, the brand against the number's prefix, the
 * expiry month. Returns the masked card, or the catalogue key to answer.
 */
export function checkCard(
  card: { number: string; expiry: string; brand: string; cvc?: string | undefined },
  merchantId: string,
  today: string,
): { ok: true; card: MaskedCard } | { ok: false; codeKey: CardFailureKey; description: string } {
  if (card.number.length < 12) {
    return {
      ok: false,
      codeKey: 'validation.invalid:CCNr',
      description: 'CCNr too short (12-19 digits)',
    };
  }
  if (!luhnValid(card.number)) {
    return {
      ok: false,
      codeKey: 'validation.invalid:CCNr',
      description: 'CCNr invalid (check digit)',
    };
  }
  const brand = brandOf(card.number);
  if (brand === undefined || brand.toLowerCase() !== card.brand.toLowerCase()) {
    return {
      ok: false,
      codeKey: 'validation.invalid:CCBrand',
      description: `CCBrand invalid: the number is ${brand ?? 'of no supported brand'}`,
    };
  }
  const month = Number(card.expiry.slice(4, 6));
  if (card.cvc !== undefined && card.cvc !== '' && !/^\d{3,4}$/.test(card.cvc)) {
    return {
      ok: false,
      codeKey: 'validation.invalid:CCCVC',
      description: 'CCCVC invalid (3 or 4 digits)',
    };
  }
  if (month < 1 || month > 12) {
    return {
      ok: false,
      codeKey: 'validation.invalid:CCExpiry',
      description: 'CCExpiry invalid (YYYYMM)',
    };
  }
  // `today` is the simulator's day (YYYY-MM-DD): a card is valid through its expiry month.
  if (card.expiry < today.slice(0, 4) + today.slice(5, 7)) {
    return { ok: false, codeKey: 'payments.card-expired', description: 'Card expired' };
  }
  return {
    ok: true,
    card: {
      brand,
      maskedNumber: maskCardNumber(card.number),
      expiry: card.expiry,
      pcnr: pseudoCardNumber(card.number, merchantId),
    },
  };
}

/** The Luhn (mod 10) check every card number carries in its last digit. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let digit = digits.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return false;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** The brand the number's prefix (IIN) belongs to, for the three brands live's simulation knows. */
export function brandOf(number: string): CardBrand | undefined {
  if (number.startsWith('4')) return 'VISA';
  if (/^3[47]/.test(number)) return 'AMEX';
  const two = Number(number.slice(0, 2));
  const four = Number(number.slice(0, 4));
  if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) return 'MasterCard';
  return undefined;
}

/** First six and last four digits; what PCI allows to show. */
export function maskCardNumber(number: string): string {
  if (number.length <= 10) return '*'.repeat(number.length);
  return `${number.slice(0, 6)}${'*'.repeat(number.length - 10)}${number.slice(-4)}`;
}

/**
 * A stable stand-in for the number, per merchant, to store instead of it
 * (ours: live's PCNr scheme is not public). Same length, same last four
 * digits, the rest derived one way from a hash, so it reveals nothing more
 * than the mask does.
 */
export function pseudoCardNumber(number: string, merchantId: string): string {
  const hash = createHash('sha256').update(`${merchantId}:${number}`).digest();
  let digits = '';
  for (let i = 0; digits.length < number.length - 4; i++)
    digits += String((hash[i % hash.length] ?? 0) % 10);
  return `9${digits.slice(1)}${number.slice(-4)}`;
}
