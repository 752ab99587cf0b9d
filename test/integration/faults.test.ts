import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  PaygateClient,
  type PaygateClientOptions,
  PaygateConnectionError,
  PaygateGarbledResponseError,
  PaygateHttpError,
  PaygateMacError,
  PaygateTimeoutError,
  PaygateUnencryptedFailure,
} from '../../client/index.js';
import type { MerchantInput } from '../../simulator/config/merchant-schema.js';
import { type RunningSimulator, startSimulator } from '../../simulator/start.js';
import { validBcFields } from '../fixtures/requests.js';
import { AES_MERCHANT, BLOWFISH_MERCHANT, keysOf } from '../helpers/merchants.js';

const merchants = [BLOWFISH_MERCHANT, AES_MERCHANT];

function clientOf(
  sim: RunningSimulator,
  merchant: MerchantInput = BLOWFISH_MERCHANT,
  options: PaygateClientOptions = {},
): PaygateClient {
  return new PaygateClient({
    ...keysOf(merchant),
    baseUrl: sim.url,
    timeoutMs: 5_000,
    env: {},
    ...options,
  });
}

let transIds = 0;
/** A BC the real client would send, with a TransID and customer of its own. */
function bcInput() {
  const { MerchantID: _merchant, MAC: _mac, ...fields } = validBcFields();
  transIds += 1;
  return { ...fields, TransID: `FAULT-${transIds}`, CustomerID: `F-${transIds}`, Amount: '10000' };
}

async function script(sim: RunningSimulator, rule: object): Promise<void> {
  const response = await fetch(`${sim.url}/__sim/scenarios`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(rule),
  });
  expect(response.status).toBe(201);
}

function paymentsOf(sim: RunningSimulator): number {
  return merchants.reduce((sum, m) => sum + sim.parts.store.listPayments(m.merchantId).length, 0);
}

/** The rejection of `promise`, for asserting on its class and fields. */
async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable('expected the call to fail'),
    (error: unknown) => error,
  );
}

