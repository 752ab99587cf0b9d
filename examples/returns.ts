import { type PaygateClient, type StorableResult, toStorable } from '../client/index.js';
import { type ErpInvoice, invoiceShipment, type PayType } from './delivery.js';
import { demoClient } from './lib/demo-client.js';
import {
  type ErpOrder,
  grossTotal,
  linesOf,
  netTotal,
  newOrder,
  orderSummary,
  payIdOf,
  transIdOf,
} from './lib/erp.js';
import { refused } from './lib/refusal.js';
import { isMain, runMain } from './lib/run-main.js';
import { newOrderNr, sampleCustomer, sampleLines, todayInBerlin } from './lib/sample-data.js';
import { enterOrder } from './order-entry.js';

/** Articles that came back, against one invoice. */
export interface Return {
  /** Numbers the return within the order (TransID `<orderNr>-GU-<returnNr>`). */
  readonly returnNr: string;
  readonly date: string;
  readonly articleNrs: readonly string[];
}

export interface ErpCreditNote {
  readonly invoiceNr: string;
  readonly amount: number;
  /** The payment type of the invoice: the refund goes back the way the money came. */
  readonly payType: PayType;
  readonly result: StorableResult;
}

/**
 * Returns on an invoice (Real Debitorenmanagement): a credit note (UP GU)
 * against the invoice the articles were billed on, with that invoice's
 * payment type. The gateway caps it at what the invoice still has
 * uncredited. Card and PayPal money goes back on its own payment instead
 * (credit.aspx, `refundReturn` in card-order.ts).
 *
 * @example
 * const note = await creditReturn(client, order, invoice, { returnNr: '1', date, articleNrs: ['TAS-03'] });
 */
export async function creditReturn(
  client: PaygateClient,
  order: ErpOrder,
  invoice: ErpInvoice,
  returned: Return,
): Promise<ErpCreditNote> {
  const lines = linesOf(invoice.lines, returned.articleNrs);
  const amount = grossTotal(lines);
  const answer = await client.creditNote({
    PayID: payIdOf(order),
    TransID: transIdOf(order, `GU-${returned.returnNr}`),
    RefNr: order.orderNr,
    Amount: String(amount),
    NetAmount: String(netTotal(lines)),
    Currency: order.currency,
    PayType: invoice.payType,
    // The invoice's number: the credit goes against that invoice.
    InvoiceNr: invoice.invoiceNr,
    InvoiceDate: returned.date,
    InvoiceText: `Gutschrift zu Rechnung ${invoice.invoiceNr}: ${returned.articleNrs.join(', ')}`,
  });
  return {
    invoiceNr: invoice.invoiceNr,
    amount,
    payType: invoice.payType,
    result: toStorable(answer),
  };
}

async function main() {
  const client = demoClient(process.env);
  const today = todayInBerlin();
  const order = await enterOrder(client, newOrder(newOrderNr(), sampleCustomer(), sampleLines));
  const invoice = await invoiceShipment(client, order, {
    invoiceNr: `RE-${order.orderNr}`,
    invoiceDate: today,
    articleNrs: order.lines.map((line) => line.articleNr),
  });
  // The cups arrived broken and go back: a credit note against the invoice.
  const cups = await creditReturn(client, order, invoice, {
    returnNr: '1',
    date: today,
    articleNrs: ['TAS-03'],
  });
  // Returning everything on top would credit more than was invoiced.
  const tooMuch = await refused(() =>
    creditReturn(client, order, invoice, {
      returnNr: '2',
      date: today,
      articleNrs: order.lines.map((line) => line.articleNr),
    }),
  );
  return { order: orderSummary(order), creditNote: cups, tooMuch };
}

if (isMain(import.meta.url)) await runMain(main);
