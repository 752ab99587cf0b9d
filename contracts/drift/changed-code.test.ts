import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../protocol/codes/index.js';
import type { RunningSimulator } from '../../simulator/start.js';
import { startContractSimulator } from '../provider/provider-keys.js';
import { verifySubset } from './verify-subset.js';

// Drift 3: the code of a business failure, and of a format error, moves (as
// SIM_CODES_FILE would move it).
const unknownPayId = 'an order for an unknown PayID (OC)';
const decimalComma = 'a credit check whose Amount has a decimal comma (BC ZG)';
const movedCode = '20169999';
const movedFormatCode = '21129999';

describe('a simulator whose catalogue moved the unknown-PayID and an Amount format code', () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startContractSimulator({
      codeOverrides: [
        { key: 'business.unknown-payid', code: movedCode },
        { key: 'validation.wrong-characters:Amount', code: movedFormatCode },
      ],
    });
  });
  afterAll(() => sim.close());

  it('really answers with another code than the contract holds', () => {
    expect(sim.parts.catalogue.get('business.unknown-payid').code).toBe(movedCode);
    expect(catalogue.get('business.unknown-payid').code).not.toBe(movedCode);
  });

  it('fails verification of the unknown-PayID interaction', async () => {
    await expect(verifySubset([unknownPayId], sim.url)).rejects.toThrow();
  });

  it('fails verification of the format-error interaction', async () => {
    expect(sim.parts.catalogue.get('validation.wrong-characters:Amount').code).toBe(
      movedFormatCode,
    );
    await expect(verifySubset([decimalComma], sim.url)).rejects.toThrow();
  });

  it('still passes an interaction the change does not touch', async () => {
    await expect(
      verifySubset(['an order for a checked PayID (OC)'], sim.url),
    ).resolves.toBeDefined();
  });
});
