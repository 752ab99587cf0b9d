import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../../simulator/start.js';
import { SIMULATOR_KEYS, startContractSimulator } from '../provider/provider-keys.js';
import { startRewritingProxy } from './rewriting-proxy.js';
import { verifySubset } from './verify-subset.js';

// Drift 5: the card calls. A provider whose payment answers change shape or meaning turns red.
const authorization = 'a card authorization with card data (direct.aspx)';
const capture = 'a partial capture of an authorized card payment (capture.aspx)';
const inquiry = 'an inquiry on a captured card payment (inquire.aspx)';
const overCapture = 'a capture above the authorized amount (capture.aspx)';

describe('a simulator whose card payments drifted', () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startContractSimulator();
  });
  afterAll(() => sim.close());

  async function throughProxy(
    rewrite: (fields: Record<string, string>) => Record<string, string>,
    descriptions: string[],
  ) {
    const proxy = await startRewritingProxy(sim.url, SIMULATOR_KEYS, rewrite);
    try {
      return await verifySubset(descriptions, proxy.url, { admin: sim.url });
    } finally {
      await proxy.close();
    }
  }

  it('passes these interactions while unchanged (the control)', async () => {
    await expect(
      verifySubset([authorization, capture, inquiry, overCapture], sim.url),
    ).resolves.toBeDefined();
  });

  it('fails when an authorization answers OK instead of AUTHORIZED', async () => {
    const drift = (f: Record<string, string>) =>
      f.Status === 'AUTHORIZED' ? { ...f, Status: 'OK' } : f;
    await expect(throughProxy(drift, [authorization])).rejects.toThrow();
  });

  it('fails when inquire reports amounts in units with decimals (n..10 broken)', async () => {
    const drift = (f: Record<string, string>) =>
      f.AmountCap ? { ...f, AmountCap: (Number(f.AmountCap) / 100).toFixed(2) } : f;
    await expect(throughProxy(drift, [inquiry])).rejects.toThrow();
  });

  it('fails when a capture above the authorization is booked after all', async () => {
    const lenient = await startContractSimulator({
      script: ({ fields }) =>
        fields.PayID !== undefined && fields.Amount === '10001' ? { codeKey: 'ok' } : undefined,
    });
    try {
      await expect(verifySubset([overCapture], lenient.url)).rejects.toThrow();
    } finally {
      await lenient.close();
    }
  });
});
