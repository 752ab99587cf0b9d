import { join } from 'node:path';
import { PactV4 } from '@pact-foundation/pact';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../../simulator/start.js';
import { requestTemplate } from '../bridge/matchers.js';
import { CONSUMER_KEYS } from '../bridge/merchants.js';
import { caseNamed } from '../consumer/cases/index.js';
import { callOf, expectedRequest } from '../consumer/contract-case.js';
import { interact } from '../consumer/interact.js';
import { CONSUMER, freshPactDir, PROVIDER, pactFileName } from '../pact-files.js';
import { startContractSimulator } from '../provider/provider-keys.js';
import { PAY_ID_EXPRESSION } from '../states.js';
import { renamed, renamingTransport } from './renaming-transport.js';
import { verifySubset } from './verify-subset.js';

// Drift 1: a client that sends `Amt` where the Paygate reads `Amount`.
const renames = { Amount: 'Amt' };
const orderCase = caseNamed('an order for a checked PayID (OC)');
const driftedClient = (bridge: Parameters<typeof renamingTransport>[0]) =>
  renamingTransport(bridge, CONSUMER_KEYS, renames);

describe('a client that renamed Amount to Amt', () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startContractSimulator();
  });
  afterAll(() => sim.close());

  it('fails its consumer test against the committed expectations', async () => {
    const pact = new PactV4({
      consumer: CONSUMER,
      provider: PROVIDER,
      dir: freshPactDir('drift-consumer'),
      logLevel: 'error',
    });
    const run = interact(pact, orderCase, { wrapTransport: driftedClient });
    await expect(run).rejects.toThrow(/request was incorrect[\s\S]*\bAmt\b/);
  });

  it('records a pact the simulator refuses to honour', async () => {
    const dir = freshPactDir('drift-pact');
    const pact = new PactV4({ consumer: CONSUMER, provider: PROVIDER, dir, logLevel: 'error' });
    // The drifted team updates its expectations too: the pact now says Amt.
    const { eventToken = 'OC' } = callOf(orderCase);
    const requestBody = requestTemplate(eventToken, renamed(expectedRequest(orderCase), renames), {
      fromState: { PayID: PAY_ID_EXPRESSION },
      allowUnknown: true,
    });
    const outcome = await interact(pact, orderCase, { wrapTransport: driftedClient, requestBody });
    expect(outcome.error).toBeUndefined();
    const pactFile = join(dir, pactFileName());
    await expect(verifySubset([orderCase.description], sim.url, { pactFile })).rejects.toThrow();
  });
});
