import { describe, expect, it } from 'vitest';
import {
  PaygateClient,
  type PaygateClientOptions,
  PaygateConnectionError,
  PaygateGarbledResponseError,
  PaygateHttpError,
  PaygateMacError,
  PaygateTimeoutError,
  PaygateUnencryptedFailure,
  type Transport,
} from '../../../client/index.js';
import { blowfishCipher } from '../../../protocol/crypto/blowfish.js';
import { writePlaintext } from '../../../protocol/plaintext.js';
import { answer, clientKeys, fakeGateway, keys, okFields, orderInput } from './fake-gateway.js';

function failureOf(transport: Transport, extra: Partial<PaygateClientOptions> = {}) {
  const client = new PaygateClient({ ...clientKeys, transport, ...extra });
  return client.createOrder(orderInput).catch((e: unknown) => e);
}

const connectionRefused = Object.assign(new TypeError('fetch failed'), {
  cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8080'), { code: 'ECONNREFUSED' }),
});

describe('PaygateClient transport failures', () => {
  it('maps no answer within the timeout to a timeout error', async () => {
    const never: Transport = () => new Promise(() => {});
    const error = await failureOf(never, { timeoutMs: 20 });
    expect(error).toBeInstanceOf(PaygateTimeoutError);
  });

  it('maps a transport that rejects with the timeout reason to a timeout error', async () => {
    const honoursSignal: Transport = ({ signal }) =>
      new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
    expect(await failureOf(honoursSignal, { timeoutMs: 20 })).toBeInstanceOf(PaygateTimeoutError);
  });

  it('maps a refused or reset connection to a connection error', async () => {
    const refused = await failureOf(() => Promise.reject(connectionRefused));
    const reset = await failureOf(() =>
      Promise.reject(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })),
    );
    expect(refused).toBeInstanceOf(PaygateConnectionError);
    expect((refused as Error).message).toContain('ECONNREFUSED');
    expect(reset).toBeInstanceOf(PaygateConnectionError);
  });

  it('maps a 5xx to an HTTP error holding status and body', async () => {
    const error = await failureOf(async () => ({ status: 503, body: 'Service Unavailable' }));
    expect(error).toBeInstanceOf(PaygateHttpError);
    expect(error).toMatchObject({ httpStatus: 503, body: 'Service Unavailable' });
  });

  it('throws an unencrypted failure for a plain FAILED body, even without throwOnFailure', async () => {
    const body =
      'PayID=00000000000000000000000000000000&TransID=na&Status=FAILED&Description=UnexpectedError';
    const error = await failureOf(async () => ({ status: 200, body }), { throwOnFailure: false });
    expect(error).toBeInstanceOf(PaygateUnencryptedFailure);
    expect(error).toMatchObject({ status: 'FAILED', description: 'UnexpectedError' });
  });

  it('throws a garbled-response error for data that does not decrypt', async () => {
    const notHex = await failureOf(async () => ({ status: 200, body: 'MID=x&Len=4&Data=ZZZZ' }));
    const html = await failureOf(async () => ({ status: 200, body: '<html>maintenance</html>' }));
    expect(notHex).toBeInstanceOf(PaygateGarbledResponseError);
    expect(html).toBeInstanceOf(PaygateGarbledResponseError);
  });

  it('throws a garbled-response error for an answer encrypted with another key', async () => {
    const other = { ...keys, encryptionKey: 'another-key' };
    const gateway = fakeGateway((seen) => answer(okFields(seen), other));
    expect(await failureOf(gateway.transport)).toBeInstanceOf(PaygateGarbledResponseError);
  });

  it('rejects an answer whose MAC does not match', async () => {
    const forged = { ...keys, hmacKey: 'not-the-key' };
    const gateway = fakeGateway((seen) => answer(okFields(seen), forged));
    expect(await failureOf(gateway.transport)).toBeInstanceOf(PaygateMacError);
  });

  it('accepts an answer that carries no MAC', async () => {
    const plaintext = writePlaintext({
      MID: 'shop-test',
      TransID: 'T-1001',
      Status: 'OK',
      Code: '00000000',
    });
    const { data, len } = blowfishCipher(keys.encryptionKey).encrypt(plaintext);
    const client = new PaygateClient({
      ...clientKeys,
      transport: async () => ({ status: 200, body: `MID=shop-test&Len=${len}&Data=${data}` }),
    });
    await expect(client.createOrder(orderInput)).resolves.toMatchObject({ ok: true });
  });

  it('passes on an abort requested by the caller, untouched', async () => {
    const controller = new AbortController();
    const never: Transport = () => new Promise(() => {});
    const client = new PaygateClient({ ...clientKeys, transport: never, autoReqId: true });
    const pending = client.createOrder(orderInput, { signal: controller.signal });
    controller.abort(new Error('user cancelled'));
    await expect(pending).rejects.toThrow('user cancelled');
  });
});
