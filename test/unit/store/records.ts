import type { InvoiceRecord, PaymentRecord } from '../../../simulator/store/records.js';

/** The instant every fixture record was written at. */
export const AT = '2025-03-10T12:00:00.000Z';

/** An open invoice of `amount` cents, nothing paid, credited or dunned. */
export function invoice(
  invoiceNr: string,
  amount: number,
  changes: Partial<InvoiceRecord> = {},
): InvoiceRecord {
  return {
    invoiceNr,
    invoiceDate: '2025-03-10',
    dueDate: '2025-04-09',
    amount,
    netAmount: amount,
    autoCaptured: false,
    paidAmount: 0,
    creditedAmount: 0,
    defaultedAmount: 0,
    dunningLevel: 0,
    defaulted: false,
    createdAt: AT,
    ...changes,
  };
}

/** A credit-checked payment of debtor K-1 at shop-a, with nothing on it yet. */
export function payment(payId: string, changes: Partial<PaymentRecord> = {}): PaymentRecord {
  return {
    payId,
    merchantId: 'shop-a',
    customerId: 'K-1',
    origin: 'BC',
    currency: 'EUR',
    invoices: [],
    creditNotes: [],
    receipts: [],
    transactions: [],
    createdAt: AT,
    ...changes,
  };
}
