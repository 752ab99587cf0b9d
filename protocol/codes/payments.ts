import { type CodeEntry, composeCode } from './entry.js';
import { numberOf } from './parameter-numbers.js';

/**
 * Outcomes of the card and PayPal engine. Live's own codes for these are
 * not public (decision 013), so they are ours: module 202, the next
 * module-specific range after Real Debitorenmanagement's 201; an expired
 * card takes the parameter module "expired" (018) with CCExpiry.
 */
const paymentsModule = '202';

function rule<K extends string>(detail: number, key: K, en: string, de: string) {
  return { code: composeCode(2, paymentsModule, detail), key, en, de };
}

const payments = [
  rule(
    1,
    'payments.card-declined',
    'Card declined by the issuer',
    'Karte vom Aussteller abgelehnt',
  ),
  rule(2, 'payments.insufficient-funds', 'Insufficient funds', 'Deckung nicht ausreichend'),
  {
    code: composeCode(2, '018', numberOf('CCExpiry')),
    key: 'payments.card-expired',
    en: 'Card expired',
    de: 'Karte abgelaufen',
  },
  rule(
    3,
    'payments.3ds-failed',
    'Authentication (3-D Secure) failed',
    'Authentifizierung (3-D Secure) fehlgeschlagen',
  ),
  rule(
    4,
    'payments.3ds-required',
    'Card requires 3-D Secure: use the payment page',
    'Karte verlangt 3-D Secure: Bezahlseite verwenden',
  ),
  rule(
    5,
    'payments.capture-exceeds-authorization',
    'Capture above the amount still authorized',
    'Buchung über dem noch autorisierten Betrag',
  ),
  rule(
    6,
    'payments.credit-exceeds-capture',
    'Credit above the amount captured and not yet credited',
    'Gutschrift über dem gebuchten, noch nicht gutgeschriebenen Betrag',
  ),
  rule(7, 'payments.nothing-to-reverse', 'Nothing left to reverse', 'Nichts mehr zu stornieren'),
  rule(
    8,
    'payments.already-settled',
    'Last step already settled: it cannot be reversed, credit instead',
    'Letzter Schritt bereits abgerechnet: kein Storno möglich, bitte gutschreiben',
  ),
  rule(
    9,
    'payments.reverse-amount-mismatch',
    'Amount differs from the last step to reverse',
    'Betrag weicht vom zu stornierenden letzten Schritt ab',
  ),
  rule(10, 'payments.not-authorized', 'Payment not authorized', 'Zahlung nicht autorisiert'),
  rule(
    11,
    'payments.currency-mismatch',
    'Currency differs from the payment',
    'Währung weicht von der Zahlung ab',
  ),
  rule(
    12,
    'payments.cancelled-by-customer',
    'Payment cancelled by the customer',
    'Zahlung vom Kunden abgebrochen',
  ),
  rule(
    13,
    'payments.not-awaiting-authorization',
    'Payment is not waiting for an authorization',
    'Zahlung wartet auf keine Autorisierung',
  ),
  rule(
    14,
    'payments.amount-above-order',
    'Amount above the amount the payment was created with',
    'Betrag über dem Betrag, mit dem die Zahlung angelegt wurde',
  ),
] as const;

/** The payment engine's outcomes; it refers to them by key. */
export const paymentEntries: readonly CodeEntry[] = payments.map((entry) => ({
  ...entry,
  status: 'FAILED',
  source: 'simulator',
}));

export type PaymentCodeKey = (typeof payments)[number]['key'];
