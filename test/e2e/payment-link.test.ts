import { describe, expect, it } from 'vitest';
import { captureShipment, paymentStatus, refundReturn } from '../../examples/card-order.js';
import { approveOnPayPalPage } from '../../examples/lib/customer-browser.js';
import { grossTotal } from '../../examples/lib/erp.js';
import { orderAfterPayment, paymentLink } from '../../examples/payment-link.js';
import { erpOrder } from './erp-fixtures.js';
import { useE2e } from './support.js';

const shop = { success: 'https://shop.example/paid', failure: 'https://shop.example/failed' };

describe('payment request by link, paid with PayPal, refunded to PayPal', () => {
  const e2e = useE2e();

  it('accepts the order once the customer approved, then captures and refunds on the PayPal payment', async () => {
    const { client, gatewayPayment } = e2e();
    const entered = erpOrder('7001', 21);
    const link = paymentLink(client, entered, 'paypal', shop);
    expect(link).toMatch(/\/paypal\.aspx\?MID=|\/paypal\.aspx\?MerchantID=/);

    const landedOn = await approveOnPayPalPage(link);
    expect(landedOn.startsWith(`${shop.success}?`)).toBe(true);
    const { order, result } = orderAfterPayment(client, entered, landedOn);
    expect(result.status).toBe('AUTHORIZED');
    expect(order).toMatchObject({ status: 'accepted', packingSlip: true });

    const articleNrs = order.lines.map((line) => line.articleNr);
    await captureShipment(client, order, { shipmentNr: '1', articleNrs });
    await refundReturn(client, order, { returnNr: '1', articleNrs: articleNrs.slice(0, 1) });

    const stored = await gatewayPayment(order.payId);
    expect(stored).toMatchObject({ method: 'paypal' });
    expect(stored.steps.map((step) => step.kind)).toEqual(['authorize', 'capture', 'credit']);
    expect(await paymentStatus(client, order)).toMatchObject({
      captured: grossTotal(order.lines),
      credited: order.lines[0]?.grossPrice,
    });
  });

  it('sends the customer who cancels to URLFailure and leaves the order without packing slip', async () => {
    const { client, code } = e2e();
    const entered = erpOrder('7002', 22);
    const landedOn = await approveOnPayPalPage(
      paymentLink(client, entered, 'paypal', shop),
      'cancel',
    );
    expect(landedOn.startsWith(`${shop.failure}?`)).toBe(true);
    const { order, result } = orderAfterPayment(client, entered, landedOn);
    expect(result.code).toBe(code('payments.cancelled-by-customer'));
    expect(order).toMatchObject({ status: 'stopped', packingSlip: false });
  });
});
