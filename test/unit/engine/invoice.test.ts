import { describe, expect, it } from 'vitest';
import { expectFailure, expectOk, harness, MERCHANT, payIdOf, TODAY } from './harness.js';

describe('UP RG: invoice', () => {
  it('invoices part of an order and leaves the rest to invoice later', () => {
    const h = harness();
    const payId = h.order(30_000);
    expectOk(h.up(payId, 'RG', 10_000, { InvoiceNr: 'R-1' }));
    expect(h.payment(payId).balances).toMatchObject({
      invoicedAmount: 10_000,
      openAmount: 10_000,
      uninvoicedAmount: 20_000,
    });
    expect(h.payment(payId).invoices[0]).toMatchObject({ invoiceNr: 'R-1', openAmount: 10_000 });
  });

  it('accepts several partial invoices up to the order amount', () => {
    const h = harness();
    const payId = h.order(30_000);
    expectOk(h.up(payId, 'RG', 10_000));
    expectOk(h.up(payId, 'RG', 20_000));
    expect(h.payment(payId).balances.uninvoicedAmount).toBe(0);
  });

  it('rejects an invoice above the open amount', () => {
    const h = harness();
    const payId = h.order(30_000);
    expectOk(h.up(payId, 'RG', 10_000));
    expectFailure(h.up(payId, 'RG', 20_001), 'business.amount-above-open');
    expect(h.payment(payId).invoices).toHaveLength(1);
  });

  it('rejects an invoice on a fully invoiced order', () => {
    const h = harness();
    const payId = h.order(30_000);
    expectOk(h.up(payId, 'RG', 30_000));
    expectFailure(h.up(payId, 'RG', 1), 'business.order-fully-invoiced');
  });

  it('rejects an invoice before an order exists', () => {
    const h = harness();
    expectFailure(h.up(payIdOf(h.bc()), 'RG', 1_000), 'business.no-order');
  });

  it('rejects an invoice with an InvoiceNr already used on the PayID', () => {
    const h = harness();
    const payId = h.order(30_000);
    expectOk(h.up(payId, 'RG', 1_000, { InvoiceNr: 'R-1' }));
    expectFailure(h.up(payId, 'RG', 1_000, { InvoiceNr: 'R-1' }), 'business.invoice-exists');
  });

  it('numbers an invoice sent without InvoiceNr', () => {
    const h = harness();
    const payId = h.order(30_000);
    expectOk(h.up(payId, 'RG', 1_000));
    expect(h.payment(payId).invoices[0]?.invoiceNr).toMatch(/^SIM\d{10}$/);
  });

  it('keeps the invoice data and derives the due date from the payment term', () => {
    const h = harness({ paymentTermDays: 14 });
    const payId = h.order(30_000);
    const articles = '1;Tasse;;1190;1000;1900;Haushalt';
    expectOk(
      h.up(payId, 'RG', 1_190, {
        NetAmount: '1000',
        TaxCode: '1900',
        ArticleList: articles,
        PayType: 'RG',
      }),
    );
    expect(h.payment(payId).invoices[0]).toMatchObject({
      invoiceDate: TODAY,
      dueDate: '2025-03-24',
      netAmount: 1_000,
      taxCode: '1900',
      articleList: articles,
      payType: 'RG',
      autoCaptured: false,
    });
  });

  it('takes the DueDate when one is sent', () => {
    const h = harness();
    const payId = h.order(30_000);
    expectOk(h.up(payId, 'RG', 1_000, { DueDate: '2025-04-30' }));
    expect(h.payment(payId).invoices[0]?.dueDate).toBe('2025-04-30');
  });

  it('rejects an invoice whose InvoiceDate is not a real date', () => {
    const h = harness();
    const payId = h.order(30_000);
    expectFailure(h.up(payId, 'RG', 1_000, { InvoiceDate: '2025-02-30' }), 'business.invalid-date');
    expectFailure(h.up(payId, 'RG', 1_000, { DueDate: '31.03.2025' }), 'business.invalid-date');
    expect(h.payment(payId).invoices).toHaveLength(0);
  });

  it('books an invoice with Capture=AUTO as paid at once', () => {
    const h = harness();
    const payId = h.order(30_000);
    expectOk(h.up(payId, 'RG', 30_000, { Capture: 'AUTO', PayType: 'PP' }));
    const payment = h.payment(payId);
    expect(payment.invoices[0]).toMatchObject({
      autoCaptured: true,
      paidAmount: 30_000,
      openAmount: 0,
    });
    expect(payment.receipts).toEqual([expect.objectContaining({ auto: true, amount: 30_000 })]);
    expect(payment.balances).toMatchObject({ paidAmount: 30_000, openAmount: 0 });
  });

  it('books an invoice with Capture=MANUAL or hours as open, awaiting a ZA', () => {
    const h = harness();
    const payId = h.order(30_000);
    expectOk(h.up(payId, 'RG', 10_000, { InvoiceNr: 'R-1', Capture: 'MANUAL' }));
    expectOk(h.up(payId, 'RG', 10_000, { InvoiceNr: 'R-2', Capture: '48' }));
    expect(h.payment(payId).invoices.map((i) => i.autoCaptured)).toEqual([false, false]);
    expectOk(h.up(payId, 'ZA', 20_000));
  });

  it('stores the address data of the invoice under the DebitorID', () => {
    const h = harness();
    const payId = h.order(30_000);
    expectOk(
      h.up(payId, 'RG', 1_000, { DebitorID: 'D-77', LastName: 'Rechnung', AddrCity: 'Kassel' }),
    );
    expect(h.store.getDebtor(MERCHANT, 'D-77')).toMatchObject({
      lastName: 'Rechnung',
      address: { city: 'Kassel' },
    });
  });

  it('rejects an invoice of 0', () => {
    const h = harness();
    expectFailure(h.up(h.order(30_000), 'RG', 0), 'business.amount-zero');
  });
});
