import { PactV4 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import type { Transport } from '../../client/index.js';
import { CONSUMER, freshPactDir, PROVIDER } from '../pact-files.js';
import { contractCases } from './cases/index.js';
import { interact } from './interact.js';

const pactFor = () =>
  new PactV4({
    consumer: CONSUMER,
    provider: PROVIDER,
    dir: freshPactDir('explain'),
    logLevel: 'error',
  });

const base = contractCases.find((c) => c.method === 'creditCheck' && c.outcome === 'ok');
if (!base) throw new Error('no accepted credit check among the cases');

describe('a contract test that fails says why', () => {
  it("names the client's refusal when the client never sent the request", async () => {
    const refused = { ...base, input: { ...base.input, LastName: undefined } };
    await expect(interact(pactFor(), refused)).rejects.toThrow(
      /the client did not send the request: .*LastName/s,
    );
  });

  it("names the bridge's refusal when the client sent something the Paygate could not read", async () => {
    const wrongMac: (bridge: Transport) => Transport = (bridge) => async (request) => {
      const form = new URLSearchParams(request.body);
      form.set('MerchantID', 'someone_else');
      return bridge({ ...request, body: form.toString() });
    };
    await expect(interact(pactFor(), base, { wrapTransport: wrongMac })).rejects.toThrow(
      /the codec bridge refused what the client sent: BridgeError: client sent MerchantID someone_else/,
    );
  });
});
