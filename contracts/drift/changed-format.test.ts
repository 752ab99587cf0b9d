import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../../simulator/start.js';
import { SIMULATOR_KEYS, startContractSimulator } from '../provider/provider-keys.js';
import { startRewritingProxy } from './rewriting-proxy.js';
import { verifySubset } from './verify-subset.js';

// Drift 2: the simulator changes a format, on the answer side and on the request side.
const creditCheck = 'a credit check for a payment guarantee (BC ZG)';
const order = 'an order for a checked PayID (OC)';

describe('a simulator that changed a format', () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startContractSimulator();
  });
  afterAll(() => sim.close());

  it('passes these interactions while unchanged (the control)', async () => {
    await expect(verifySubset([creditCheck, order], sim.url)).resolves.toBeDefined();
  });

  it('fails verification when its PayIDs come shorter and in lower case (an32 broken)', async () => {
    const proxy = await startRewritingProxy(sim.url, SIMULATOR_KEYS, (fields) => ({
      ...fields,
      ...(fields.PayID ? { PayID: fields.PayID.slice(0, 20).toLowerCase() } : {}),
    }));
    try {
      await expect(verifySubset([creditCheck], proxy.url, { admin: sim.url })).rejects.toThrow();
    } finally {
      await proxy.close();
    }
  });

  it('fails verification when it starts reading RefNr as digits only (n..30 instead of ns..30)', async () => {
    const strict = await startContractSimulator({
      script: ({ fields }) =>
        fields.RefNr !== undefined && !/^\d+$/.test(fields.RefNr)
          ? { codeKey: 'validation.wrong-characters:RefNr' }
          : undefined,
    });
    try {
      await expect(verifySubset([order], strict.url)).rejects.toThrow();
    } finally {
      await strict.close();
    }
  });
});
