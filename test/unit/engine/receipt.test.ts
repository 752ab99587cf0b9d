import { describe, expect, it } from 'vitest';
import { expectFailure, expectOk, harness } from './harness.js';

describe('UP ZA: payment received', () => {
  it('records a payment of the full open balance', () => {
    const h = harness();
    const payId = h.order(30_000);
    expectOk(h.up(payId, 'RG', 30_000));
    expectOk(h.up(payId, 'ZA', 30_000));
    expect(h.payment(payId).balances).toMatchObject({ paidAmount: 30_000, openAmount: 0 });
  });

  it('rejects a payment above the open balance', () => {
    const h = harness();
    const payId = h.order(30_000);
    expectOk(h.up(payId, 'RG', 30_000));
    expectOk(h.up(payId, 'GU', 10_000));
    expectFailure(h.up(payId, 'ZA', 20_001), 'business.payment-above-balance');
    expect(h.payment(payId).balances.paidAmount).toBe(0);
  });

  it('settles invoices oldest first when no InvoiceNr is given', () => {
    const h = harness();
    const payId = h.order(30_000);
    expectOk(h.up(payId, 'RG', 10_000, { InvoiceNr: 'R-1' }));
    expectOk(h.up(payId, 'RG', 10_000, { InvoiceNr: 'R-2' }));
    expectOk(h.up(payId, 'ZA', 15_000));
    const [first, second] = h.payment(payId).invoices;
    expect(first).toMatchObject({ paidAmount: 10_000, openAmount: 0 });
    expect(second).toMatchObject({ paidAmount: 5_000, openAmount: 5_000 });
  });

  it('passes over an invoice credited below zero when settling oldest first', () => {
    const h = harness();
    const payId = h.order(10_000);
    expectOk(h.up(payId, 'RG', 6_000, { InvoiceNr: 'R-1' }));
    expectOk(h.up(payId, 'ZA', 6_000));
    expectOk(h.up(payId, 'GU', 3_000, { InvoiceNr: 'R-1' }));
    expectOk(h.up(payId, 'RG', 4_000, { InvoiceNr: 'R-2' }));
    expectOk(h.up(payId, 'ZA', 4_000));
    const [first, second] = h.payment(payId).invoices;
    expect(first).toMatchObject({ paidAmount: 6_000 });
    expect(second).toMatchObject({ paidAmount: 4_000, openAmount: 0 });
  });

  it('pays the invoice named by InvoiceNr', () => {
    const h = harness();
    const payId = h.order(30_000);
    expectOk(h.up(payId, 'RG', 10_000, { InvoiceNr: 'R-1' }));
    expectOk(h.up(payId, 'RG', 10_000, { InvoiceNr: 'R-2' }));
    expectOk(h.up(payId, 'ZA', 10_000, { InvoiceNr: 'R-2' }));
    expectFailure(h.up(payId, 'ZA', 1, { InvoiceNr: 'R-2' }), 'business.payment-above-balance');
    expect(h.payment(payId).invoices[0]?.paidAmount).toBe(0);
  });

  it('rejects a payment for an unknown InvoiceNr', () => {
    const h = harness();
    const payId = h.order(30_000);
    expectOk(h.up(payId, 'RG', 10_000));
    expectFailure(h.up(payId, 'ZA', 1_000, { InvoiceNr: 'R-404' }), 'business.invoice-unknown');
  });

  it('rejects a payment for an invoice booked with Capture=AUTO', () => {
    const h = harness();
    const payId = h.order(30_000);
    expectOk(h.up(payId, 'RG', 10_000, { InvoiceNr: 'R-1', Capture: 'AUTO' }));
    expectOk(h.up(payId, 'RG', 10_000, { InvoiceNr: 'R-2' }));
    expectFailure(h.up(payId, 'ZA', 1_000, { InvoiceNr: 'R-1' }), 'business.already-paid-auto');
  });

  it('rejects a payment without InvoiceNr when every invoice was auto-paid', () => {
    const h = harness();
    const payId = h.order(30_000);
    expectOk(h.up(payId, 'RG', 30_000, { Capture: 'AUTO' }));
    expectFailure(h.up(payId, 'ZA', 30_000), 'business.already-paid-auto');
  });

  it('skips auto-paid invoices when spreading a payment', () => {
    const h = harness();
    const payId = h.order(30_000);
    expectOk(h.up(payId, 'RG', 10_000, { InvoiceNr: 'R-1', Capture: 'AUTO' }));
    expectOk(h.up(payId, 'RG', 10_000, { InvoiceNr: 'R-2' }));
    expectOk(h.up(payId, 'ZA', 10_000));
    expect(h.payment(payId).invoices[1]?.paidAmount).toBe(10_000);
  });

  it('rejects a payment before any invoice', () => {
    const h = harness();
    expectFailure(h.up(h.order(30_000), 'ZA', 1_000), 'business.payment-above-balance');
  });

  it('rejects a payment of 0', () => {
    const h = harness();
    const payId = h.order(30_000);
    expectOk(h.up(payId, 'RG', 10_000));
    expectFailure(h.up(payId, 'ZA', 0), 'business.amount-zero');
  });
});
