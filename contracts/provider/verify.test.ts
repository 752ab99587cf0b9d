import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../../simulator/start.js';
import { LIVE_VARIABLES, liveTarget } from '../bridge/merchants.js';
import { brokerFromEnv } from '../broker.js';
import { COMMITTED_PACT } from '../pact-files.js';
import { SIMULATOR_ONLY_STATES, type StateName } from '../states.js';
import { liveStateHandlers } from './live-states.js';
import { SIMULATOR_KEYS, startContractSimulator } from './provider-keys.js';
import { simulatorStateHandlers } from './simulator-states.js';
import { pactSubset, verifyPact } from './verify-pact.js';

// The provider verifies the committed pact, never a freshly generated one,
// so this file does not depend on the consumer tests having run first.

/** The committed pact without the interactions whose states only the simulator can build. */
function livePact() {
  return pactSubset(
    COMMITTED_PACT,
    (i) => !(i.providerStates ?? []).some((s) => SIMULATOR_ONLY_STATES.has(s.name as StateName)),
  );
}

describe('the simulator against the committed Paygate contract', () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startContractSimulator();
  });
  afterAll(() => sim.close());

  it('honours every interaction', async () => {
    const verified = verifyPact({
      pactFiles: [COMMITTED_PACT],
      target: sim.url,
      keys: SIMULATOR_KEYS,
      stateHandlers: simulatorStateHandlers(sim.url, SIMULATOR_KEYS),
    });
    await expect(verified).resolves.toBeDefined();
  }, 60_000);

  // The live run's own machinery (client-built states, no resets, unique
  // TransIDs), proven here so that a live run fails only on live differences.
  it('honours the live subset with states built the live way', async () => {
    const subset = livePact();
    expect(subset.left).toHaveLength(4);
    const runId = '1700000000000';
    const verified = verifyPact({
      pactFiles: [subset.file],
      target: sim.url,
      keys: SIMULATOR_KEYS,
      stateHandlers: liveStateHandlers(sim.url, SIMULATOR_KEYS, runId),
      transIdSuffix: `-${runId}`,
    });
    await expect(verified).resolves.toBeDefined();
  }, 60_000);
});

const live = liveTarget(process.env);
if (!live) console.log(`live Paygate verification skipped: set ${LIVE_VARIABLES.join(', ')}`);

describe.skipIf(!live)('the live Paygate against the committed Paygate contract', () => {
  it('honours every interaction whose state can be built live', async () => {
    if (!live) return;
    const runId = String(Date.now());
    const subset = livePact();
    console.log(`live verification leaves out (simulator-only states): ${subset.left.join('; ')}`);
    const verified = verifyPact({
      pactFiles: [subset.file],
      target: live.baseUrl,
      keys: live.keys,
      stateHandlers: liveStateHandlers(live.baseUrl, live.keys, runId),
      transIdSuffix: `-${runId}`,
    });
    await expect(verified).resolves.toBeDefined();
  }, 300_000);
});

const broker = brokerFromEnv(process.env);

describe.skipIf(!broker)('the simulator against the pacts in the Pact Broker', () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startContractSimulator();
  });
  afterAll(() => sim.close());

  it('honours them and publishes the verification result', async () => {
    if (!broker) return;
    const verified = verifyPact({
      pactFiles: [],
      broker,
      target: sim.url,
      keys: SIMULATOR_KEYS,
      stateHandlers: simulatorStateHandlers(sim.url, SIMULATOR_KEYS),
    });
    await expect(verified).resolves.toBeDefined();
  }, 120_000);
});
