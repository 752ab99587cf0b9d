import type { Allocation, InvoiceRecord, PaymentRecord } from '../../store/records.js';

/** An invoice that can take up to `capacity` of an amount. */
export interface Slot {
  readonly invoiceNr: string;
  readonly capacity: number;
}

/**
 * Spreads `amount` over the slots in the given order, filling each before
 * the next; `undefined` when their capacity together is too small.
 */
export function allocate(amount: number, slots: readonly Slot[]): Allocation[] | undefined {
  const allocations: Allocation[] = [];
  let left = amount;
  for (const slot of slots) {
    if (left === 0) break;
    // An invoice credited below zero (paid, then a credit note) takes nothing.
    const share = Math.min(left, Math.max(0, slot.capacity));
    if (share > 0) allocations.push({ invoiceNr: slot.invoiceNr, amount: share });
    left -= share;
  }
  return left === 0 ? allocations : undefined;
}

/** The payment with `change` applied to each allocated invoice. */
export function applyAllocations(
  payment: PaymentRecord,
  allocations: readonly Allocation[],
  change: (invoice: InvoiceRecord, amount: number) => InvoiceRecord,
): PaymentRecord {
  const invoices = payment.invoices.map((invoice) => {
    const share = allocations.find((a) => a.invoiceNr === invoice.invoiceNr);
    return share ? change(invoice, share.amount) : invoice;
  });
  return { ...payment, invoices };
}

/** The payment with one invoice replaced by its new version. */
export function replaceInvoice(payment: PaymentRecord, next: InvoiceRecord): PaymentRecord {
  const invoices = payment.invoices.map((i) => (i.invoiceNr === next.invoiceNr ? next : i));
  return { ...payment, invoices };
}
