import type { InvoiceRecord, PaymentRecord } from './records.js';

/**
 * Derived amounts. Kept out of the records so they can never disagree with
 * the entries they are computed from.
 */
export interface PaymentBalances {
  readonly orderAmount: number | null;
  readonly cancelledAmount: number;
  readonly invoicedAmount: number;
  readonly creditedAmount: number;
  readonly paidAmount: number;
  readonly defaultedAmount: number;
  /** invoiced - credited - paid - defaulted; negative when money is owed back to the debtor. */
  readonly openAmount: number;
  /** What may still be invoiced; `null` for a DC payment without OC (no cap). */
  readonly uninvoicedAmount: number | null;
  /** The highest dunning level of any invoice. */
  readonly dunningLevel: number;
}

/** What the debtor still owes on one invoice (negative after a credit on a paid invoice). */
export function invoiceOpenAmount(invoice: InvoiceRecord): number {
  return invoice.amount - invoice.creditedAmount - invoice.paidAmount - invoice.defaultedAmount;
}

/** What may still be credited on one invoice. */
export function invoiceCreditableAmount(invoice: InvoiceRecord): number {
  return invoice.amount - invoice.creditedAmount;
}

export function invoicedAmount(payment: PaymentRecord): number {
  return sum(payment.invoices.map((invoice) => invoice.amount));
}

/** The order's rest: amount minus invoiced minus cancelled; `null` when nothing caps invoicing. */
export function uninvoicedAmount(payment: PaymentRecord): number | null {
  const order = payment.order;
  if (!order) return payment.origin === 'DC' ? null : 0;
  if (order.status === 'cancelled') return 0;
  return order.amount - order.cancelledAmount - invoicedAmount(payment);
}

export function paymentBalances(payment: PaymentRecord): PaymentBalances {
  const of = (pick: (invoice: InvoiceRecord) => number) => sum(payment.invoices.map(pick));
  const invoiced = of((invoice) => invoice.amount);
  const credited = of((invoice) => invoice.creditedAmount);
  const paid = of((invoice) => invoice.paidAmount);
  const defaulted = of((invoice) => invoice.defaultedAmount);
  return {
    orderAmount: payment.order?.amount ?? null,
    cancelledAmount: payment.order?.cancelledAmount ?? 0,
    invoicedAmount: invoiced,
    creditedAmount: credited,
    paidAmount: paid,
    defaultedAmount: defaulted,
    openAmount: invoiced - credited - paid - defaulted,
    uninvoicedAmount: uninvoicedAmount(payment),
    dunningLevel: Math.max(0, ...payment.invoices.map((invoice) => invoice.dunningLevel)),
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
