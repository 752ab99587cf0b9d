import { invoiceOpenAmount, uninvoicedAmount } from './balances.js';
import type { PaymentRecord } from './records.js';

/**
 * Payments kept per merchant by default. A payment with its ReqId answer
 * holds about 5 KB of heap (docs/decisions/011-limits.md), so 50,000 are
 * about 250 MB per merchant at the cap: room for any test run, and within
 * a small container's memory.
 */
export const DEFAULT_MAX_PAYMENTS = 50_000;

/**
 * ReqId answers kept per merchant by default: a retry falls out only after
 * 50,000 newer ReqIds of the same merchant, far beyond any client's retry
 * window (live keeps them for 12 months, a sandbox run is minutes).
 */
export const DEFAULT_REQID_MEMORY = 50_000;

/** How many of the oldest payments are searched for a settled one before the oldest goes. */
const SETTLED_SEARCH = 1000;

/**
 * Settled: nothing owed and nothing about to be owed, so the payment adds
 * nothing to any debtor's exposure and no credit decision changes without it.
 * A check without an order, a cancelled or fully invoiced order whose
 * invoices are paid, credited or written off.
 */
export function isSettled(payment: PaymentRecord): boolean {
  if ((uninvoicedAmount(payment) ?? 0) > 0) return false;
  return payment.invoices.every((invoice) => invoiceOpenAmount(invoice) <= 0);
}

/**
 * The payment a full store drops: the oldest settled one among the oldest
 * {@link SETTLED_SEARCH}, else the oldest of all (losing an open payment is
 * better than losing the process). `payments` iterates oldest first.
 */
export function paymentToDrop(payments: Iterable<PaymentRecord>): PaymentRecord | undefined {
  let oldest: PaymentRecord | undefined;
  let searched = 0;
  for (const payment of payments) {
    oldest ??= payment;
    if (isSettled(payment)) return payment;
    if (++searched >= SETTLED_SEARCH) break;
  }
  return oldest;
}
