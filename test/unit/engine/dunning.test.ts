import { describe, expect, it } from 'vitest';
import { expectFailure, expectOk, harness } from './harness.js';

describe('UP MA and RM: dunning', () => {
  const invoicedOrder = (h: ReturnType<typeof harness>) => {
    const payId = h.order(30_000);
    expectOk(h.up(payId, 'RG', 10_000, { InvoiceNr: 'R-1', DueDate: '2025-03-20' }));
    expectOk(h.up(payId, 'RG', 10_000, { InvoiceNr: 'R-2', DueDate: '2025-03-25' }));
    return payId;
  };

  it('raises the dunning level of an overdue invoice', () => {
    const h = harness();
    const payId = invoicedOrder(h);
    h.clock.set('2025-03-21');
    expectOk(h.up(payId, 'MA', 10_000, { InvoiceNr: 'R-1' }));
    expectOk(h.up(payId, 'MA', 10_000, { InvoiceNr: 'R-1' }));
    expect(h.payment(payId).invoices[0]?.dunningLevel).toBe(2);
    expect(h.payment(payId).balances.dunningLevel).toBe(2);
  });

  it('rejects a dunning on the due date itself', () => {
    const h = harness();
    const payId = invoicedOrder(h);
    h.clock.set('2025-03-20');
    const outcome = h.up(payId, 'MA', 10_000, { InvoiceNr: 'R-1' });
    expectFailure(outcome, 'business.not-overdue');
    expect(outcome).toMatchObject({ description: 'invoice R-1 is not overdue on 2025-03-20' });
  });

  it('rejects a dunning on a paid invoice', () => {
    const h = harness();
    const payId = invoicedOrder(h);
    expectOk(h.up(payId, 'ZA', 10_000, { InvoiceNr: 'R-1' }));
    h.clock.advance({ days: 30 });
    expectFailure(h.up(payId, 'MA', 10_000, { InvoiceNr: 'R-1' }), 'business.not-overdue');
  });

  it('duns the oldest overdue invoice when no InvoiceNr is given', () => {
    const h = harness();
    const payId = invoicedOrder(h);
    h.clock.set('2025-03-26');
    expectOk(h.up(payId, 'ZA', 10_000, { InvoiceNr: 'R-1' }));
    expectOk(h.up(payId, 'MA', 10_000));
    expect(h.payment(payId).invoices.map((i) => i.dunningLevel)).toEqual([0, 1]);
  });

  it('rejects a dunning without InvoiceNr when nothing is overdue', () => {
    const h = harness();
    expectFailure(h.up(invoicedOrder(h), 'MA', 10_000), 'business.not-overdue');
  });

  it('resets the dunning level', () => {
    const h = harness();
    const payId = invoicedOrder(h);
    h.clock.set('2025-04-01');
    expectOk(h.up(payId, 'MA', 10_000, { InvoiceNr: 'R-2' }));
    expectOk(h.up(payId, 'RM', 10_000));
    expect(h.payment(payId).invoices[1]?.dunningLevel).toBe(0);
  });

  it('rejects a reset without a dunning level', () => {
    const h = harness();
    const payId = invoicedOrder(h);
    const named = h.up(payId, 'RM', 10_000, { InvoiceNr: 'R-1' });
    expectFailure(named, 'business.no-dunning');
    expect(named).toMatchObject({ description: 'invoice R-1 has no dunning level' });
    const any = h.up(payId, 'RM', 10_000);
    expectFailure(any, 'business.no-dunning');
    expect(any).toMatchObject({ description: 'no invoice of this PayID has a dunning level' });
  });

  it('rejects dunning and reset on a defaulted invoice', () => {
    const h = harness();
    const payId = invoicedOrder(h);
    h.clock.set('2025-04-01');
    expectOk(h.up(payId, 'MA', 10_000, { InvoiceNr: 'R-1' }));
    expectOk(h.up(payId, 'DF', 5_000, { InvoiceNr: 'R-1' }));
    expectFailure(h.up(payId, 'MA', 5_000, { InvoiceNr: 'R-1' }), 'business.already-defaulted');
    expectFailure(h.up(payId, 'RM', 5_000, { InvoiceNr: 'R-1' }), 'business.already-defaulted');
  });

  it('rejects a dunning for an unknown InvoiceNr', () => {
    const h = harness();
    expectFailure(
      h.up(invoicedOrder(h), 'MA', 1, { InvoiceNr: 'R-9' }),
      'business.invoice-unknown',
    );
  });
});
