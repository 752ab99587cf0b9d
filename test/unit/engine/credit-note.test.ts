import { describe, expect, it } from 'vitest';
import { expectFailure, expectOk, harness } from './harness.js';

describe('UP GU: credit note', () => {
  it('credits part of an invoice and lowers the open amount', () => {
    const h = harness();
    const payId = h.order(30_000);
    expectOk(h.up(payId, 'RG', 30_000, { InvoiceNr: 'R-1' }));
    expectOk(h.up(payId, 'GU', 5_000, { InvoiceNr: 'R-1' }));
    const payment = h.payment(payId);
    expect(payment.balances).toMatchObject({ creditedAmount: 5_000, openAmount: 25_000 });
    expect(payment.creditNotes[0]?.allocations).toEqual([{ invoiceNr: 'R-1', amount: 5_000 }]);
  });

  it('rejects a credit above what the named invoice has left to credit', () => {
    const h = harness();
    const payId = h.order(30_000);
    expectOk(h.up(payId, 'RG', 10_000, { InvoiceNr: 'R-1' }));
    expectOk(h.up(payId, 'RG', 20_000, { InvoiceNr: 'R-2' }));
    expectOk(h.up(payId, 'GU', 4_000, { InvoiceNr: 'R-1' }));
    expectFailure(h.up(payId, 'GU', 6_001, { InvoiceNr: 'R-1' }), 'business.credit-above-invoiced');
  });

  it('spreads a credit without invoice reference over the invoices, newest first', () => {
    const h = harness();
    const payId = h.order(30_000);
    expectOk(h.up(payId, 'RG', 10_000, { InvoiceNr: 'R-1' }));
    expectOk(h.up(payId, 'RG', 5_000, { InvoiceNr: 'R-2' }));
    expectOk(h.up(payId, 'GU', 7_000, { InvoiceNr: 'G-1' }));
    const payment = h.payment(payId);
    expect(payment.creditNotes[0]).toMatchObject({
      creditNoteNr: 'G-1',
      allocations: [
        { invoiceNr: 'R-2', amount: 5_000 },
        { invoiceNr: 'R-1', amount: 2_000 },
      ],
    });
  });

  it('rejects a credit above everything invoiced on the PayID', () => {
    const h = harness();
    const payId = h.order(30_000);
    expectOk(h.up(payId, 'RG', 10_000));
    expectFailure(h.up(payId, 'GU', 10_001), 'business.credit-above-invoiced');
    expect(h.payment(payId).balances.creditedAmount).toBe(0);
  });

  it('rejects a credit before any invoice', () => {
    const h = harness();
    expectFailure(h.up(h.order(30_000), 'GU', 1), 'business.credit-above-invoiced');
  });

  it('credits a paid invoice, leaving a balance owed to the debtor', () => {
    const h = harness();
    const payId = h.order(30_000);
    expectOk(h.up(payId, 'RG', 30_000, { Capture: 'AUTO' }));
    expectOk(h.up(payId, 'GU', 30_000));
    expect(h.payment(payId).balances.openAmount).toBe(-30_000);
  });
});
