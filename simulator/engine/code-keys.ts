/**
 * Every business outcome the engine can answer with: keys of the response-code
 * catalogue (protocol/codes). Kept in one list so the catalogue can be checked
 * against it.
 */
export const BUSINESS_CODE_KEYS = [
  'business.unknown-payid',
  'business.credit-declined',
  'business.amount-above-checked',
  'business.amount-zero',
  'business.order-exists',
  'business.no-order',
  'business.order-cancelled',
  'business.order-fully-invoiced',
  'business.amount-above-open',
  'business.invoice-exists',
  'business.invoice-unknown',
  'business.invalid-date',
  'business.credit-above-invoiced',
  'business.payment-above-balance',
  'business.already-paid-auto',
  'business.not-overdue',
  'business.no-dunning',
  'business.already-defaulted',
  'business.default-above-balance',
  'business.currency-mismatch',
  'business.duplicate-transid',
] as const;

export type BusinessCodeKey = (typeof BUSINESS_CODE_KEYS)[number];
