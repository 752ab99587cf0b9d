import { afterAll, describe, expect, it } from 'vitest';
import { PaygateClient, type PaygateResult } from '../../client/index.js';
import { type CodeEntry, catalogue } from '../../protocol/codes/index.js';
import { startSimulator } from '../../simulator/start.js';
import { validBcFields } from '../fixtures/requests.js';
import { BLOWFISH_MERCHANT, keysOf } from '../helpers/merchants.js';

const entries = catalogue.all();
const transIdOf = (entry: CodeEntry) => `CODE-${entry.code}`;

/** Calls `run` for every entry, a few at a time: fast, without flooding the socket pool. */
async function eachEntry<T>(run: (entry: CodeEntry) => Promise<T>): Promise<Map<CodeEntry, T>> {
  const results = new Map<CodeEntry, T>();
  for (let start = 0; start < entries.length; start += 25) {
    const batch = entries.slice(start, start + 25);
    const answers = await Promise.all(batch.map(run));
    for (const [i, entry] of batch.entries()) results.set(entry, answers[i] as T);
  }
  return results;
}

function expectAnswers(results: Map<CodeEntry, PaygateResult>): void {
  const wrong = [...results].filter(
    ([entry, result]) =>
      result.code !== entry.code ||
      result.status !== entry.status ||
      result.description !== entry.en,
  );
  expect(wrong.map(([entry, result]) => `${entry.code}: ${result.status} ${result.code}`)).toEqual(
    [],
  );
}

// About 1,000 real HTTP calls: generous time for a loaded CI machine.
describe('every catalogue code can be scripted', { timeout: 60_000 }, async () => {
  // One rule per code, told apart by TransID, all loaded at start-up.
  const sim = await startSimulator({
    merchants: [BLOWFISH_MERCHANT],
    scenarios: entries.map((entry) => ({
      match: { eventToken: 'BC', fields: { TransID: `^${transIdOf(entry)}$` } },
      respond: { code: entry.code },
    })),
  });
  afterAll(() => sim.close());
  const client = new PaygateClient({
    ...keysOf(BLOWFISH_MERCHANT),
    baseUrl: sim.url,
    throwOnFailure: false,
    env: {},
  });
  const { MerchantID: _merchant, MAC: _mac, ...bc } = validBcFields();

  it(`has about 500 codes to walk (${entries.length})`, () => {
    expect(entries.length).toBeGreaterThan(400);
    expect(entries.filter((entry) => entry.status === 'OK').map((entry) => entry.code)).toEqual([
      '00000000',
    ]);
  });

  it('answers each code with its Status and Description through a scenario rule', async () => {
    const results = await eachEntry((entry) =>
      client.creditCheck({ ...bc, TransID: transIdOf(entry) }),
    );
    expectAnswers(results);
    expect(sim.parts.store.listPayments(BLOWFISH_MERCHANT.merchantId)).toEqual([]);
  });

  it('answers each code through the magic value OrderDesc=Test:<code>', async () => {
    const magic = entries.filter((entry) => entry.code !== '00000000');
    const results = await eachEntry(async (entry) =>
      magic.includes(entry)
        ? client.creditCheck({
            ...bc,
            TransID: `MAGIC-${entry.code}`,
            OrderDesc: `Test:${entry.code}`,
          })
        : client.creditCheck({ ...bc, TransID: 'MAGIC-OK', OrderDesc: 'Test:0000' }),
    );
    expectAnswers(results);
    // Only Test:0000 reached the engine.
    expect(sim.parts.store.listPayments(BLOWFISH_MERCHANT.merchantId)).toHaveLength(1);
  });
});
