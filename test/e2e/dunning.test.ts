import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PaygateClient } from '../../client/index.js';
import { PaygateDeclinedError } from '../../client/index.js';
import { invoiceShipment } from '../../examples/delivery.js';
import { dunningFlow, dunningRun, type OpenItem, openItem } from '../../examples/dunning.js';
import { simulatedTime } from '../../examples/lib/simulated-time.js';
import { enterOrder } from '../../examples/order-entry.js';
import { erpOrder } from './erp-fixtures.js';
import { CLOCK_START, type E2e, startE2e } from './support.js';

/** An accepted order, invoiced in full on the clock's first day, due 14 days later. */
async function invoicedItem(client: PaygateClient, orderNr: string, seed: number) {
  const order = await enterOrder(client, erpOrder(orderNr, seed));
  const invoice = await invoiceShipment(client, order, {
    invoiceNr: `RE-${orderNr}`,
    invoiceDate: CLOCK_START,
    articleNrs: order.lines.map((line) => line.articleNr),
  });
  return openItem(order, invoice);
}

describe('dunning: overdue invoices, a late payment and a write-off', () => {
  // A simulator per test: the flow moves the clock.
  let e2e: E2e;
  beforeEach(async () => {
    e2e = await startE2e();
  });
  afterEach(async () => {
    await e2e.sim.close();
  });

  it('duns to level 2, resets after the late payment and writes the other one off', async () => {
    const { client, sim, payment } = e2e;
    const late = await invoicedItem(client, '6001', 1);
    const lost = await invoicedItem(client, '6002', 2);
    expect([late.invoice.dueDate, lost.invoice.dueDate]).toEqual(['2025-03-17', '2025-03-17']);

    const flow = await dunningFlow(client, simulatedTime(sim.url), [late, lost]);

    expect(
      flow.steps.map((s) => [s.today, s.action, s.orderNr, s.dunningLevel, s.result.status]),
    ).toEqual([
      ['2025-03-18', 'MA', '6001', 1, 'OK'],
      ['2025-03-18', 'MA', '6002', 1, 'OK'],
      ['2025-04-01', 'MA', '6001', 2, 'OK'],
      ['2025-04-01', 'MA', '6002', 2, 'OK'],
      ['2025-04-01', 'ZA', '6001', 2, 'OK'],
      ['2025-04-01', 'RM', '6001', 0, 'OK'],
      ['2025-04-01', 'DF', '6002', 2, 'OK'],
    ]);
    expect(flow.items.map((item) => item.state)).toEqual(['paid', 'written-off']);

    const paid = await payment(late.order.payId);
    expect(paid.invoices[0]).toMatchObject({
      dunningLevel: 0,
      paidAmount: late.invoice.amount,
      openAmount: 0,
      defaulted: false,
    });
    const writtenOff = await payment(lost.order.payId);
    expect(writtenOff.invoices[0]).toMatchObject({
      dunningLevel: 2,
      defaulted: true,
      defaultedAmount: lost.invoice.amount,
      openAmount: 0,
    });
    expect(writtenOff.balances.dunningLevel).toBe(2);
    expect(sim.parts.clock.today()).toBe('2025-04-01');
  });

  it('duns nothing before the due date, and the gateway agrees', async () => {
    const { client, code, sim } = e2e;
    const item: OpenItem = await invoicedItem(client, '6003', 3);
    const steps: Parameters<typeof dunningRun>[3] = [];

    const after = await dunningRun(client, [item], sim.parts.clock.today(), steps);

    expect(steps).toEqual([]);
    expect(after[0]?.dunningLevel).toBe(0);
    const early = client.dunning({
      PayID: item.order.payId ?? '',
      TransID: '6003-MA1',
      RefNr: '6003',
      Amount: String(item.invoice.amount),
      Currency: 'EUR',
    });
    await expect(early).rejects.toBeInstanceOf(PaygateDeclinedError);
    await expect(early).rejects.toMatchObject({ code: code('business.not-overdue') });
  });

  it('finds nothing left to dun once the invoice is written off', async () => {
    const { client, code, sim } = e2e;
    const late = await invoicedItem(client, '6004', 4);
    const lost = await invoicedItem(client, '6005', 5);
    await dunningFlow(client, simulatedTime(sim.url), [late, lost]);

    const again = client.dunning({
      PayID: lost.order.payId ?? '',
      TransID: '6005-MA3',
      RefNr: '6005',
      Amount: String(lost.invoice.amount),
      Currency: 'EUR',
    });

    await expect(again).rejects.toMatchObject({ code: code('business.not-overdue') });
  });
});
