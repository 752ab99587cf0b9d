import { describe, expect, it } from 'vitest';
import { session } from '../../examples/session.js';
import { CLOCK_START, useE2e } from './support.js';

describe('the session of docs/session.md', () => {
  const e2e = useE2e();

  it('checks, orders, invoices two of three articles and books their payment', async () => {
    const { client, payment } = e2e();

    const calls = await session(client, '4711', 'K1001', CLOCK_START);

    expect(calls.map((call) => [call.transId, call.status])).toEqual([
      ['4711-BC', 'OK'],
      ['4711-OC', 'OK'],
      ['4711-RG-1', 'OK'],
      ['4711-ZA-1', 'OK'],
    ]);
    const payIds = new Set(calls.map((call) => call.payId));
    expect(payIds.size).toBe(1);
    const stored = await payment(calls[0]?.payId);
    expect(stored.balances).toMatchObject({
      orderAmount: 8925,
      invoicedAmount: 5950,
      paidAmount: 5950,
      openAmount: 0,
      uninvoicedAmount: 2975,
    });
    expect(stored.invoices[0]).toMatchObject({ invoiceNr: 'RE-4711-1', dueDate: '2025-04-02' });
  });
});
