import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../../simulator/start.js';
import { COMMITTED_PACT } from '../pact-files.js';
import { SIMULATOR_KEYS, startContractSimulator } from '../provider/provider-keys.js';
import { simulatorStateHandlers } from '../provider/simulator-states.js';
import { pactSubset, verifyPact } from '../provider/verify-pact.js';
import { STATES } from '../states.js';

describe('a provider state that cannot be built', () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startContractSimulator();
  });
  afterAll(() => sim.close());

  it('fails verification naming the state and its cause, not only the interaction', async () => {
    const subset = pactSubset(COMMITTED_PACT, (i) =>
      (i.providerStates ?? []).some((s) => s.name === STATES.newDebtor),
    );
    const handlers = {
      ...simulatorStateHandlers(sim.url, SIMULATOR_KEYS),
      [STATES.newDebtor]: async () => {
        throw new Error('state setup: /__sim/reset answered 403');
      },
    };
    const verified = verifyPact({
      pactFiles: [subset.file],
      target: sim.url,
      keys: SIMULATOR_KEYS,
      stateHandlers: handlers,
    });
    await expect(verified).rejects.toThrow(
      `provider state setup failed:\n  - '${STATES.newDebtor}': state setup: /__sim/reset answered 403`,
    );
  }, 60_000);
});
