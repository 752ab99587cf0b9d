import { type PaygateClient, type StorableResult, toStorable } from '../client/index.js';
import { demoClient } from './lib/demo-client.js';
import {
  addDays,
  addressFieldsOf,
  articleFieldsOf,
  type ErpOrder,
  grossTotal,
  linesOf,
  netTotal,
  newOrder,
  type OrderLine,
  orderSummary,
  payIdOf,
  transIdOf,
} from './lib/erp.js';
import { refused } from './lib/refusal.js';
import { isMain, runMain } from './lib/run-main.js';
import { newOrderNr, sampleCustomer, sampleLines, todayInBerlin } from './lib/sample-data.js';
import { enterOrder } from './order-entry.js';

/** Payment types of UP (PayType): RG invoice, PP PayPal, CC card, EDD direct debit, ... */
export type PayType = 'RG' | 'PP' | 'CC' | 'EDD' | 'SO' | 'KL' | 'VI' | 'MC' | 'AE';

/** What leaves the warehouse together, and the invoice the ERP writes for it. */
export interface Shipment {
  readonly invoiceNr: string;
  readonly invoiceDate: string;
  readonly articleNrs: readonly string[];
  /** Days until due; default 14. */
  readonly paymentTermDays?: number;
  /** Default RG (on account). */
  readonly payType?: PayType;
  /** `AUTO`: already paid at order (PayPal, card); no ZA may follow. */
  readonly capture?: 'AUTO';
}

/** An invoice as the ERP keeps it: its own numbers plus the stored answer. */
export interface ErpInvoice {
  readonly invoiceNr: string;
  readonly dueDate: string;
  readonly lines: readonly OrderLine[];
  readonly amount: number;
  readonly payType: PayType;
  readonly captured: boolean;
  readonly result: StorableResult;
}

/**
 * UP RG for the articles of one shipment only: ArticleList with TaxCode, and
 * Amount the sum of their gross prices (brochure, example 1: the customer pays
 * for what arrives).
 *
 * @example
 * const invoice = await invoiceShipment(client, order, {
 *   invoiceNr: 'RE-1', invoiceDate: '2025-03-03', articleNrs: ['TEE-01', 'KAN-02'],
 * });
 */
export async function invoiceShipment(
  client: PaygateClient,
  order: ErpOrder,
  shipment: Shipment,
): Promise<ErpInvoice> {
  const lines = linesOf(order.lines, shipment.articleNrs);
  const amount = grossTotal(lines);
  const dueDate = addDays(shipment.invoiceDate, shipment.paymentTermDays ?? 14);
  const payType = shipment.payType ?? 'RG';
  const answer = await client.invoice({
    PayID: payIdOf(order),
    TransID: transIdOf(order, `RG-${shipment.invoiceNr}`),
    RefNr: order.orderNr,
    Amount: String(amount),
    NetAmount: String(netTotal(lines)),
    Currency: order.currency,
    PayType: payType,
    Capture: shipment.capture,
    DebitorID: order.customer.id,
    ...addressFieldsOf(order.customer),
    InvoiceNr: shipment.invoiceNr,
    InvoiceDate: shipment.invoiceDate,
    DueDate: dueDate,
    InvoiceText: `Rechnung ${shipment.invoiceNr} zu Auftrag ${order.orderNr}`,
    ...articleFieldsOf(lines),
  });
  const captured = shipment.capture === 'AUTO';
  return {
    invoiceNr: shipment.invoiceNr,
    dueDate,
    lines,
    amount,
    payType,
    captured,
    result: toStorable(answer),
  };
}

/** The order's lines no invoice covers yet. */
export function uninvoicedLines(order: ErpOrder, invoices: readonly ErpInvoice[]): OrderLine[] {
  const invoiced = new Set(invoices.flatMap((i) => i.lines.map((line) => line.articleNr)));
  return order.lines.filter((line) => !invoiced.has(line.articleNr));
}

/** OS for the rest that will not ship: the sum of the uninvoiced lines. */
export async function cancelRest(
  client: PaygateClient,
  order: ErpOrder,
  invoices: readonly ErpInvoice[],
): Promise<{ amount: number; articleNrs: string[]; result: StorableResult }> {
  const rest = uninvoicedLines(order, invoices);
  const amount = grossTotal(rest);
  const answer = await client.cancelOrder({
    PayID: payIdOf(order),
    TransID: transIdOf(order, 'OS'),
    RefNr: order.orderNr,
    Amount: String(amount),
    Currency: order.currency,
  });
  return { amount, articleNrs: rest.map((line) => line.articleNr), result: toStorable(answer) };
}

/** What happens to the articles that did not ship with the first delivery. */
export type Rest =
  | { readonly kind: 'ship-later'; readonly shipment: Shipment }
  | { readonly kind: 'cancel' };

/**
 * Delivery: invoice the first shipment, then either invoice the rest with a
 * second shipment or cancel it (OS). Returns the invoices and the cancellation.
 */
export async function deliver(
  client: PaygateClient,
  order: ErpOrder,
  first: Shipment,
  rest: Rest,
): Promise<{ invoices: ErpInvoice[]; cancelled?: Awaited<ReturnType<typeof cancelRest>> }> {
  const invoices = [await invoiceShipment(client, order, first)];
  if (rest.kind === 'ship-later') {
    invoices.push(await invoiceShipment(client, order, rest.shipment));
    return { invoices };
  }
  return { invoices, cancelled: await cancelRest(client, order, invoices) };
}

async function main() {
  const client = demoClient(process.env);
  const today = todayInBerlin();
  const order = await enterOrder(client, newOrder(newOrderNr(), sampleCustomer(), sampleLines));
  const shipment = (n: number, articleNrs: string[]) => ({
    invoiceNr: `RE-${order.orderNr}-${n}`,
    invoiceDate: today,
    articleNrs,
  });
  // Tea and pot ship now, the cups are out of stock and cancelled.
  const { invoices, cancelled } = await deliver(client, order, shipment(1, ['TEE-01', 'KAN-02']), {
    kind: 'cancel',
  });
  // The cups turn up after all: too late, the order is closed.
  const lateInvoice = await refused(() => invoiceShipment(client, order, shipment(2, ['TAS-03'])));
  return {
    order: orderSummary(order),
    invoices: invoices.map(({ lines, ...invoice }) => invoice),
    cancelled,
    lateInvoice,
  };
}

if (isMain(import.meta.url)) await runMain(main);
