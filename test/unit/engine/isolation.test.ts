import { describe, expect, it } from 'vitest';
import { expectFailure, expectOk, harness, MERCHANT, OTHER_MERCHANT, payIdOf } from './harness.js';

describe('merchants, PayIDs and TransIDs', () => {
  it("answers another merchant's PayID like an unknown one", () => {
    const h = harness();
    const payId = h.order(10_000);
    expectOk(h.up(payId, 'RG', 1_000));
    const outcome = h.send(
      { EventToken: 'UP', RequestReason: 'ZA', PayID: payId, Amount: '1000', RefNr: '1' },
      OTHER_MERCHANT,
    );
    expectFailure(outcome, 'business.unknown-payid');
    expect(outcome.ok === false && outcome.result).toBeFalsy();
  });

  it("shows one merchant's debtors and payments to that merchant only", () => {
    const h = harness();
    const payId = payIdOf(h.bc({ CustomerID: 'K-1' }));
    expect(h.store.getPayment(OTHER_MERCHANT, payId)).toBeUndefined();
    expect(h.store.getDebtor(OTHER_MERCHANT, 'K-1')).toBeUndefined();
    expect(h.store.listPayments(OTHER_MERCHANT)).toEqual([]);
    expect(h.store.listPayments(MERCHANT)).toHaveLength(1);
  });

  it('keeps credit exposure apart per merchant', () => {
    const h = harness({ defaultCreditLimit: 10_000 });
    h.order(10_000, { CustomerID: 'K-1' });
    expectOk(h.bc({ CustomerID: 'K-1', Amount: '10000' }, OTHER_MERCHANT));
  });

  it('lets follow-up calls of one payment repeat its TransID', () => {
    const h = harness();
    const payId = payIdOf(h.bc({ TransID: 'T-1', Amount: '10000' }));
    expectOk(
      h.send({ EventToken: 'OC', PayID: payId, Amount: '10000', RefNr: '1', TransID: 'T-1' }),
    );
    expectOk(h.up(payId, 'RG', 10_000, { TransID: 'T-1' }));
  });

  it('rejects a TransID already used for another payment', () => {
    const h = harness();
    expectOk(h.bc({ TransID: 'T-1' }));
    expectFailure(h.bc({ TransID: 'T-1' }), 'business.duplicate-transid');
    const other = h.order(10_000);
    expectFailure(h.up(other, 'RG', 1_000, { TransID: 'T-1' }), 'business.duplicate-transid');
  });

  it('binds a new TransID of a follow-up call to its payment', () => {
    const h = harness();
    const first = h.order(10_000);
    expectOk(h.up(first, 'RG', 1_000, { TransID: 'T-RG' }));
    expectFailure(h.bc({ TransID: 'T-RG' }), 'business.duplicate-transid');
  });

  it('lets a declined check be retried under the same TransID', () => {
    const h = harness();
    expectFailure(h.bc({ TransID: 'T-1', Amount: '999999' }), 'business.credit-declined');
    expectOk(h.bc({ TransID: 'T-1', Amount: '1000' }));
  });

  it('allows TransID reuse across merchants and when the rule is off', () => {
    const h = harness();
    expectOk(h.bc({ TransID: 'T-1' }));
    expectOk(h.bc({ TransID: 'T-1' }, OTHER_MERCHANT));
    const loose = harness({ transIdRule: 'off' });
    expectOk(loose.bc({ TransID: 'T-1' }));
    expectOk(loose.bc({ TransID: 'T-1' }));
  });

  it('rejects an update in another currency than the payment', () => {
    const h = harness();
    const payId = h.order(10_000);
    expectFailure(h.up(payId, 'RG', 1_000, { Currency: 'GBP' }), 'business.currency-mismatch');
  });

  it('repeats the decline for any update on a declined check', () => {
    const h = harness();
    const payId = expectFailure(h.bc({ Amount: '999999' }), 'business.credit-declined').PayID ?? '';
    expectFailure(h.up(payId, 'ZA', 1_000), 'business.credit-declined');
  });

  it('rejects every update before an order exists on a checked PayID', () => {
    const h = harness();
    const payId = payIdOf(h.bc());
    for (const reason of ['RG', 'GU', 'ZA', 'MA', 'RM', 'DF']) {
      expectFailure(h.up(payId, reason, 1_000), 'business.no-order');
    }
  });
});