describe('faults seen through the real client', async () => {
  const sim = await startSimulator({ merchants, seed: 5, clockStart: '2024-05-02' });
  afterAll(() => sim.close());
  beforeEach(async () => {
    await fetch(`${sim.url}/__sim/reset`, { method: 'POST' });
  });

  it('reset: a connection error, and no state', async () => {
    await script(sim, { match: { eventToken: 'BC' }, fault: 'reset' });
    const error = await failureOf(clientOf(sim).creditCheck(bcInput()));
    expect(error).toBeInstanceOf(PaygateConnectionError);
    expect(paymentsOf(sim)).toBe(0);
  });

  it('http 503: an HTTP error with the HTML page, and no state', async () => {
    await script(sim, { fault: { http: 503 } });
    const error = await failureOf(clientOf(sim).creditCheck(bcInput()));
    expect(error).toBeInstanceOf(PaygateHttpError);
    expect(error).toMatchObject({
      httpStatus: 503,
      body: expect.stringContaining('<title>503 Service Unavailable</title>'),
    });
    expect(paymentsOf(sim)).toBe(0);
  });

  it('http 500 and 502 with a body of the rule', async () => {
    await script(sim, {
      sequence: [
        { fault: { http: 500 } },
        { fault: { http: { status: 502, body: 'Bad Gateway' } } },
      ],
    });
    expect(await failureOf(clientOf(sim).creditCheck(bcInput()))).toMatchObject({
      httpStatus: 500,
    });
    expect(await failureOf(clientOf(sim).creditCheck(bcInput()))).toMatchObject({
      httpStatus: 502,
      body: 'Bad Gateway',
    });
  });

  it('unencrypted: a plain FAILED answer with the scripted code, and no state', async () => {
    await script(sim, { respond: { code: '22010012' }, fault: 'unencrypted' });
    const error = await failureOf(clientOf(sim).creditCheck(bcInput()));
    expect(error).toBeInstanceOf(PaygateUnencryptedFailure);
    expect((error as PaygateUnencryptedFailure).raw).toMatchObject({
      PayID: '0'.repeat(32),
      TransID: 'na',
      Status: 'FAILED',
      Description: sim.parts.catalogue.byCode('22010012')?.en,
    });
    // Live's plain answer has no Code: the journal keeps the scripted one.
    expect(sim.parts.journal.entries().at(-1)?.code).toBe('22010012');
    expect(paymentsOf(sim)).toBe(0);
  });

  it.each(merchants)(
    'garbled: an unreadable answer for $merchantId, and no state',
    async (merchant) => {
      await script(sim, { fault: 'garbled' });
      const error = await failureOf(clientOf(sim, merchant).creditCheck(bcInput()));
      expect(error).toBeInstanceOf(PaygateGarbledResponseError);
      expect(paymentsOf(sim)).toBe(0);
    },
  );

  it.each(merchants)('badMac: a MAC error for $merchantId, and no state', async (merchant) => {
    await script(sim, { fault: 'badMac' });
    const error = await failureOf(clientOf(sim, merchant).creditCheck(bcInput()));
    expect(error).toBeInstanceOf(PaygateMacError);
    expect(paymentsOf(sim)).toBe(0);
  });

  it('timeout: the client gives up with a timeout error, and no state', async () => {
    await script(sim, { fault: { timeout: { hangMs: 20_000 } } });
    const error = await failureOf(
      clientOf(sim, BLOWFISH_MERCHANT, { timeoutMs: 250 }).creditCheck(bcInput()),
    );
    expect(error).toBeInstanceOf(PaygateTimeoutError);
    expect(paymentsOf(sim)).toBe(0);
  });

  it('timeout: after hangMs the connection closes without an answer', async () => {
    await script(sim, { fault: { timeout: { hangMs: 100 } } });
    const error = await failureOf(clientOf(sim).creditCheck(bcInput()));
    expect(error).toBeInstanceOf(PaygateConnectionError);
  });

  it('latency: the normal answer, later', async () => {
    await script(sim, { fault: { latencyMs: 300 } });
    const started = performance.now();
    const result = await clientOf(sim).creditCheck(bcInput());
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(result).toMatchObject({ ok: true, code: '00000000' });
    expect(paymentsOf(sim)).toBe(1);
  });

  it('latency beyond the timeout: booked, the answer lost, the ReqId retry gets it', async () => {
    await script(sim, { fault: { latencyMs: 1_000 } });
    const client = clientOf(sim, BLOWFISH_MERCHANT, {
      timeoutMs: 200,
      autoReqId: true,
      retry: { maxAttempts: 2 },
      sleep: async () => {},
    });
    const result = await client.creditCheck(bcInput());
    expect(result.ok).toBe(true);
    expect(paymentsOf(sim)).toBe(1);
  });

  it('a sequence of 503 then normal is survived by a client that retries with a ReqId', async () => {
    await script(sim, {
      match: { eventToken: 'BC' },
      sequence: [{ fault: { http: 503 } }, { pass: true }],
    });
    const client = clientOf(sim, BLOWFISH_MERCHANT, { autoReqId: true, sleep: async () => {} });
    expect((await client.creditCheck(bcInput())).ok).toBe(true);
    expect(paymentsOf(sim)).toBe(1);
  });
});

describe('closing a simulator that holds calls', () => {
  it('does not wait for a held call', async () => {
    const sim = await startSimulator({
      merchants,
      scenarios: [{ fault: { timeout: { hangMs: 60_000 } } }],
    });
    const call = failureOf(clientOf(sim).creditCheck(bcInput()));
    await expect.poll(() => sim.parts.held.count()).toBe(1);
    const started = performance.now();
    await sim.close();
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(await call).toBeInstanceOf(PaygateConnectionError);
    expect(sim.parts.held.count()).toBe(0);
  });
});
