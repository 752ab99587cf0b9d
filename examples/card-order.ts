import {
  type PaygateClient,
  type PaygateResult,
  type StorableResult,
  toStorable,
} from '../client/index.js';
import { demoClient } from './lib/demo-client.js';
import {
  type ErpOrder,
  grossTotal,
  linesOf,
  newOrder,
  orderSummary,
  payIdOf,
  transIdOf,
} from './lib/erp.js';
import { isMain, runMain } from './lib/run-main.js';
import { newOrderNr, sampleCustomer, sampleLines } from './lib/sample-data.js';
import { stopReasonOf } from './order-entry.js';

/**
 * Card data from the checkout of a PCI merchant: sent once with the
 * authorization, never kept in the order (the ERP keeps the PayID and the
 * pseudo card number the answer brings).
 */
export interface CheckoutCard {
  readonly number: string;
  /** YYYYMM */
  readonly expiry: string;
  readonly brand: 'VISA' | 'MasterCard' | 'AMEX';
  readonly cvc?: string;
  readonly holder?: string;
}

/** What the ERP keeps of a step on the card: the amount and the references of the answer. */
export interface CardStep {
  readonly amount: number;
  readonly result: StorableResult;
}

/**
 * Order entry with a card: the authorization (direct.aspx, Capture=MANUAL)
 * reserves the order's gross total before anything else. Only an authorized
 * order gets its packing slip; a declined card stops the order with the
 * gateway's code. Errors that decide nothing (timeout, wrong keys) are
 * thrown: the order stays `entered`.
 *
 * @example
 * const order = await authorizeAtOrderEntry(client, newOrder('4711', customer, lines), card);
 * if (order.packingSlip) printPackingSlip(order);
 */
export async function authorizeAtOrderEntry(
  client: PaygateClient,
  order: ErpOrder,
  card: CheckoutCard,
): Promise<ErpOrder> {
  let answer: PaygateResult;
  try {
    answer = await client.authorizeCard({
      TransID: transIdOf(order, 'AUTH'),
      RefNr: order.orderNr,
      Amount: String(grossTotal(order.lines)),
      Currency: order.currency,
      OrderDesc: `Order ${order.orderNr}`,
      Capture: 'MANUAL',
      CCNr: card.number,
      CCExpiry: card.expiry,
      CCBrand: card.brand,
      ...(card.cvc ? { CCCVC: card.cvc } : {}),
      ...(card.holder ? { CreditCardHolder: card.holder } : {}),
    });
  } catch (error) {
    const stop = stopReasonOf('AUTH', error);
    if (!stop) throw error;
    return { ...order, status: 'stopped', stop };
  }
  return {
    ...order,
    status: 'accepted',
    packingSlip: true,
    ...(answer.payId ? { payId: answer.payId } : {}),
    paygateLog: [...order.paygateLog, toStorable(answer)],
  };
}

/**
 * Delivery: capture only what ships (capture.aspx), one capture per
 * shipment, the gross total of its articles. The gateway refuses a capture
 * above what is still authorized.
 */
export async function captureShipment(
  client: PaygateClient,
  order: ErpOrder,
  shipment: { readonly shipmentNr: string; readonly articleNrs: readonly string[] },
): Promise<CardStep> {
  const amount = grossTotal(linesOf(order.lines, shipment.articleNrs));
  const answer = await client.capture({
    PayID: payIdOf(order),
    TransID: transIdOf(order, `CAP-${shipment.shipmentNr}`),
    RefNr: order.orderNr,
    Amount: String(amount),
    Currency: order.currency,
  });
  return { amount, result: toStorable(answer) };
}

/**
 * Returns: the refund goes the way the money came, on the payment's own
 * PayID (credit.aspx): card money back to the card, PayPal money back to
 * PayPal. The gateway refuses more than was captured and not yet refunded.
 */
export async function refundReturn(
  client: PaygateClient,
  order: ErpOrder,
  returned: { readonly returnNr: string; readonly articleNrs: readonly string[] },
): Promise<CardStep> {
  const amount = grossTotal(linesOf(order.lines, returned.articleNrs));
  const answer = await client.credit({
    PayID: payIdOf(order),
    TransID: transIdOf(order, `REF-${returned.returnNr}`),
    RefNr: order.orderNr,
    Amount: String(amount),
    Currency: order.currency,
  });
  return { amount, result: toStorable(answer) };
}

/** The payment as the gateway sees it (inquire.aspx): authorized, captured and refunded amounts. */
export async function paymentStatus(client: PaygateClient, order: ErpOrder) {
  const answer = await client.inquire({ PayID: payIdOf(order) });
  return answer.amounts;
}

/** Live's published simulation VISA; any Luhn-valid card works in the simulator. */
export const DEMO_CARD: CheckoutCard = {
  number: '4111111111111111',
  expiry: '203012',
  brand: 'VISA',
  cvc: '123',
};

/** A card the simulator declines (ours, see the README's test cards). */
export const DECLINED_CARD: CheckoutCard = { ...DEMO_CARD, number: '4000000000000002' };

async function main() {
  const client = demoClient(process.env);
  const customer = sampleCustomer();
  const order = await authorizeAtOrderEntry(
    client,
    newOrder(newOrderNr(), customer, sampleLines),
    DEMO_CARD,
  );
  const [first, ...rest] = order.lines.map((line) => line.articleNr);
  // Two shipments, two captures; then one article comes back.
  const shipments = [
    await captureShipment(client, order, { shipmentNr: '1', articleNrs: first ? [first] : [] }),
    await captureShipment(client, order, { shipmentNr: '2', articleNrs: rest }),
  ];
  const refund = await refundReturn(client, order, {
    returnNr: '1',
    articleNrs: first ? [first] : [],
  });
  const status = await paymentStatus(client, order);
  const declined = await authorizeAtOrderEntry(
    client,
    newOrder(newOrderNr(), customer, sampleLines),
    DECLINED_CARD,
  );
  return {
    order: orderSummary(order),
    shipments,
    refund,
    status,
    declined: orderSummary(declined),
  };
}

if (isMain(import.meta.url)) await runMain(main);
