import { describe, expect, it } from 'vitest';
import { PaygateDeclinedError } from '../../client/index.js';
import {
  authorizeAtOrderEntry,
  captureShipment,
  DECLINED_CARD,
  DEMO_CARD,
  paymentStatus,
  refundReturn,
} from '../../examples/card-order.js';
import { grossTotal } from '../../examples/lib/erp.js';
import { erpOrder } from './erp-fixtures.js';
import { useE2e } from './support.js';

describe('card payment: authorize at order entry, capture what ships, refund to the card', () => {
  const e2e = useE2e();

  it('prints the packing slip only after the authorization, for the gross total', async () => {
    const { client, gatewayPayment, callsWith } = e2e();
    const entered = erpOrder('6001', 11);
    const order = await authorizeAtOrderEntry(client, entered, DEMO_CARD);

    expect(order).toMatchObject({ status: 'accepted', packingSlip: true });
    const stored = await gatewayPayment(order.payId);
    expect(stored).toMatchObject({
      method: 'card',
      state: 'authorized',
      amounts: { authorized: grossTotal(entered.lines), captured: 0 },
      card: { brand: 'VISA', maskedNumber: '411111******1111' },
    });
    // The card number reached the gateway once and is nowhere in what the simulator shows.
    const [sent] = await callsWith('6001-AUTH');
    expect(sent?.request?.CCNr).not.toBe(DEMO_CARD.number);
    expect(JSON.stringify(order.paygateLog)).not.toContain(DEMO_CARD.number);
  });

  it('stops the order without a packing slip when the issuer declines', async () => {
    const { client, code } = e2e();
    const order = await authorizeAtOrderEntry(client, erpOrder('6002', 12), DECLINED_CARD);
    expect(order).toMatchObject({
      status: 'stopped',
      packingSlip: false,
      stop: { step: 'AUTH', kind: 'declined', code: code('payments.card-declined') },
    });
  });

  it('captures each shipment, never above the authorization, and refunds a return', async () => {
    const { client, code } = e2e();
    const order = await authorizeAtOrderEntry(client, erpOrder('6003', 13), DEMO_CARD);
    const [first, second, third] = order.lines.map((line) => line.articleNr);

    const one = await captureShipment(client, order, {
      shipmentNr: '1',
      articleNrs: [first ?? ''],
    });
    const two = await captureShipment(client, order, {
      shipmentNr: '2',
      articleNrs: [second ?? '', third ?? ''],
    });
    expect(one.amount + two.amount).toBe(grossTotal(order.lines));
    const again = captureShipment(client, order, { shipmentNr: '3', articleNrs: [first ?? ''] });
    await expect(again).rejects.toBeInstanceOf(PaygateDeclinedError);
    await expect(again).rejects.toMatchObject({
      code: code('payments.capture-exceeds-authorization'),
    });

    const refund = await refundReturn(client, order, { returnNr: '1', articleNrs: [first ?? ''] });
    expect(refund.result.status).toBe('OK');
    expect(await paymentStatus(client, order)).toMatchObject({
      authorized: grossTotal(order.lines),
      captured: grossTotal(order.lines),
      credited: one.amount,
      lastStatus: 'CREDITED',
    });
  });
});
