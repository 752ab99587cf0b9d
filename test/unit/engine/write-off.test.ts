import { describe, expect, it } from 'vitest';
import { expectFailure, expectOk, harness } from './harness.js';

describe('UP DF: default', () => {
  it('writes off the open balance of an invoice', () => {
    const h = harness();
    const payId = h.order(30_000);
    expectOk(h.up(payId, 'RG', 30_000, { InvoiceNr: 'R-1' }));
    expectOk(h.up(payId, 'ZA', 10_000));
    expectOk(h.up(payId, 'DF', 20_000, { InvoiceNr: 'R-1' }));
    expect(h.payment(payId).invoices[0]).toMatchObject({
      defaulted: true,
      defaultedAmount: 20_000,
      openAmount: 0,
    });
    expect(h.payment(payId).balances).toMatchObject({ defaultedAmount: 20_000, openAmount: 0 });
  });

  it('rejects a default above the open balance', () => {
    const h = harness();
    const payId = h.order(30_000);
    expectOk(h.up(payId, 'RG', 30_000));
    expectOk(h.up(payId, 'ZA', 10_000));
    expectFailure(h.up(payId, 'DF', 20_001), 'business.default-above-balance');
    expect(h.payment(payId).invoices[0]?.defaulted).toBe(false);
  });

  it('rejects a second default of the same invoice', () => {
    const h = harness();
    const payId = h.order(30_000);
    expectOk(h.up(payId, 'RG', 30_000));
    expectOk(h.up(payId, 'DF', 30_000));
    expectFailure(h.up(payId, 'DF', 1), 'business.already-defaulted');
  });

  it('leaves the rest of a partial default open for a late payment', () => {
    const h = harness();
    const payId = h.order(30_000);
    expectOk(h.up(payId, 'RG', 30_000));
    expectOk(h.up(payId, 'DF', 25_000));
    expectOk(h.up(payId, 'ZA', 5_000));
    expect(h.payment(payId).balances.openAmount).toBe(0);
  });

  it('writes off the oldest invoice with an open balance when no InvoiceNr is given', () => {
    const h = harness();
    const payId = h.order(30_000);
    expectOk(h.up(payId, 'RG', 10_000, { InvoiceNr: 'R-1', Capture: 'AUTO' }));
    expectOk(h.up(payId, 'RG', 10_000, { InvoiceNr: 'R-2' }));
    expectOk(h.up(payId, 'DF', 10_000));
    expect(h.payment(payId).invoices.map((i) => i.defaulted)).toEqual([false, true]);
  });

  it('rejects a default when nothing is open', () => {
    const h = harness();
    const payId = h.order(30_000);
    expectOk(h.up(payId, 'RG', 30_000, { Capture: 'AUTO' }));
    expectFailure(h.up(payId, 'DF', 1), 'business.default-above-balance');
  });

  it('rejects a default of 0', () => {
    const h = harness();
    const payId = h.order(30_000);
    expectOk(h.up(payId, 'RG', 30_000));
    expectFailure(h.up(payId, 'DF', 0), 'business.amount-zero');
  });
});
