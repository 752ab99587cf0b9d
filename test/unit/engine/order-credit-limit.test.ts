import { describe, expect, it } from 'vitest';
import { LIMIT_EXCEEDED } from '../../../simulator/engine/real-solution-reasons.js';
import { expectFailure, expectOk, harness, payIdOf } from './harness.js';

// A check reserves nothing, so the limit is applied again when a checked
// PayID becomes an order (decision 004).
describe('OC: the credit limit applies again at the order', () => {
  const oc = (h: ReturnType<typeof harness>, payId: string, amount: number) =>
    h.send({ EventToken: 'OC', PayID: payId, Amount: String(amount), RefNr: '4711' });

  it('declines the order that would take two accepted checks together over the limit', () => {
    const h = harness({ defaultCreditLimit: 10_000 });
    const first = payIdOf(h.bc({ CustomerID: 'K-1', Amount: '6000' }));
    const second = payIdOf(h.bc({ CustomerID: 'K-1', Amount: '6000' }));
    expectOk(oc(h, first, 6_000));
    const result = expectFailure(oc(h, second, 6_000), 'business.credit-declined');
    expect(result).toMatchObject({
      PayID: second,
      CodeExt: LIMIT_EXCEEDED.codeExt,
      ErrorText: LIMIT_EXCEEDED.errorText,
    });
    expect(h.payment(second).order).toBeUndefined();
  });

  it('accepts that order once the first one is paid', () => {
    const h = harness({ defaultCreditLimit: 10_000 });
    const first = payIdOf(h.bc({ CustomerID: 'K-1', Amount: '6000' }));
    const second = payIdOf(h.bc({ CustomerID: 'K-1', Amount: '6000' }));
    expectOk(oc(h, first, 6_000));
    expectOk(h.up(first, 'RG', 6_000));
    expectOk(h.up(first, 'ZA', 6_000));
    expectOk(oc(h, second, 6_000));
  });

  it('accepts an order exactly at the limit', () => {
    const h = harness({ defaultCreditLimit: 10_000 });
    const first = payIdOf(h.bc({ CustomerID: 'K-1', Amount: '4000' }));
    const second = payIdOf(h.bc({ CustomerID: 'K-1', Amount: '6000' }));
    expectOk(oc(h, first, 4_000));
    expectOk(oc(h, second, 6_000));
  });

  it('leaves prepayment orders (VK) to their own rule: no credit risk', () => {
    const h = harness({ defaultCreditLimit: 10_000 });
    const first = payIdOf(h.bc({ CustomerID: 'K-1', Amount: '10000' }));
    expectOk(oc(h, first, 10_000));
    const prepaid = payIdOf(h.bc({ CustomerID: 'K-1', Amount: '5000', RequestReason: 'VK' }));
    expectOk(oc(h, prepaid, 5_000));
  });
});
