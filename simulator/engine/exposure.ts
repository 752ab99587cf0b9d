import { invoiceOpenAmount, uninvoicedAmount } from '../store/balances.js';
import type { PaymentRecord } from '../store/records.js';

/**
 * What a debtor owes or is about to owe in one currency: the uninvoiced rest
 * of open orders plus the open balances of invoices. Accepted checks without
 * an order do not count (they reserve nothing); neither do credit balances
 * (an invoice credited below zero does not raise the limit).
 */
export function debtorExposure(payments: readonly PaymentRecord[], currency: string): number {
  let exposure = 0;
  for (const payment of payments) {
    if (payment.currency !== currency) continue;
    exposure += Math.max(0, uninvoicedAmount(payment) ?? 0);
    for (const invoice of payment.invoices) exposure += Math.max(0, invoiceOpenAmount(invoice));
  }
  return exposure;
}
