import type { Clock } from '../ids/clock.js';
import type { IdSource } from '../ids/id-source.js';
import type { Store } from '../store/store.js';

/**
 * A credit limit for one debtor, for one merchant or (without merchantId)
 * for all; without customerId, the default of one merchant's debtors.
 */
export interface CreditLimitOverride {
  readonly merchantId?: string;
  readonly customerId?: string;
  /** In the smallest currency unit; 0 declines every ZG/ZL check of this debtor. */
  readonly limit: number;
}

export interface EngineOptions {
  readonly store: Store;
  readonly ids: IdSource;
  readonly clock: Clock;
  /** Credit limit per debtor in the smallest currency unit. Default 500000 (5,000.00). */
  readonly defaultCreditLimit?: number;
  readonly creditLimits?: readonly CreditLimitOverride[];
  /** Days from InvoiceDate to the due date when an RG has no DueDate. Default 30. */
  readonly paymentTermDays?: number;
  /**
   * `per-payment` (default): a TransID belongs to the PayID it was first used
   * with; using it for another payment fails. `off`: never checked.
   */
  readonly transIdRule?: 'per-payment' | 'off';
}

export const DEFAULT_CREDIT_LIMIT = 500_000;
export const DEFAULT_PAYMENT_TERM_DAYS = 30;

/** The options with every default filled in: what the handlers receive. */
export interface EngineContext {
  readonly store: Store;
  readonly ids: IdSource;
  readonly clock: Clock;
  readonly defaultCreditLimit: number;
  readonly creditLimits: readonly CreditLimitOverride[];
  readonly paymentTermDays: number;
  readonly transIdRule: 'per-payment' | 'off';
}

export function engineContext(options: EngineOptions): EngineContext {
  return {
    store: options.store,
    ids: options.ids,
    clock: options.clock,
    defaultCreditLimit: options.defaultCreditLimit ?? DEFAULT_CREDIT_LIMIT,
    creditLimits: options.creditLimits ?? [],
    paymentTermDays: options.paymentTermDays ?? DEFAULT_PAYMENT_TERM_DAYS,
    transIdRule: options.transIdRule ?? 'per-payment',
  };
}
