import { describe, expect, it } from 'vitest';
import { grossTotal } from '../../examples/lib/erp.js';
import { enterOrder } from '../../examples/order-entry.js';
import { erpCustomer, erpOrder } from './erp-fixtures.js';
import { startE2e, useE2e } from './support.js';

describe('order entry: the credit check decides about the packing slip', () => {
  const e2e = useE2e();

  it('creates the order (OC) and the packing slip after an accepted check', async () => {
    const { client, payment } = e2e();
    const order = await enterOrder(client, erpOrder('1001', 1));

    expect(order).toMatchObject({ status: 'accepted', packingSlip: true });
    expect(order.stop).toBeUndefined();
    expect(order.paygateLog.map((call) => [call.transId, call.status])).toEqual([
      ['1001-BC', 'OK'],
      ['1001-OC', 'OK'],
    ]);
    const stored = await payment(order.payId);
    expect(stored.creditCheck).toMatchObject({ requestReason: 'ZG', accepted: true });
    expect(stored.order).toMatchObject({ refNr: '1001', amount: grossTotal(order.lines) });
    expect(stored.order?.status).toBe('open');
    expect(stored.balances.uninvoicedAmount).toBe(grossTotal(order.lines));
    expect(stored.transactions.map((t) => t.eventToken)).toEqual(['BC', 'OC']);
  });

  it('stops at a check declined for the credit limit, with code and reason, and sends no OC', async () => {
    const { client, code, payment, callsWith, state } = e2e();
    const draft = erpOrder('1002', 2);
    await state({ kind: 'debtor', customerId: draft.customer.id, creditLimit: 1_000 });

    const order = await enterOrder(client, draft);

    expect(order).toMatchObject({ status: 'stopped', packingSlip: false });
    expect(order.payId).toBeUndefined();
    expect(order.stop).toMatchObject({
      step: 'BC',
      kind: 'declined',
      code: code('business.credit-declined'),
      codeExt: '2001',
    });
    expect(order.stop?.description).toMatch(/declined/);
    expect(order.stop?.errorText).toBeTruthy();
    // The declined answer still names its PayID: the ERP keeps it with the reason.
    const [declined] = order.paygateLog;
    expect(declined).toMatchObject({ status: 'FAILED', code: code('business.credit-declined') });
    const stored = await payment(declined?.payId);
    expect(stored.creditCheck).toMatchObject({ accepted: false, codeExt: '2001' });
    expect(stored.order).toBeUndefined();
    expect(await callsWith('1002-OC')).toEqual([]);
  });

  it('stops a direct-debit check (ZL) without IBAN as declined by Real Solution', async () => {
    const { client, code } = e2e();
    const order = await enterOrder(client, erpOrder('1003', 3), { requestReason: 'ZL' });
    expect(order.stop).toMatchObject({
      kind: 'declined',
      code: code('business.credit-declined'),
      codeExt: '2002',
    });
    expect(order.packingSlip).toBe(false);
  });

  it('stops an order entered twice: the gateway rejects the used TransID', async () => {
    const { client, code, sim } = e2e();
    const first = await enterOrder(client, erpOrder('1004', 4));
    const again = await enterOrder(client, erpOrder('1004', 4));

    expect(first.status).toBe('accepted');
    expect(again).toMatchObject({ status: 'stopped', packingSlip: false });
    expect(again.stop).toMatchObject({
      step: 'BC',
      kind: 'rejected',
      code: code('business.duplicate-transid'),
    });
    const ofCustomer = sim.parts.store
      .listPayments('sim_demo')
      .filter((p) => p.customerId === first.customer.id);
    expect(ofCustomer.map((p) => p.payId)).toEqual([first.payId]);
  });

  it('stops an order the gateway would not accept without sending it', async () => {
    const { client, callsWith } = e2e();
    const customer = { ...erpCustomer(5), zip: '123456' }; // AddrZIP is ans..5
    const order = await enterOrder(client, { ...erpOrder('1005', 5), customer });

    expect(order.stop).toMatchObject({ step: 'BC', kind: 'invalid' });
    expect(order.stop?.code).toBeUndefined();
    expect(order.stop?.description).toContain('AddrZIP');
    expect(order.paygateLog).toEqual([]);
    expect(await callsWith('1005-BC')).toEqual([]);
  });
});

describe('order entry against a simulator with a low credit limit for everyone', () => {
  it('declines every order above the limit', async () => {
    const { client, code, sim } = await startE2e({ creditLimit: 5_000 });
    try {
      const order = await enterOrder(client, erpOrder('2001', 1));
      expect(grossTotal(order.lines)).toBeGreaterThan(5_000);
      expect(order.stop).toMatchObject({
        kind: 'declined',
        code: code('business.credit-declined'),
      });
    } finally {
      await sim.close();
    }
  });
});
