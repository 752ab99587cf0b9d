import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeRequest, encodeResponse } from '../../protocol/wire.js';
import type { RunningSimulator } from '../../simulator/start.js';
import { SIMULATOR_KEYS, startContractSimulator } from '../provider/provider-keys.js';
import { BridgeError, consumerBridge, decryptClientRequest } from './consumer-bridge.js';
import { bridgeHeaders, DEBTOR_PATH } from './headers.js';
import { CONSUMER_KEYS } from './merchants.js';
import { startProviderBridge } from './provider-bridge.js';

const fields = {
  EventToken: 'OC',
  PayID: 'A'.repeat(32),
  TransID: 'T-1',
  RefNr: '1',
  Amount: '100',
  Currency: 'EUR',
};
const formOf = (envelope: Record<string, string>) => ({
  body: new URLSearchParams(envelope).toString(),
});

describe('the consumer bridge', () => {
  it('hands on the plaintext of a correctly signed request', () => {
    const plain = decryptClientRequest(formOf(encodeRequest(fields, CONSUMER_KEYS)), CONSUMER_KEYS);
    expect(plain).toMatchObject({ ...fields, MerchantID: CONSUMER_KEYS.merchantId });
  });

  it('refuses a request whose MAC does not match its fields', () => {
    const wrong = encodeRequest(fields, { ...CONSUMER_KEYS, hmacKey: 'another-key' });
    expect(() => decryptClientRequest(formOf(wrong), CONSUMER_KEYS)).toThrow(BridgeError);
  });

  it('refuses a request for another merchant', () => {
    const other = encodeRequest(fields, { ...CONSUMER_KEYS, merchantId: 'someone_else' });
    expect(() => decryptClientRequest(formOf(other), CONSUMER_KEYS)).toThrow(/MerchantID/);
  });
});

/** A fake Paygate answering every call with `body` (and `status`), recording what it was sent. */
async function fakePaygate(
  body: string,
  status = 200,
): Promise<{ url: string; server: Server; seen: { method?: string; url?: string }[] }> {
  const seen: { method?: string; url?: string }[] = [];
  const server = createServer((req, res) => {
    seen.push({ method: req.method, url: req.url });
    res.writeHead(status, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, seen };
}

describe('the consumer bridge on the way to the mock', () => {
  it.each(['/debtor.aspx', '/another.aspx'])(
    "sends the client's own method and path (%s), so a path drift misses the pact",
    async (path) => {
      const mock = await fakePaygate(JSON.stringify({ Status: 'OK', Code: '00000000' }));
      const bridge = consumerBridge({ mockUrl: mock.url, keys: CONSUMER_KEYS });
      await bridge({
        url: `http://client.invalid${path}`,
        method: 'POST',
        body: new URLSearchParams(encodeRequest(fields, CONSUMER_KEYS)).toString(),
        headers: {},
        signal: AbortSignal.timeout(5000),
      });
      mock.server.close();
      expect(mock.seen).toEqual([{ method: 'POST', url: path }]);
    },
  );
});

const post = (url: string, body: unknown) =>
  fetch(`${url}${DEBTOR_PATH}`, {
    method: 'POST',
    headers: bridgeHeaders(),
    body: JSON.stringify(body),
  });

describe('the provider bridge', () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startContractSimulator();
  });
  afterAll(() => sim.close());

  it('answers the decrypted, MAC-checked fields of a real answer', async () => {
    const bridge = await startProviderBridge({ target: sim.url, keys: SIMULATOR_KEYS });
    const response = await post(bridge.url, { ...fields, PayID: '0'.repeat(31).concat('1') });
    await bridge.close();
    expect(response.status).toBe(200);
    const answer = (await response.json()) as Record<string, string>;
    expect(answer).toMatchObject({
      mid: SIMULATOR_KEYS.merchantId,
      TransID: 'T-1',
      Status: 'FAILED',
    });
    expect(answer).not.toHaveProperty('MAC');
  });

  it.each([
    [
      'a wrong response MAC',
      encodeResponse({ Status: 'OK', Code: '00000000' }, { ...SIMULATOR_KEYS, hmacKey: 'x' }),
      'response-mac',
    ],
    [
      'an unencrypted answer',
      'PayID=00000000000000000000000000000000&TransID=na&Status=FAILED',
      'unencrypted-answer',
    ],
    ['an unreadable answer', 'hello', 'garbled'],
  ])('turns %s into a 502', async (_label, body, reason) => {
    const paygate = await fakePaygate(body);
    const bridge = await startProviderBridge({ target: paygate.url, keys: SIMULATOR_KEYS });
    const response = await post(bridge.url, fields);
    await bridge.close();
    paygate.server.close();
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ bridgeError: reason });
  });

  it.each([201, 204, 302, 500])(
    'turns a valid answer with HTTP %i into a 502: the Paygate answers 200 only',
    async (status) => {
      const answer = encodeResponse({ Status: 'OK', Code: '00000000' }, SIMULATOR_KEYS);
      const paygate = await fakePaygate(status === 204 ? '' : answer, status);
      const bridge = await startProviderBridge({ target: paygate.url, keys: SIMULATOR_KEYS });
      const response = await post(bridge.url, fields);
      await bridge.close();
      paygate.server.close();
      expect(response.status).toBe(502);
      expect(await response.json()).toMatchObject({ bridgeError: 'http', status });
    },
  );

  it('ignores calls that are not bridged', async () => {
    const bridge = await startProviderBridge({ target: sim.url, keys: SIMULATOR_KEYS });
    const response = await fetch(`${bridge.url}${DEBTOR_PATH}`, { method: 'POST', body: '{}' });
    await bridge.close();
    expect(response.status).toBe(404);
  });
});
