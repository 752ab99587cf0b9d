import type { PaygateClient, PaygateResult } from '../client/index.js';
import { captureShipment, paymentStatus, refundReturn } from './card-order.js';
import { approveOnPayPalPage } from './lib/customer-browser.js';
import { demoClient } from './lib/demo-client.js';
import { type ErpOrder, grossTotal, newOrder, orderSummary, transIdOf } from './lib/erp.js';
import { isMain, runMain } from './lib/run-main.js';
import { newOrderNr, sampleCustomer, sampleLines } from './lib/sample-data.js';

/** Where the Paygate sends the customer back to, and where it posts the result. */
export interface ShopAddresses {
  readonly success: string;
  readonly failure: string;
  readonly notify?: string;
}

/**
 * A payment request sent from the ERP: a link to the Paygate's page
 * (PayPal or the card form) for the order's gross total, to mail to the
 * customer. Paying there authorizes the order (Capture=MANUAL: the money
 * is captured per shipment, as for cards).
 *
 * @example
 * const link = paymentLink(client, order, 'paypal', { success: 'https://shop/paid', failure: 'https://shop/failed' });
 */
export function paymentLink(
  client: PaygateClient,
  order: ErpOrder,
  page: 'paypal' | 'payssl',
  shop: ShopAddresses,
): string {
  return client.hostedPageUrl(page, {
    TransID: transIdOf(order, 'LINK'),
    RefNr: order.orderNr,
    Amount: String(grossTotal(order.lines)),
    Currency: order.currency,
    OrderDesc: `Order ${order.orderNr}`,
    Capture: 'MANUAL',
    URLSuccess: shop.success,
    URLFailure: shop.failure,
    ...(shop.notify ? { URLNotify: shop.notify } : {}),
  });
}

/**
 * What comes back to the shop (the address the browser lands on, or the
 * body posted to URLNotify), decrypted and MAC-checked; an accepted payment
 * makes the order accepted with the PayID of the payment.
 */
export function orderAfterPayment(
  client: PaygateClient,
  order: ErpOrder,
  returned: string,
): { order: ErpOrder; result: PaygateResult } {
  const result = client.readRedirect(returned);
  if (!result.ok || !result.payId) return { order: { ...order, status: 'stopped' }, result };
  return {
    order: { ...order, status: 'accepted', packingSlip: true, payId: result.payId },
    result,
  };
}

async function main() {
  const client = demoClient(process.env);
  const shop = { success: 'https://shop.example/paid', failure: 'https://shop.example/failed' };
  const entered = newOrder(newOrderNr(), sampleCustomer(), sampleLines);
  const link = paymentLink(client, entered, 'paypal', shop);
  // The customer opens the mail and approves at PayPal (here: a stand-in for the browser).
  const landedOn = await approveOnPayPalPage(link);
  const { order, result } = orderAfterPayment(client, entered, landedOn);
  const articleNrs = order.lines.map((line) => line.articleNr);
  const shipped = await captureShipment(client, order, { shipmentNr: '1', articleNrs });
  // One article comes back: the money goes back to PayPal, on the payment's own PayID.
  const refund = await refundReturn(client, order, {
    returnNr: '1',
    articleNrs: articleNrs.slice(0, 1),
  });
  return {
    link: `${link.slice(0, link.indexOf('?'))}?…`,
    paid: { status: result.status, payId: result.payId },
    order: orderSummary(order),
    shipped,
    refund,
    status: await paymentStatus(client, order),
  };
}

if (isMain(import.meta.url)) await runMain(main);
