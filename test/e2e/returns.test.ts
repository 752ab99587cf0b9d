import { describe, expect, it } from 'vitest';
import { PaygateDeclinedError } from '../../client/index.js';
import { invoiceShipment } from '../../examples/delivery.js';
import { enterOrder } from '../../examples/order-entry.js';
import { creditReturn } from '../../examples/returns.js';
import { erpOrder } from './erp-fixtures.js';
import { CLOCK_START, useE2e } from './support.js';

describe('returns on an invoice: a credit note on its payment type', () => {
  const e2e = useE2e();

  it('credits an invoice on account with its PayType RG', async () => {
    const { client, callsWith } = e2e();
    const order = await enterOrder(client, erpOrder('5002', 2));
    const invoice = await invoiceShipment(client, order, {
      invoiceNr: 'RE-5002',
      invoiceDate: CLOCK_START,
      articleNrs: order.lines.map((line) => line.articleNr),
    });

    await creditReturn(client, order, invoice, {
      returnNr: '1',
      date: CLOCK_START,
      articleNrs: [order.lines[0]?.articleNr ?? ''],
    });

    const [sent] = await callsWith('5002-GU-1');
    expect(sent?.request).toMatchObject({ PayType: 'RG' });
  });

  it('caps credit notes at what was invoiced', async () => {
    const { client, code, payment } = e2e();
    const order = await enterOrder(client, erpOrder('5003', 3));
    const invoice = await invoiceShipment(client, order, {
      invoiceNr: 'RE-5003',
      invoiceDate: CLOCK_START,
      articleNrs: order.lines.map((line) => line.articleNr),
    });
    const everything = order.lines.map((line) => line.articleNr);
    const returnOf = (returnNr: string, articleNrs: string[]) =>
      creditReturn(client, order, invoice, { returnNr, date: CLOCK_START, articleNrs });

    await returnOf('1', everything.slice(0, 1));
    const tooMuch = returnOf('2', everything);
    await expect(tooMuch).rejects.toBeInstanceOf(PaygateDeclinedError);
    await expect(tooMuch).rejects.toMatchObject({ code: code('business.credit-above-invoiced') });
    await returnOf('3', everything.slice(1));
    const nothingLeft = returnOf('4', everything.slice(0, 1));
    await expect(nothingLeft).rejects.toMatchObject({
      code: code('business.credit-above-invoiced'),
    });

    const stored = await payment(order.payId);
    expect(stored.invoices[0]?.creditedAmount).toBe(invoice.amount);
    expect(stored.creditNotes).toHaveLength(2);
  });
});
