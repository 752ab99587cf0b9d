import { describe, expect, it } from 'vitest';
import { expectFailure, expectOk, harness, payIdOf } from './harness.js';

describe('OS: open position storno', () => {
  const os = (h: ReturnType<typeof harness>, payId: string, amount: number) =>
    h.send({ EventToken: 'OS', PayID: payId, Amount: String(amount), RefNr: '4711' });

  it('cancels the whole order when nothing was invoiced', () => {
    const h = harness();
    const payId = h.order(20_000);
    expectOk(os(h, payId, 20_000));
    expect(h.payment(payId).order?.status).toBe('cancelled');
    expect(h.payment(payId).balances).toMatchObject({
      cancelledAmount: 20_000,
      uninvoicedAmount: 0,
    });
  });

  it('cancels the uninvoiced rest after a partial invoice', () => {
    const h = harness();
    const payId = h.order(20_000);
    expectOk(h.up(payId, 'RG', 15_000));
    expectOk(os(h, payId, 5_000));
    expect(h.payment(payId).order?.status).toBe('cancelled');
    expect(h.payment(payId).balances).toMatchObject({ invoicedAmount: 15_000, openAmount: 15_000 });
  });

  it('rejects an invoice after the order was cancelled', () => {
    const h = harness();
    const payId = h.order(20_000);
    expectOk(os(h, payId, 20_000));
    expectFailure(h.up(payId, 'RG', 1_000), 'business.order-cancelled');
  });

  it('cancels part of the rest and keeps the order open for the remainder', () => {
    const h = harness();
    const payId = h.order(20_000);
    expectOk(os(h, payId, 5_000));
    expect(h.payment(payId).order?.status).toBe('open');
    expectFailure(h.up(payId, 'RG', 15_001), 'business.amount-above-open');
    expectOk(h.up(payId, 'RG', 15_000));
  });

  it('rejects a cancel amount above the uninvoiced rest', () => {
    const h = harness();
    const payId = h.order(20_000);
    expectOk(h.up(payId, 'RG', 15_000));
    expectFailure(os(h, payId, 5_001), 'business.amount-above-open');
    expect(h.payment(payId).order?.cancelledAmount).toBe(0);
  });

  it('rejects a cancel of a fully invoiced order', () => {
    const h = harness();
    const payId = h.order(20_000);
    expectOk(h.up(payId, 'RG', 20_000));
    expectFailure(os(h, payId, 1), 'business.order-fully-invoiced');
  });

  it('rejects a second cancel of a cancelled order', () => {
    const h = harness();
    const payId = h.order(20_000);
    expectOk(os(h, payId, 20_000));
    expectFailure(os(h, payId, 1), 'business.order-cancelled');
  });

  it('rejects a cancel before an order exists', () => {
    const h = harness();
    expectFailure(os(h, payIdOf(h.bc()), 1_000), 'business.no-order');
  });

  it('rejects a cancel of 0', () => {
    const h = harness();
    expectFailure(os(h, h.order(20_000), 0), 'business.amount-zero');
  });
});
