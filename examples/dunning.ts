import { type PaygateClient, type StorableResult, toStorable } from '../client/index.js';
import { type ErpInvoice, invoiceShipment } from './delivery.js';
import { demoClient } from './lib/demo-client.js';
import { daysBetween, type ErpOrder, newOrder, payIdOf, transIdOf } from './lib/erp.js';
import { recordPayment } from './lib/receipts.js';
import { isMain, runMain } from './lib/run-main.js';
import { newOrderNr, sampleCustomer, sampleLines } from './lib/sample-data.js';
import { type SimulatedTime, simulatedTime } from './lib/simulated-time.js';
import { enterOrder } from './order-entry.js';

/** An invoice in the ERP's open items, with its dunning level. */
export interface OpenItem {
  readonly order: ErpOrder;
  readonly invoice: ErpInvoice;
  readonly dunningLevel: number;
  readonly state: 'open' | 'paid' | 'written-off';
}

/** One thing the dunning flow did, in the order it happened. */
export interface DunningStep {
  readonly today: string;
  readonly action: 'MA' | 'ZA' | 'RM' | 'DF';
  readonly orderNr: string;
  readonly invoiceNr: string;
  readonly dunningLevel: number;
  readonly result: StorableResult;
}

export const openItem = (order: ErpOrder, invoice: ErpInvoice): OpenItem => ({
  order,
  invoice,
  dunningLevel: 0,
  state: 'open',
});

/** A dunning run: UP MA for every open item overdue on `today`, one level up each. */
export async function dunningRun(
  client: PaygateClient,
  items: readonly OpenItem[],
  today: string,
  log: DunningStep[],
): Promise<OpenItem[]> {
  const next: OpenItem[] = [];
  for (const item of items) {
    if (item.state !== 'open' || item.invoice.dueDate >= today) {
      next.push(item);
      continue;
    }
    const dunningLevel = item.dunningLevel + 1;
    const result = await update(item, `MA${dunningLevel}`, (fields) => client.dunning(fields));
    log.push(step(today, 'MA', item, dunningLevel, result));
    next.push({ ...item, dunningLevel });
  }
  return next;
}

/** The money came after all: UP ZA, then RM sets the dunning level back to 0. */
export async function settleLate(
  client: PaygateClient,
  item: OpenItem,
  today: string,
  log: DunningStep[],
): Promise<OpenItem> {
  log.push(
    step(
      today,
      'ZA',
      item,
      item.dunningLevel,
      await recordPayment(client, item.order, item.invoice),
    ),
  );
  const result = await update(item, 'RM', (fields) => client.resetDunning(fields));
  log.push(step(today, 'RM', item, 0, result));
  return { ...item, dunningLevel: 0, state: 'paid' };
}

/** Lost: UP DF writes the open amount off. */
export async function writeOff(
  client: PaygateClient,
  item: OpenItem,
  today: string,
  log: DunningStep[],
): Promise<OpenItem> {
  const result = await update(item, 'DF', (fields) => client.writeOff(fields));
  log.push(step(today, 'DF', item, item.dunningLevel, result));
  return { ...item, state: 'written-off' };
}

/**
 * Dunning: two invoices fall due unpaid. The simulated clock moves past the
 * later due date; two dunning runs two weeks apart raise both to level 2.
 * Then the first is paid late (ZA, RM) and the second written off (DF).
 * MA, RM and DF name no invoice (InvoiceNr belongs to RG and GU): each order
 * here has one invoice, the one the gateway picks.
 */
export async function dunningFlow(
  client: PaygateClient,
  time: SimulatedTime,
  items: readonly [OpenItem, OpenItem],
): Promise<{ steps: DunningStep[]; items: OpenItem[]; daysMoved: number }> {
  const steps: DunningStep[] = [];
  const start = await time.today();
  const lastDue =
    items
      .map((item) => item.invoice.dueDate)
      .sort()
      .at(-1) ?? start;
  const toOverdue = Math.max(1, daysBetween(start, lastDue) + 1);
  let today = await time.advanceDays(toOverdue);
  let open = await dunningRun(client, items, today, steps);
  today = await time.advanceDays(14);
  open = await dunningRun(client, open, today, steps);
  const [late, lost] = open as [OpenItem, OpenItem];
  const paid = await settleLate(client, late, today, steps);
  const lostForGood = await writeOff(client, lost, today, steps);
  return { steps, items: [paid, lostForGood], daysMoved: toOverdue + 14 };
}

type UpFields = {
  PayID: string;
  TransID: string;
  RefNr: string;
  Amount: string;
  Currency: string;
};

async function update(
  item: OpenItem,
  step: string,
  send: (fields: UpFields) => ReturnType<PaygateClient['dunning']>,
): Promise<StorableResult> {
  const { order, invoice } = item;
  const answer = await send({
    PayID: payIdOf(order),
    TransID: transIdOf(order, step),
    RefNr: order.orderNr,
    // MA and RM do not look at Amount; DF writes it off: the invoice's open amount.
    Amount: String(invoice.amount),
    Currency: order.currency,
  });
  return toStorable(answer);
}

function step(
  today: string,
  action: DunningStep['action'],
  item: OpenItem,
  dunningLevel: number,
  result: StorableResult,
): DunningStep {
  const { orderNr } = item.order;
  return { today, action, orderNr, invoiceNr: item.invoice.invoiceNr, dunningLevel, result };
}

async function main() {
  const client = demoClient(process.env);
  const time = simulatedTime(client.config.baseUrl);
  const invoiceDate = await time.today();
  const invoiced = async () => {
    const order = await enterOrder(client, newOrder(newOrderNr(), sampleCustomer(), sampleLines));
    const invoice = await invoiceShipment(client, order, {
      invoiceNr: `RE-${order.orderNr}`,
      invoiceDate,
      articleNrs: order.lines.map((line) => line.articleNr),
    });
    return openItem(order, invoice);
  };
  const flow = await dunningFlow(client, time, [await invoiced(), await invoiced()]);
  // Put the demo simulator's clock back where it was.
  await time.advanceDays(-flow.daysMoved);
  const steps = flow.steps.map(({ result, invoiceNr, ...step }) => ({
    ...step,
    code: result.code,
  }));
  return { steps, states: flow.items.map((item) => item.state) };
}

if (isMain(import.meta.url)) await runMain(main);
