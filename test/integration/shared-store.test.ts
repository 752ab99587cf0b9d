import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PaygateClient, type PaygateResult } from '../../client/index.js';
import { type RunningSimulator, startSimulator } from '../../simulator/start.js';
import { PERSON } from '../e2e/client-calls.js';
import { BLOWFISH_MERCHANT } from '../helpers/merchants.js';

/**
 * Two simulators behind one PostgreSQL, as a team runs them behind a load
 * balancer. Needs PAYGATE_SIM_TEST_POSTGRES (a role that may create
 * databases); .ci/run starts Debian's PostgreSQL and sets it, and with
 * PAYGATE_SIM_REQUIRE_POSTGRES=1 a missing database is a failure, not a skip.
 */
const admin = process.env.PAYGATE_SIM_TEST_POSTGRES;
if (!admin && process.env.PAYGATE_SIM_REQUIRE_POSTGRES === '1') {
  throw new Error('PAYGATE_SIM_TEST_POSTGRES is not set: .ci/run starts PostgreSQL and sets it');
}

const merchant = BLOWFISH_MERCHANT;

interface Views {
  payment: { balances: Record<string, number | null>; invoices: unknown[] };
  debtor: { payIds: string[] };
  health: { store: Record<string, { payments: number }> };
}

async function view<K extends keyof Views>(_kind: K, url: string): Promise<Views[K]> {
  return (await (await fetch(url)).json()) as Views[K];
}
const client = (sim: RunningSimulator) =>
  new PaygateClient({
    baseUrl: sim.url,
    merchantId: merchant.merchantId,
    encryptionKey: merchant.blowfishKey,
    hmacKey: merchant.hmacKey,
    env: {},
    throwOnFailure: false,
  });

const debtor = {
  RefNr: '4711',
  Currency: 'EUR',
  ...PERSON,
};

describe.skipIf(!admin)('two replicas sharing one PostgreSQL', () => {
  const database = `paygate_sim_test_${randomBytes(4).toString('hex')}`;
  let url = '';
  let a: RunningSimulator;
  let b: RunningSimulator;

  beforeAll(async () => {
    const root = new pg.Client({ connectionString: admin });
    await root.connect();
    await root.query(`CREATE DATABASE ${database}`);
    await root.end();
    const base = new URL(admin ?? '');
    base.pathname = `/${database}`;
    url = base.toString();
    a = await startSimulator({ merchants: [merchant], store: url });
    b = await startSimulator({ merchants: [merchant], store: url });
  }, 30_000);

  afterAll(async () => {
    await a?.close();
    await b?.close();
    // The pools close asynchronously; give them a moment before the database goes.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const root = new pg.Client({ connectionString: admin });
    await root.connect();
    await root.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await root.end();
  });

  it('keeps an order exact when both replicas invoice it at the same time', async () => {
    const check = await client(a).creditCheck({
      ...debtor,
      TransID: 'SH-BC',
      RequestReason: 'ZG',
      Amount: '10000',
      CustomerID: 'K-SHARED',
    });
    const payId = check.payId ?? '';
    expect(
      (
        await client(b).createOrder({
          PayID: payId,
          TransID: 'SH-OC',
          RefNr: '4711',
          Amount: '10000',
          Currency: 'EUR',
        })
      ).ok,
    ).toBe(true);

    // Twenty invoices of 10.00 on an order of 100.00, alternating replicas, all at once.
    const invoices: Promise<PaygateResult>[] = Array.from({ length: 20 }, (_, i) =>
      client(i % 2 === 0 ? a : b).invoice({
        ...debtor,
        PayID: payId,
        TransID: `SH-RG-${i}`,
        Amount: '1000',
        DebitorID: 'K-SHARED',
        InvoiceNr: `RE-SH-${i}`,
        InvoiceDate: '2025-03-01',
        InvoiceText: 'Teilrechnung',
        NetAmount: '840',
      }),
    );
    const results = await Promise.all(invoices);
    expect(results.filter((r) => r.ok)).toHaveLength(10);
    for (const sim of [a, b]) {
      const payment = await view(
        'payment',
        `${sim.url}/__sim/payments/${merchant.merchantId}/${payId}`,
      );
      expect(payment.balances).toMatchObject({ invoicedAmount: 10000, uninvoicedAmount: 0 });
      expect(payment.invoices).toHaveLength(10);
    }
  });

  it('acts once on a ReqId, whichever replica the retry reaches', async () => {
    const bc = {
      ...debtor,
      TransID: 'SH-REQ',
      RequestReason: 'ZG' as const,
      Amount: '500',
      CustomerID: 'K-REQ',
    };
    const first = await client(a).creditCheck(bc, { reqId: 'shared-req-1' });
    const retried = await client(b).creditCheck(bc, { reqId: 'shared-req-1' });
    expect(retried.raw).toEqual(first.raw);
    const debtorView = await view('debtor', `${b.url}/__sim/debtors/${merchant.merchantId}/K-REQ`);
    expect(debtorView.payIds).toEqual([first.payId]);
  });

  it('shares card payments: authorized on one replica, captured on the other', async () => {
    const auth = await client(a).authorizeCard({
      TransID: 'SH-CC',
      Amount: '5000',
      Currency: 'EUR',
      CCNr: '4111111111111111',
      CCExpiry: '203012',
      CCBrand: 'VISA',
    });
    const captured = await client(b).capture({
      PayID: auth.payId ?? '',
      TransID: 'SH-CAP',
      Amount: '5000',
      Currency: 'EUR',
    });
    expect(captured.ok).toBe(true);
    const inquiry = await client(a).inquire({ PayID: auth.payId ?? '' });
    expect(inquiry.amounts).toMatchObject({ authorized: 5000, captured: 5000 });
  });

  it('keeps the state for a new replica, and a reset on one replica empties all', async () => {
    const c = await startSimulator({ merchants: [merchant], store: url });
    try {
      const before = await view('health', `${c.url}/__sim/health`);
      expect(before.store[merchant.merchantId]?.payments).toBeGreaterThan(0);
      expect((await fetch(`${a.url}/__sim/reset`, { method: 'POST' })).status).toBe(200);
      const after = await view('health', `${c.url}/__sim/health`);
      expect(after.store).toEqual({});
    } finally {
      await c.close();
    }
  });

  it('refuses to start on a database it cannot reach, naming it without the password', async () => {
    const broken = 'postgres://paygate:secret-password@127.0.0.1:1/nowhere';
    await expect(startSimulator({ merchants: [merchant], store: broken })).rejects.toThrow(
      /cannot reach PostgreSQL at postgres:\/\/paygate:\*\*\*@127\.0\.0\.1:1\/nowhere/,
    );
  });
});
