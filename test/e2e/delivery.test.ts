import { describe, expect, it } from 'vitest';
import { PaygateRequestError } from '../../client/index.js';
import { cancelRest, deliver, invoiceShipment, type Shipment } from '../../examples/delivery.js';
import { type ErpOrder, grossTotal, netTotal } from '../../examples/lib/erp.js';
import { enterOrder } from '../../examples/order-entry.js';
import { formatArticleList } from '../../protocol/reference/article-list.js';
import { erpOrder } from './erp-fixtures.js';
import { CLOCK_START, useE2e } from './support.js';

describe('delivery: the customer pays for what ships', () => {
  const e2e = useE2e();

  const shipment = (order: ErpOrder, n: number, lines: number[]): Shipment => ({
    invoiceNr: `RE-${order.orderNr}-${n}`,
    invoiceDate: CLOCK_START,
    articleNrs: lines.map((index) => order.lines[index]?.articleNr ?? ''),
  });

  it('invoices the shipped articles now and the rest with a second invoice', async () => {
    const { client, payment } = e2e();
    const order = await enterOrder(client, erpOrder('3001', 1));
    const [first, second] = [order.lines.slice(0, 2), order.lines.slice(2)];

    const { invoices, cancelled } = await deliver(client, order, shipment(order, 1, [0, 1]), {
      kind: 'ship-later',
      shipment: shipment(order, 2, [2]),
    });

    expect(cancelled).toBeUndefined();
    expect(invoices.map((i) => i.amount)).toEqual([grossTotal(first), grossTotal(second)]);
    const stored = await payment(order.payId);
    expect(stored.invoices).toHaveLength(2);
    expect(stored.invoices[0]).toMatchObject({
      invoiceNr: 'RE-3001-1',
      amount: grossTotal(first),
      netAmount: netTotal(first),
      taxCode: '1900',
      payType: 'RG',
      autoCaptured: false,
      invoiceDate: CLOCK_START,
      dueDate: '2025-03-17',
      debitorId: order.customer.id,
      openAmount: grossTotal(first),
    });
    expect(stored.invoices[0]?.articleList).toBe(
      formatArticleList(
        first.map((line) => ({
          number: line.articleNr,
          name: line.name,
          addition: '',
          grossPrice: line.grossPrice,
          netPrice: line.netPrice,
          vatRate: line.vatRate,
          productGroup: line.productGroup,
        })),
      ),
    );
    expect(stored.balances).toMatchObject({
      orderAmount: grossTotal(order.lines),
      invoicedAmount: grossTotal(order.lines),
      uninvoicedAmount: 0,
      cancelledAmount: 0,
    });
  });

  it('cancels what will not ship (OS) and closes the order', async () => {
    const { client, payment } = e2e();
    const order = await enterOrder(client, erpOrder('3002', 2));

    const { invoices, cancelled } = await deliver(client, order, shipment(order, 1, [0]), {
      kind: 'cancel',
    });

    const rest = order.lines.slice(1);
    expect(cancelled).toMatchObject({
      amount: grossTotal(rest),
      articleNrs: rest.map((line) => line.articleNr),
      result: { status: 'OK', transId: '3002-OS' },
    });
    const stored = await payment(order.payId);
    expect(stored.order).toMatchObject({ status: 'cancelled', cancelledAmount: grossTotal(rest) });
    expect(stored.balances).toMatchObject({
      invoicedAmount: invoices[0]?.amount,
      cancelledAmount: grossTotal(rest),
      uninvoicedAmount: 0,
    });
  });

  it('refuses an invoice after the rest was cancelled, and books nothing', async () => {
    const { client, code, payment } = e2e();
    const order = await enterOrder(client, erpOrder('3003', 3));
    const first = await invoiceShipment(client, order, shipment(order, 1, [0, 1]));
    await cancelRest(client, order, [first]);

    const late = invoiceShipment(client, order, shipment(order, 2, [2]));

    await expect(late).rejects.toBeInstanceOf(PaygateRequestError);
    await expect(late).rejects.toMatchObject({ code: code('business.order-cancelled') });
    const stored = await payment(order.payId);
    expect(stored.invoices.map((i) => i.invoiceNr)).toEqual(['RE-3003-1']);
  });

  it('refuses to invoice an article twice once the order is fully invoiced', async () => {
    const { client, code } = e2e();
    const order = await enterOrder(client, erpOrder('3004', 4, 1));
    await invoiceShipment(client, order, shipment(order, 1, [0]));

    const twice = invoiceShipment(client, order, shipment(order, 2, [0]));

    await expect(twice).rejects.toMatchObject({ code: code('business.order-fully-invoiced') });
  });
});
