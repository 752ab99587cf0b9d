import { invoiceOpenAmount, type PaymentBalances, paymentBalances } from './balances.js';
import type { DebtorRecord, InvoiceRecord, PaymentRecord } from './records.js';

/** Read-only views for the admin API: copies, so callers cannot reach into the store. */
export interface InvoiceSnapshot extends InvoiceRecord {
  readonly openAmount: number;
}

export interface PaymentSnapshot extends Omit<PaymentRecord, 'invoices'> {
  readonly invoices: readonly InvoiceSnapshot[];
  readonly balances: PaymentBalances;
}

export interface DebtorSnapshot extends DebtorRecord {
  /** PayIDs whose BC/DC named this debtor, oldest first. */
  readonly payIds: readonly string[];
}

export function paymentSnapshot(payment: PaymentRecord): PaymentSnapshot {
  const copy = structuredClone(payment);
  return {
    ...copy,
    invoices: copy.invoices.map((invoice) => ({
      ...invoice,
      openAmount: invoiceOpenAmount(invoice),
    })),
    balances: paymentBalances(copy),
  };
}

export function debtorSnapshot(
  debtor: DebtorRecord,
  payments: readonly PaymentRecord[],
): DebtorSnapshot {
  return { ...structuredClone(debtor), payIds: payments.map((payment) => payment.payId) };
}
