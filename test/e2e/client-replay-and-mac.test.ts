import { describe, expect, it } from 'vitest';
import {
  fetchTransport,
  PaygateClient,
  type PaygateClientOptions,
  PaygateConnectionError,
  PaygateGarbledResponseError,
  PaygateMacError,
  type Transport,
} from '../../client/index.js';
import { cipherFor } from '../../protocol/crypto/select.js';
import { writePlaintext } from '../../protocol/plaintext.js';
import { decodeResponseBody } from '../../protocol/wire.js';
import { clientCalls, DEMO_KEYS, UNKNOWN_PAY_ID } from './client-calls.js';
import { useE2e } from './support.js';

const KEYS = DEMO_KEYS;
const e2e = useE2e();
const clientWith = (options: PaygateClientOptions = {}) =>
  new PaygateClient({
    ...KEYS,
    baseUrl: e2e().sim.url,
    env: {},
    sleep: async () => {},
    ...options,
  });
const { call, checkFields, checked } = clientCalls(() => clientWith(), 'RPM');

async function checkedPayId(): Promise<string> {
  return (await checked()).payId ?? '';
}

/** Forwards to the simulator, but loses the answer of the first attempt (connection reset). */
function losingFirstAnswer(): { transport: Transport; attempts: () => number } {
  let attempts = 0;
  const transport: Transport = async (request) => {
    attempts += 1;
    const response = await fetchTransport(request);
    if (attempts > 1) return response;
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    throw new TypeError('fetch failed', { cause: reset });
  };
  return { transport, attempts: () => attempts };
}

async function ordersOn(payId: string): Promise<number> {
  const payment = await e2e().payment(payId);
  return payment.transactions.filter((t) => t.eventToken === 'OC').length;
}

describe('retries with ReqId against the simulator', () => {
  it('answers a resubmitted ReqId with the first answer and books once', async () => {
    const payId = await checkedPayId();
    const order = { ...call(), PayID: payId };

    const first = await clientWith().createOrder(order, { reqId: 'REQ-OC-1' });
    const again = await clientWith().createOrder(order, { reqId: 'REQ-OC-1' });

    expect(again).toEqual(first);
    expect(await ordersOn(payId)).toBe(1);
    const seen = await e2e().callsWith(order.TransID);
    expect(seen.map((entry) => entry.replayed)).toEqual([false, true]);
  });

  it('retries a lost answer with the same ReqId and receives the first answer', async () => {
    const payId = await checkedPayId();
    const order = { ...call(), PayID: payId };
    const lossy = losingFirstAnswer();

    const result = await clientWith({ autoReqId: true, transport: lossy.transport }).createOrder(
      order,
    );

    expect(lossy.attempts()).toBe(2);
    expect(result.ok).toBe(true);
    expect(await ordersOn(payId)).toBe(1);
    const [booked, replayed] = await e2e().callsWith(order.TransID);
    expect(replayed?.replayed).toBe(true);
    expect(replayed?.request?.ReqId).toBe(booked?.request?.ReqId);
    expect(result.xid).toBe(booked?.answer.XID);
  });

  it('does not retry without ReqId: the order is booked, the answer is lost', async () => {
    const payId = await checkedPayId();
    const order = { ...call(), PayID: payId };
    const lossy = losingFirstAnswer();

    const lost = clientWith({ transport: lossy.transport }).createOrder(order);

    await expect(lost).rejects.toBeInstanceOf(PaygateConnectionError);
    expect(lossy.attempts()).toBe(1);
    expect(await ordersOn(payId)).toBe(1);
  });

  it('answers a ReqId reused with other fields with the first result and books nothing, as live', async () => {
    const payId = await checkedPayId();
    const order = { ...call(), PayID: payId };
    const first = await clientWith().createOrder(order, { reqId: 'REQ-OC-2' });

    const changed = await clientWith().createOrder(
      { ...order, Amount: '5000' },
      { reqId: 'REQ-OC-2' },
    );

    expect(changed).toEqual(first);
    expect((await e2e().payment(payId)).order?.amount).toBe(10_000);
  });
});

/** Passes each real answer through `change` before the client reads it. */
function alteringAnswers(change: (body: string) => string): Transport {
  return async (request) => {
    const response = await fetchTransport(request);
    return { ...response, body: change(response.body) };
  };
}

describe('MAC verification on real answers', () => {
  it('verifies the MAC of every answer, OK and FAILED', async () => {
    const bodies: string[] = [];
    const client = clientWith({
      throwOnFailure: false,
      transport: alteringAnswers((body) => {
        bodies.push(body);
        return body;
      }),
    });
    await client.creditCheck(checkFields());
    await client.createOrder({ ...call(), PayID: UNKNOWN_PAY_ID });

    expect(bodies).toHaveLength(2);
    for (const body of bodies) {
      expect(decodeResponseBody(body, KEYS)).toMatchObject({ kind: 'encrypted', macValid: true });
    }
  });

  it('rejects a real FAILED answer turned into OK, with the MAC left as it was', async () => {
    const forge = (body: string) => {
      const decoded = decodeResponseBody(body, KEYS);
      if (decoded.kind !== 'encrypted') throw new Error(`unexpected answer ${decoded.kind}`);
      const plaintext = writePlaintext({ ...decoded.fields, Status: 'OK', Code: '00000000' });
      const { data, len } = cipherFor('blowfish', KEYS.encryptionKey).encrypt(plaintext);
      return `MID=${KEYS.merchantId}&Len=${len}&Data=${data}`;
    };

    const forged = clientWith({ transport: alteringAnswers(forge) }).createOrder({
      ...call(),
      PayID: UNKNOWN_PAY_ID,
    });

    await expect(forged).rejects.toBeInstanceOf(PaygateMacError);
  });

  it('rejects a real answer whose Data was cut short', async () => {
    const cut = (body: string) => body.slice(0, -5);
    const garbled = clientWith({ transport: alteringAnswers(cut) }).createOrder({
      ...call(),
      PayID: UNKNOWN_PAY_ID,
    });
    await expect(garbled).rejects.toBeInstanceOf(PaygateGarbledResponseError);
  });
});
