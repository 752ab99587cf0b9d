import { describe, expect, it } from 'vitest';
import { expectFailure, expectOk, harness, payIdOf } from './harness.js';

describe('OC: open position create', () => {
  const oc = (h: ReturnType<typeof harness>, payId: string, amount: number, fields = {}) =>
    h.send({ EventToken: 'OC', PayID: payId, Amount: String(amount), RefNr: '4711', ...fields });

  it('creates an open order on an accepted check, with a new XID on the same PayID', () => {
    const h = harness();
    const payId = payIdOf(h.bc({ Amount: '30000' }));
    const result = expectOk(oc(h, payId, 30_000));
    expect(result.PayID).toBe(payId);
    expect(h.payment(payId).order).toMatchObject({ amount: 30_000, refNr: '4711', status: 'open' });
    expect(h.payment(payId).balances.uninvoicedAmount).toBe(30_000);
    expect(new Set(h.payment(payId).transactions.map((t) => t.xid)).size).toBe(2);
  });

  it('allows an order below the checked amount', () => {
    const h = harness();
    expectOk(oc(h, payIdOf(h.bc({ Amount: '30000' })), 12_000));
  });

  it('rejects an order above the checked amount', () => {
    const h = harness();
    const payId = payIdOf(h.bc({ Amount: '30000' }));
    expectFailure(oc(h, payId, 30_001), 'business.amount-above-checked');
    expect(h.payment(payId).order).toBeUndefined();
  });

  it('rejects a second order on the same PayID', () => {
    const h = harness();
    const payId = payIdOf(h.bc({ Amount: '30000' }));
    expectOk(oc(h, payId, 10_000));
    expectFailure(oc(h, payId, 10_000), 'business.order-exists');
  });

  it('rejects an order on a declined check, repeating the reason', () => {
    const h = harness();
    const declined = expectFailure(h.bc({ Amount: '999999' }), 'business.credit-declined');
    const result = expectFailure(oc(h, declined.PayID ?? '', 1_000), 'business.credit-declined');
    expect(result.CodeExt).toBe(declined.CodeExt);
  });

  it('rejects an order for an unknown PayID', () => {
    const h = harness();
    expectFailure(oc(h, 'F'.repeat(32), 1_000), 'business.unknown-payid');
  });

  it('rejects an order in another currency than the check', () => {
    const h = harness();
    const payId = payIdOf(h.bc({ Amount: '30000' }));
    expectFailure(oc(h, payId, 10_000, { Currency: 'USD' }), 'business.currency-mismatch');
  });

  it('treats the currency case-insensitively', () => {
    const h = harness();
    expectOk(oc(h, payIdOf(h.bc({ Amount: '30000' })), 10_000, { Currency: 'eur' }));
  });

  it('rejects an order of 0', () => {
    const h = harness();
    expectFailure(oc(h, payIdOf(h.bc()), 0), 'business.amount-zero');
  });
});
