import type { PaygateClient } from '../client/index.js';
import { type ErpInvoice, invoiceShipment, type PayType } from './delivery.js';
import { demoClient } from './lib/demo-client.js';
import { type ErpOrder, newOrder, orderSummary } from './lib/erp.js';
import { recordPayment } from './lib/receipts.js';
import { refused } from './lib/refusal.js';
import { isMain, runMain } from './lib/run-main.js';
import { newOrderNr, sampleCustomer, sampleLines, todayInBerlin } from './lib/sample-data.js';
import { enterOrder } from './order-entry.js';

/** Payment types that collect the money at order: PayPal and the cards. */
export type CapturedPayType = Extract<PayType, 'PP' | 'CC' | 'VI' | 'MC' | 'AE'>;

/**
 * Paid at order (PayPal, card): the invoice for the shipment is booked as
 * paid at once with Capture=AUTO and the payment type. The ERP must not
 * report a payment (ZA) for it later: the gateway refuses one.
 *
 * @example
 * const invoice = await invoicePaidOrder(client, order, { invoiceNr: 'RE-7', invoiceDate, payType: 'PP' });
 */
export function invoicePaidOrder(
  client: PaygateClient,
  order: ErpOrder,
  invoice: { invoiceNr: string; invoiceDate: string; payType: CapturedPayType },
): Promise<ErpInvoice> {
  return invoiceShipment(client, order, {
    ...invoice,
    articleNrs: order.lines.map((line) => line.articleNr),
    capture: 'AUTO',
  });
}

async function main() {
  const client = demoClient(process.env);
  // Prepayment (VK): the PayPal payment is in before anything ships, so there is no credit risk.
  const order = await enterOrder(client, newOrder(newOrderNr(), sampleCustomer(), sampleLines), {
    requestReason: 'VK',
  });
  const invoiceNr = `RE-${order.orderNr}`;
  const invoice = await invoicePaidOrder(client, order, {
    invoiceNr,
    invoiceDate: todayInBerlin(),
    payType: 'PP',
  });
  const laterPayment = await refused(() => recordPayment(client, order, invoice));
  const { lines, ...paid } = invoice;
  return { order: orderSummary(order), invoice: paid, laterPayment };
}

if (isMain(import.meta.url)) await runMain(main);
