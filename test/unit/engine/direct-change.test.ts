import { describe, expect, it } from 'vitest';
import { debtorFields, expectFailure, expectOk, harness, MERCHANT, payIdOf } from './harness.js';

describe('DC: direct change', () => {
  const dc = (h: ReturnType<typeof harness>, fields: Record<string, string> = {}) =>
    h.send({
      ...debtorFields(h.faker),
      EventToken: 'DC',
      RequestReason: 'ZG',
      Amount: '1000',
      ...fields,
    });

  it('stores the debtor without a check and answers with a PayID', () => {
    const h = harness({ defaultCreditLimit: 0 });
    const payId = payIdOf(dc(h, { CustomerID: 'K-9', LastName: 'Direkt' }));
    expect(h.payment(payId)).toMatchObject({ origin: 'DC', customerId: 'K-9' });
    expect(h.payment(payId).creditCheck).toBeUndefined();
    expect(h.store.getDebtor(MERCHANT, 'K-9')?.lastName).toBe('Direkt');
  });

  it('takes invoices without an order, uncapped', () => {
    const h = harness();
    const payId = payIdOf(dc(h, { Amount: '1000' }));
    expectOk(h.up(payId, 'RG', 700_000));
    expectOk(h.up(payId, 'RG', 5_000));
    expect(h.payment(payId).balances).toMatchObject({
      invoicedAmount: 705_000,
      uninvoicedAmount: null,
    });
  });

  it('takes an OC of any amount, which then caps invoicing', () => {
    const h = harness();
    const payId = payIdOf(dc(h));
    expectOk(h.send({ EventToken: 'OC', PayID: payId, Amount: '900000', RefNr: '1' }));
    expectOk(h.up(payId, 'RG', 900_000));
    expectFailure(h.up(payId, 'RG', 1), 'business.order-fully-invoiced');
  });

  it('rejects an OC after invoices were sent without one', () => {
    const h = harness();
    const payId = payIdOf(dc(h));
    expectOk(h.up(payId, 'RG', 1_000));
    expectFailure(
      h.send({ EventToken: 'OC', PayID: payId, Amount: '1000', RefNr: '1' }),
      'business.order-exists',
    );
  });

  it('rejects an OS on a DC PayID without an order', () => {
    const h = harness();
    const payId = payIdOf(dc(h));
    expectFailure(
      h.send({ EventToken: 'OS', PayID: payId, Amount: '1000', RefNr: '1' }),
      'business.no-order',
    );
  });
});
