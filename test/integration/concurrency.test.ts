import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PaygateClient, type PaygateResult } from '../../client/index.js';
import { DEMO_MERCHANT } from '../../simulator/merchants/demo-merchant.js';
import { type RunningSimulator, startSimulator } from '../../simulator/start.js';
import type { PaymentSnapshot } from '../../simulator/store/snapshots.js';

/**
 * Many calls at once against a listening simulator, through the real
 * client: the engine's check-and-commit must hold when requests interleave
 * on the socket level, as an ERP with several workers produces them.
 */

const MERCHANT_ID = DEMO_MERCHANT.merchantId;
const CALLS = 30;
const PERSON = {
  FirstName: 'Erika',
  LastName: 'Mustermann',
  AddrStreet: 'Heidestr. 17',
  AddrDistrict: 'Mitte',
};

describe('concurrent calls on one payment', () => {
  let sim: RunningSimulator;
  let client: PaygateClient;
  let counter = 0;
  const transId = (prefix: string) => `${prefix}-${++counter}`;
  const money = (amount: number) => ({ RefNr: '4711', Amount: String(amount), Currency: 'EUR' });
  const code = (key: string) => sim.parts.catalogue.byKey(key)?.code;
  const payment = (payId: string) => sim.parts.store.getPayment(MERCHANT_ID, payId);
  const times = <T>(n: number, call: (i: number) => Promise<T>) =>
    Promise.all(Array.from({ length: n }, (_, i) => call(i)));
  const okCount = (results: readonly PaygateResult[]) => results.filter((r) => r.ok).length;

  beforeAll(async () => {
    sim = await startSimulator({ seed: 11, clockStart: '2025-03-03' });
    client = new PaygateClient({
      baseUrl: sim.url,
      merchantId: MERCHANT_ID,
      encryptionKey: DEMO_MERCHANT.blowfishKey,
      hmacKey: DEMO_MERCHANT.hmacKey,
      env: {},
      throwOnFailure: false,
    });
  });
  afterAll(() => sim.close());

  const creditCheck = (amount: number, customerId = transId('C')) =>
    client.creditCheck({
      TransID: transId('BC'),
      ...money(amount),
      RequestReason: 'ZG',
      CustomerID: customerId,
      ...PERSON,
    });

  async function checkedPayId(amount: number, customerId?: string): Promise<string> {
    const check = await creditCheck(amount, customerId);
    expect(check.code).toBe('00000000');
    return check.payId ?? '';
  }

  async function orderedPayId(amount: number, customerId?: string): Promise<string> {
    const payId = await checkedPayId(amount, customerId);
    const order = await client.createOrder({
      PayID: payId,
      TransID: transId('OC'),
      ...money(amount),
    });
    expect(order.code).toBe('00000000');
    return payId;
  }

  const invoice = (payId: string, amount: number, invoiceNr = transId('RE')) =>
    client.invoice({
      PayID: payId,
      TransID: transId('RG'),
      ...money(amount),
      NetAmount: String(amount),
      DebitorID: 'D-1',
      ...PERSON,
      InvoiceNr: invoiceNr,
      InvoiceDate: '2025-03-03',
      DueDate: '2025-03-17',
      InvoiceText: 'Rechnung',
    });

  it('books exactly the open balance when 30 payments of 1000 race for 10000', async () => {
    const payId = await orderedPayId(10_000);
    expect((await invoice(payId, 10_000)).ok).toBe(true);

    const results = await times(CALLS, () =>
      client.payment({ PayID: payId, TransID: transId('ZA'), ...money(1000) }),
    );

    expect(okCount(results)).toBe(10);
    for (const refused of results.filter((r) => !r.ok)) {
      expect(refused.code).toBe(code('business.payment-above-balance'));
    }
    const { balances, invoices } = payment(payId) as PaymentSnapshot;
    expect(balances).toMatchObject({ paidAmount: 10_000, openAmount: 0 });
    expect(invoices.every((i) => i.openAmount >= 0)).toBe(true);
  });

  it('invoices at most the order amount when 30 invoices of 1000 race for 10000', async () => {
    const payId = await orderedPayId(10_000);

    const results = await times(CALLS, () => invoice(payId, 1000));

    expect(okCount(results)).toBe(10);
    const refusals = new Set(results.filter((r) => !r.ok).map((r) => r.code));
    const allowed = [code('business.amount-above-open'), code('business.order-fully-invoiced')];
    for (const refusal of refusals) expect(allowed).toContain(refusal);
    const { balances } = payment(payId) as PaymentSnapshot;
    expect(balances).toMatchObject({ invoicedAmount: 10_000, uninvoicedAmount: 0 });
  });

  it('creates one order when 30 OCs race for the same PayID', async () => {
    const payId = await checkedPayId(10_000);

    const results = await times(CALLS, (i) =>
      client.createOrder({ PayID: payId, TransID: transId('OC'), ...money(1000 + i) }),
    );

    expect(okCount(results)).toBe(1);
    const winner = results.find((r) => r.ok);
    for (const refused of results.filter((r) => !r.ok)) {
      expect(refused.code).toBe(code('business.order-exists'));
    }
    const stored = payment(payId) as PaymentSnapshot;
    const winnerCall = stored.transactions.find((t) => t.transId === winner?.transId);
    expect(winnerCall).toBeDefined();
    expect(stored.order?.amount).toBe(Number(winnerCall?.amount));
  });

  it('gives every concurrent credit check the same view of the exposure', async () => {
    const customerId = transId('LIMIT');
    await fetch(`${sim.url}/__sim/state`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'debtor', customerId, creditLimit: 10_000 }),
    });
    await orderedPayId(9000, customerId);

    // A check reserves nothing (decision 004), so each sees exposure 9000.
    const results = await times(CALLS, (i) => creditCheck(i % 2 === 0 ? 1000 : 1001, customerId));

    results.forEach((result, i) => {
      if (i % 2 === 0) expect(result.code).toBe('00000000');
      else
        expect([result.code, result.codeExt]).toEqual([code('business.credit-declined'), '2001']);
    });
    const orders = sim.parts.store
      .listPayments(MERCHANT_ID)
      .filter((p) => p.customerId === customerId && p.order);
    expect(orders.reduce((sum, p) => sum + (p.balances.uninvoicedAmount ?? 0), 0)).toBe(9000);
  });

  it('keeps orders within the limit when 20 lanes check and then order at once', async () => {
    const customerId = transId('LANES');
    await fetch(`${sim.url}/__sim/state`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'debtor', customerId, creditLimit: 10_000 }),
    });

    // Checks reserve nothing; the limit is applied again at OC (decision 004).
    await times(20, async () => {
      const check = await creditCheck(1000, customerId);
      if (!check.ok) return check;
      return client.createOrder({
        PayID: check.payId ?? '',
        TransID: transId('OC'),
        ...money(1000),
      });
    });

    const orders = sim.parts.store
      .listPayments(MERCHANT_ID)
      .filter((p) => p.customerId === customerId && p.order);
    expect(orders).toHaveLength(10);
    expect(orders.reduce((sum, p) => sum + (p.balances.uninvoicedAmount ?? 0), 0)).toBe(10_000);
  });

  it('books once and answers identically when 30 calls share one ReqId', async () => {
    const fields = {
      TransID: transId('BC'),
      ...money(2500),
      RequestReason: 'ZG' as const,
      CustomerID: transId('C'),
      ...PERSON,
    };
    const before = sim.parts.store.listPayments(MERCHANT_ID).length;

    const results = await times(CALLS, () => client.creditCheck(fields, { reqId: 'REQ-RACE-1' }));

    expect(okCount(results)).toBe(CALLS);
    expect(new Set(results.map((r) => JSON.stringify(r.raw))).size).toBe(1);
    expect(sim.parts.store.listPayments(MERCHANT_ID).length).toBe(before + 1);
  });

  it('books once when 30 AES calls share one ReqId, though each request has a fresh IV', async () => {
    const aesClient = new PaygateClient({
      baseUrl: sim.url,
      merchantId: MERCHANT_ID,
      encryption: 'aes',
      encryptionKey: DEMO_MERCHANT.aesKey,
      hmacKey: DEMO_MERCHANT.hmacKey,
      env: {},
    });
    const payId = await orderedPayId(10_000);
    const fields = { PayID: payId, TransID: transId('RG'), ...money(4000) };
    const invoiceFields = {
      ...fields,
      NetAmount: '4000',
      DebitorID: 'D-1',
      ...PERSON,
      InvoiceNr: 'RE-AES-RACE',
      InvoiceDate: '2025-03-03',
      InvoiceText: 'Rechnung',
    };

    const results = await times(CALLS, () =>
      aesClient.invoice(invoiceFields, { reqId: 'REQ-RACE-AES' }),
    );

    expect(new Set(results.map((r) => JSON.stringify(r.raw))).size).toBe(1);
    expect((payment(payId) as PaymentSnapshot).balances.invoicedAmount).toBe(4000);
  });
});
