import { describe, expect, it } from 'vitest';
import {
  BANK_ACCOUNT_MISSING,
  LIMIT_EXCEEDED,
} from '../../../simulator/engine/real-solution-reasons.js';
import { expectFailure, expectOk, harness, MERCHANT, payIdOf } from './harness.js';

describe('BC: credit check', () => {
  it('accepts a check within the limit and answers with a new PayID, XID and ReferenzID', () => {
    const h = harness();
    const result = expectOk(h.bc({ Amount: '25000' }));
    expect(result.PayID).toMatch(/^[0-9a-f]{32}$/);
    expect(result.XID).toMatch(/^[0-9a-f]{32}$/);
    expect(result.ReferenzID).toMatch(/^[1-9]\d*$/);
    expect(result.XID).not.toBe(result.PayID);
  });

  it('records the check and stores the debtor', () => {
    const h = harness();
    const payId = payIdOf(h.bc({ CustomerID: 'K-1', LastName: 'Muster', Amount: '25000' }));
    const payment = h.payment(payId);
    expect(payment.origin).toBe('BC');
    expect(payment.creditCheck).toMatchObject({
      accepted: true,
      amount: 25000,
      requestReason: 'ZG',
    });
    expect(h.store.getDebtor(MERCHANT, 'K-1')).toMatchObject({
      lastName: 'Muster',
      payIds: [payId],
    });
  });

  it('declines a check above the default limit with Real Solution reasons', () => {
    const h = harness();
    const result = expectFailure(h.bc({ Amount: '500001' }), 'business.credit-declined');
    expect(result).toMatchObject({
      CodeExt: LIMIT_EXCEEDED.codeExt,
      ErrorText: LIMIT_EXCEEDED.errorText,
    });
    expect(result.PayID).toMatch(/^[0-9a-f]{32}$/);
  });

  it('accepts a check exactly at the limit', () => {
    expectOk(harness().bc({ Amount: '500000' }));
  });

  it('counts open orders and unpaid invoices of the debtor against the limit', () => {
    const h = harness({ defaultCreditLimit: 100_000 });
    const payId = h.order(60_000, { CustomerID: 'K-1' });
    expectFailure(h.bc({ CustomerID: 'K-1', Amount: '40001' }), 'business.credit-declined');
    expectOk(h.up(payId, 'RG', 60_000));
    expectFailure(h.bc({ CustomerID: 'K-1', Amount: '40001' }), 'business.credit-declined');
    expectOk(h.up(payId, 'ZA', 60_000));
    expectOk(h.bc({ CustomerID: 'K-1', Amount: '100000' }));
  });

  it('does not count accepted checks without an order against the limit', () => {
    const h = harness({ defaultCreditLimit: 100_000 });
    expectOk(h.bc({ CustomerID: 'K-1', Amount: '100000' }));
    expectOk(h.bc({ CustomerID: 'K-1', Amount: '100000' }));
  });

  it('counts exposure per currency', () => {
    const h = harness({ defaultCreditLimit: 100_000 });
    h.order(100_000, { CustomerID: 'K-1', Currency: 'CHF' });
    expectOk(h.bc({ CustomerID: 'K-1', Amount: '100000', Currency: 'EUR' }));
  });

  it('uses a configured limit for one debtor of one merchant', () => {
    const h = harness({
      creditLimits: [
        { merchantId: MERCHANT, customerId: 'K-1', limit: 1_000 },
        { customerId: 'K-1', limit: 9_000_000 },
      ],
    });
    expectFailure(h.bc({ CustomerID: 'K-1', Amount: '1001' }), 'business.credit-declined');
    expectOk(h.bc({ CustomerID: 'K-1', Amount: '1000000' }, 'shop-b'));
  });

  it("uses a merchant's own default below a debtor's configured limit", () => {
    const h = harness({
      defaultCreditLimit: 9_000_000,
      creditLimits: [
        { merchantId: MERCHANT, limit: 1_000 },
        { customerId: 'K-VIP', limit: 50_000 },
      ],
    });
    expectFailure(h.bc({ CustomerID: 'K-1', Amount: '1001' }), 'business.credit-declined');
    expectOk(h.bc({ CustomerID: 'K-VIP', Amount: '50000' }));
    expectOk(h.bc({ CustomerID: 'K-1', Amount: '1000000' }, 'shop-b'));
  });

  it('prefers a limit set on the stored debtor over the configured ones', () => {
    const h = harness({ creditLimits: [{ customerId: 'K-1', limit: 9_000_000 }] });
    h.store.setCreditLimit(MERCHANT, 'K-1', 0, h.clock.now());
    expectFailure(h.bc({ CustomerID: 'K-1', Amount: '100' }), 'business.credit-declined');
  });

  it('always accepts VK (prepayment), whatever the limit', () => {
    const h = harness({ defaultCreditLimit: 0 });
    expectOk(h.bc({ RequestReason: 'VK', Amount: '9999999' }));
  });

  it('declines VL and ZL without an IBAN', () => {
    const h = harness();
    for (const reason of ['VL', 'ZL']) {
      const result = expectFailure(h.bc({ RequestReason: reason }), 'business.credit-declined');
      expect(result.CodeExt).toBe(BANK_ACCOUNT_MISSING.codeExt);
    }
  });

  it('accepts VL with an IBAN above the limit, but checks ZL against the limit', () => {
    const h = harness({ defaultCreditLimit: 1_000 });
    const iban = h.faker.finance.iban({ countryCode: 'DE' });
    expectOk(h.bc({ RequestReason: 'VL', IBAN: iban, Amount: '5000' }));
    expectFailure(
      h.bc({ RequestReason: 'ZL', IBAN: iban, Amount: '5000' }),
      'business.credit-declined',
    );
    expectOk(h.bc({ RequestReason: 'ZL', IBAN: iban, Amount: '1000' }));
  });

  it('keeps only the last four IBAN characters of the debtor', () => {
    const h = harness();
    expectOk(h.bc({ CustomerID: 'K-1', RequestReason: 'ZL', IBAN: 'DE89370400440532013000' }));
    expect(h.store.getDebtor(MERCHANT, 'K-1')?.ibanLast4).toBe('3000');
    expect(JSON.stringify(h.store.getDebtor(MERCHANT, 'K-1'))).not.toContain('DE8937');
  });

  it('accepts ZL without an IBAN in the request when the debtor has one stored', () => {
    const h = harness();
    expectOk(h.bc({ CustomerID: 'K-1', RequestReason: 'ZL', IBAN: 'DE89370400440532013000' }));
    expectOk(h.bc({ CustomerID: 'K-1', RequestReason: 'ZL' }));
  });

  it('records a declined check so its PayID can be inspected', () => {
    const h = harness();
    const payId = expectFailure(h.bc({ Amount: '600000' }), 'business.credit-declined').PayID ?? '';
    expect(h.payment(payId).creditCheck).toMatchObject({
      accepted: false,
      codeExt: LIMIT_EXCEEDED.codeExt,
    });
  });

  it('rejects a check for an amount of 0 and stores nothing', () => {
    const h = harness();
    expectFailure(h.bc({ Amount: '0', CustomerID: 'K-1' }), 'business.amount-zero');
    expect(h.store.listPayments(MERCHANT)).toHaveLength(0);
    expect(h.store.getDebtor(MERCHANT, 'K-1')).toBeUndefined();
  });

  it('keeps earlier debtor data that a later check leaves out', () => {
    const h = harness();
    expectOk(h.bc({ CustomerID: 'K-1', Phone: '0301234567' }));
    expectOk(h.bc({ CustomerID: 'K-1', LastName: 'Neu' }));
    expect(h.store.getDebtor(MERCHANT, 'K-1')).toMatchObject({
      phone: '0301234567',
      lastName: 'Neu',
    });
  });
});
