import { describe, expect, it } from 'vitest';
import { PaygateDeclinedError } from '../../client/index.js';
import { invoicePaidOrder } from '../../examples/captured-at-order.js';
import { grossTotal } from '../../examples/lib/erp.js';
import { recordPayment } from '../../examples/lib/receipts.js';
import { enterOrder } from '../../examples/order-entry.js';
import { erpOrder } from './erp-fixtures.js';
import { CLOCK_START, useE2e } from './support.js';

describe('payment captured at order (PayPal, card)', () => {
  const e2e = useE2e();

  it.each([
    ['PP', '4001', 1],
    ['CC', '4002', 2],
  ] as const)(
    'books the %s invoice as paid (Capture=AUTO) and refuses a later ZA',
    async (payType, orderNr, seed) => {
      const { client, code, payment, callsWith } = e2e();
      const order = await enterOrder(client, erpOrder(orderNr, seed), { requestReason: 'VK' });
      const invoiceNr = `RE-${orderNr}`;

      const invoice = await invoicePaidOrder(client, order, {
        invoiceNr,
        invoiceDate: CLOCK_START,
        payType,
      });

      const total = grossTotal(order.lines);
      expect(invoice).toMatchObject({ amount: total, payType, captured: true });
      const [sent] = await callsWith(`${orderNr}-RG-${invoiceNr}`);
      expect(sent?.request).toMatchObject({
        Capture: 'AUTO',
        PayType: payType,
        Amount: String(total),
      });
      const paid = await payment(order.payId);
      expect(paid.invoices[0]).toMatchObject({
        payType,
        autoCaptured: true,
        paidAmount: total,
        openAmount: 0,
      });
      expect(paid.receipts).toEqual([expect.objectContaining({ auto: true, amount: total })]);

      const later = recordPayment(client, order, invoice);

      await expect(later).rejects.toBeInstanceOf(PaygateDeclinedError);
      await expect(later).rejects.toMatchObject({ code: code('business.already-paid-auto') });
      expect((await payment(order.payId)).receipts).toHaveLength(1);
    },
  );
});
