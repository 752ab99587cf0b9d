import { type PaygateClient, type StorableResult, toStorable } from '../../client/index.js';
import type { ErpInvoice } from '../delivery.js';
import { type ErpOrder, payIdOf, transIdOf } from './erp.js';

/**
 * UP ZA: money for an invoice arrived (bank statement). The gateway settles
 * the order's open invoices oldest first; ZA carries no InvoiceNr (the seed
 * puts InvoiceNr in the block of RG and GU only). Not for invoices booked
 * with Capture=AUTO: those were paid at order, and a separate ZA is refused.
 *
 * @example
 * if (!invoice.captured) await recordPayment(client, order, invoice);
 */
export async function recordPayment(
  client: PaygateClient,
  order: ErpOrder,
  invoice: ErpInvoice,
  amount = invoice.amount,
): Promise<StorableResult> {
  const answer = await client.payment({
    PayID: payIdOf(order),
    TransID: transIdOf(order, `ZA-${invoice.invoiceNr}`),
    RefNr: order.orderNr,
    Amount: String(amount),
    Currency: order.currency,
  });
  return toStorable(answer);
}
