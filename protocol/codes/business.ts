import { type CodeEntry, composeCode } from './entry.js';
import { numberOf } from './parameter-numbers.js';

/**
 * Module-specific range (100-FFF) taken for Real Debitorenmanagement. 201
 * because QA's tracker already uses 22010012 for a credit decline, and 100
 * holds a Computop code of unknown meaning (21000068). See decision 005.
 */
const realModule = '201';

// Outcomes tied to one parameter use the parameter modules (016, 017, 018);
// pure state rules of the debtor account number sequentially in 201.

function rule<K extends string>(detail: number, key: K, en: string, de: string) {
  return { code: composeCode(2, realModule, detail), key, en, de };
}

function onParameter<K extends string>(
  module: string,
  number: number,
  key: K,
  en: string,
  de: string,
) {
  return { code: composeCode(2, module, number), key, en, de };
}

const payId = numberOf('PayID');

const business = [
  onParameter('016', payId, 'business.unknown-payid', 'PayID unknown', 'PayID unbekannt'),
  onParameter(
    '017',
    payId,
    'business.order-exists',
    'Order already exists for this PayID',
    'Bestellung zu dieser PayID existiert bereits',
  ),
  onParameter('018', payId, 'business.order-cancelled', 'Order cancelled', 'Bestellung storniert'),
  onParameter(
    '017',
    numberOf('TransID'),
    'business.duplicate-transid',
    'TransID already used',
    'TransID bereits vergeben',
  ),
  onParameter(
    '017',
    numberOf('ReqId'),
    'business.replay-mismatch',
    'ReqId reused with different content',
    'ReqId mit anderem Inhalt wiederverwendet',
  ),
  rule(
    1,
    'business.payid-wrong-merchant',
    'PayID belongs to another merchant',
    'PayID gehört zu einem anderen Händler',
  ),
  rule(
    2,
    'business.amount-above-checked',
    'Amount above the amount of the credit check',
    'Betrag über dem Betrag der Bonitätsprüfung',
  ),
  rule(3, 'business.no-order', 'No order for this PayID', 'Keine Bestellung zu dieser PayID'),
  rule(
    4,
    'business.amount-above-open',
    'Amount above the open order amount',
    'Betrag über dem offenen Bestellbetrag',
  ),
  rule(
    5,
    'business.order-fully-invoiced',
    'Order already fully invoiced',
    'Bestellung bereits vollständig berechnet',
  ),
  rule(
    6,
    'business.credit-above-invoiced',
    'Credit note above the invoiced amount',
    'Gutschrift über dem berechneten Betrag',
  ),
  rule(7, 'business.invoice-unknown', 'Invoice unknown', 'Rechnung unbekannt'),
  rule(
    8,
    'business.payment-above-balance',
    'Payment above the open balance',
    'Zahlung über dem offenen Saldo',
  ),
  rule(
    9,
    'business.already-paid-auto',
    'Invoice already paid with the order (Capture=AUTO)',
    'Rechnung bereits mit der Bestellung bezahlt (Capture=AUTO)',
  ),
  rule(
    10,
    'business.not-overdue',
    'Invoice not overdue; no dunning possible',
    'Rechnung nicht überfällig; keine Mahnung möglich',
  ),
  rule(11, 'business.no-dunning', 'No dunning to reset', 'Kein Mahnstatus zum Zurücksetzen'),
  rule(
    12,
    'business.credit-declined',
    'Credit check declined by Real Solution',
    'Bonitätsprüfung von Real Solution abgelehnt',
  ),
  rule(13, 'business.already-defaulted', 'Default already reported', 'Ausfall bereits gemeldet'),
  rule(
    14,
    'business.currency-mismatch',
    'Currency differs from the order',
    'Währung weicht von der Bestellung ab',
  ),
  rule(
    15,
    'business.amount-zero',
    'Amount must be greater than zero',
    'Betrag muss größer als null sein',
  ),
  rule(
    16,
    'business.invoice-exists',
    'Invoice number already used for this PayID',
    'Rechnungsnummer zu dieser PayID bereits vergeben',
  ),
  rule(
    17,
    'business.invalid-date',
    'Date is not a valid calendar date',
    'Datum ist kein gültiges Kalenderdatum',
  ),
  rule(
    18,
    'business.default-above-balance',
    'Default above the open balance',
    'Ausfall über dem offenen Saldo',
  ),
] as const;

/** Outcomes of the engine's state rules; the engine refers to them by key. */
export const businessEntries: readonly CodeEntry[] = business.map((entry) => ({
  ...entry,
  status: 'FAILED',
  source: 'simulator',
}));

export type BusinessKey = (typeof business)[number]['key'];
