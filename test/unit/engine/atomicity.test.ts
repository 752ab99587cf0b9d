import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invoiceCreditableAmount } from '../../../simulator/store/balances.js';
import type { Store } from '../../../simulator/store/store.js';
import { harness, MERCHANT } from './harness.js';

const state = (store: Store) =>
  JSON.stringify({ payments: store.listPayments(MERCHANT), debtors: store.listDebtors(MERCHANT) });

const call = fc.record({
  token: fc.constantFrom('OC', 'OS', 'UP', 'UP', 'UP', 'UP'),
  reason: fc.constantFrom('RG', 'GU', 'ZA', 'MA', 'RM', 'DF'),
  payment: fc.nat(2),
  amount: fc.constantFrom(0, 1, 2_500, 5_000, 10_000, 20_000),
  invoiceNr: fc.constantFrom(undefined, 'R-1', 'R-2'),
  capture: fc.boolean(),
  days: fc.constantFrom(0, 0, 20, 40),
});

describe('every call is all or nothing', () => {
  it('leaves the state unchanged on every rejected call and keeps the balances consistent', () => {
    fc.assert(
      fc.property(fc.array(call, { maxLength: 25 }), (calls) => {
        const h = harness({ defaultCreditLimit: 1_000_000 });
        const payIds = [h.order(20_000), h.order(10_000), h.order(5_000)];
        for (const c of calls) {
          h.clock.advance({ days: c.days });
          const before = state(h.store);
          const outcome = h.send({
            EventToken: c.token,
            RequestReason: c.reason,
            PayID: payIds[c.payment] ?? '',
            Amount: String(c.amount),
            RefNr: '1',
            InvoiceDate: h.clock.today(),
            NetAmount: '0',
            ...(c.invoiceNr ? { InvoiceNr: c.invoiceNr } : {}),
            ...(c.capture ? { Capture: 'AUTO' } : {}),
          });
          if (!outcome.ok) expect(state(h.store)).toBe(before);
        }
        for (const payment of h.store.listPayments(MERCHANT)) {
          const b = payment.balances;
          expect(b.uninvoicedAmount ?? 0).toBeGreaterThanOrEqual(0);
          expect(b.invoicedAmount + b.cancelledAmount).toBeLessThanOrEqual(b.orderAmount ?? 0);
          for (const invoice of payment.invoices) {
            expect(invoiceCreditableAmount(invoice)).toBeGreaterThanOrEqual(0);
            expect(invoice.paidAmount + invoice.defaultedAmount).toBeLessThanOrEqual(
              invoice.amount,
            );
          }
        }
      }),
      { seed: 20250310, numRuns: 150 },
    );
  });
});
