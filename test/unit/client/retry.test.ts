import { describe, expect, it } from 'vitest';
import {
  PaygateClient,
  type PaygateClientOptions,
  PaygateConnectionError,
  PaygateDeclinedError,
  PaygateHttpError,
  type TransportResponse,
} from '../../../client/index.js';
import { backoffDelay } from '../../../client/retry.js';
import {
  answer,
  clientKeys,
  fakeGateway,
  okFields,
  orderInput,
  type SeenRequest,
} from './fake-gateway.js';

const resetError = () => Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
const unavailable: TransportResponse = { status: 503, body: 'busy' };

/** A gateway failing the first `failures` attempts with `failure`, then answering OK. */
function flakyGateway(failures: number, failure: () => TransportResponse | Promise<never>) {
  return fakeGateway((seen: SeenRequest, attempt) =>
    attempt <= failures ? failure() : answer(okFields(seen)),
  );
}

function clientWith(
  gateway: ReturnType<typeof fakeGateway>,
  extra: Partial<PaygateClientOptions> = {},
) {
  const sleeps: number[] = [];
  const sleep = async (ms: number) => {
    sleeps.push(ms);
  };
  const client = new PaygateClient({
    ...clientKeys,
    transport: gateway.transport,
    sleep,
    ...extra,
  });
  return { client, sleeps };
}

describe('PaygateClient retries', () => {
  it('never retries a request without ReqId', async () => {
    const gateway = flakyGateway(1, () => Promise.reject(resetError()));
    const { client } = clientWith(gateway);
    await expect(client.createOrder(orderInput)).rejects.toBeInstanceOf(PaygateConnectionError);
    expect(gateway.seen).toHaveLength(1);
  });

  it('retries a connection reset when the call carries a ReqId, with the same body', async () => {
    const gateway = flakyGateway(1, () => Promise.reject(resetError()));
    const { client, sleeps } = clientWith(gateway);
    const result = await client.createOrder(orderInput, { reqId: 'REQ-1' });
    expect(result.ok).toBe(true);
    expect(gateway.seen.map((s) => s.fields.ReqId)).toEqual(['REQ-1', 'REQ-1']);
    expect(gateway.seen[0]?.request.body).toBe(gateway.seen[1]?.request.body);
    expect(sleeps).toEqual([250]);
  });

  it('gives every call its own ReqId with autoReqId and retries a 5xx', async () => {
    const gateway = flakyGateway(2, () => unavailable);
    let counter = 0;
    const { client } = clientWith(gateway, {
      autoReqId: true,
      newReqId: () => `AUTO-${++counter}`,
    });
    await client.createOrder(orderInput);
    await client.createOrder(orderInput);
    expect(gateway.seen.map((s) => s.fields.ReqId)).toEqual([
      'AUTO-1',
      'AUTO-1',
      'AUTO-1',
      'AUTO-2',
    ]);
  });

  it('stops after maxAttempts and throws the last failure, backing off exponentially', async () => {
    const gateway = flakyGateway(10, () => unavailable);
    const { client, sleeps } = clientWith(gateway, {
      retry: { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 300 },
    });
    const error = await client.createOrder(orderInput, { reqId: 'REQ-2' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaygateHttpError);
    expect(gateway.seen).toHaveLength(4);
    expect(sleeps).toEqual([100, 200, 300]);
  });

  it('does not retry a 4xx, nor a FAILED answer', async () => {
    const badRequest = flakyGateway(1, () => ({ status: 400, body: 'bad' }));
    await expect(
      clientWith(badRequest).client.createOrder(orderInput, { reqId: 'R' }),
    ).rejects.toBeInstanceOf(PaygateHttpError);
    expect(badRequest.seen).toHaveLength(1);

    const failed = fakeGateway((seen) =>
      answer({ ...okFields(seen), Status: 'FAILED', Code: '22010012' }),
    );
    await expect(
      clientWith(failed).client.createOrder(orderInput, { reqId: 'R' }),
    ).rejects.toBeInstanceOf(PaygateDeclinedError);
    expect(failed.seen).toHaveLength(1);
  });

  it('caps the backoff delay', () => {
    const policy = { maxAttempts: 10, baseDelayMs: 250, maxDelayMs: 2_000 };
    expect([1, 2, 3, 4, 5, 6].map((retry) => backoffDelay(retry, policy))).toEqual([
      250, 500, 1_000, 2_000, 2_000, 2_000,
    ]);
  });
});
