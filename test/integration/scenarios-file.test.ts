import { afterAll, describe, expect, it } from 'vitest';
import {
  PaygateClient,
  PaygateConnectionError,
  PaygateHttpError,
  PaygateMacError,
  PaygateTimeoutError,
} from '../../client/index.js';
import { catalogue } from '../../protocol/codes/index.js';
import { readScenariosFile } from '../../simulator/config/scenarios-file.js';
import type { ScenarioView } from '../../simulator/script/scenario-book.js';
import { startSimulator } from '../../simulator/start.js';
import { validBcFields, validOcFields, validUpFields } from '../fixtures/requests.js';
import { BLOWFISH_MERCHANT, keysOf } from '../helpers/merchants.js';

describe('the sample scenario file examples/scenarios.yaml', async () => {
  const sim = await startSimulator({
    merchants: [BLOWFISH_MERCHANT],
    scenarios: readScenariosFile('examples/scenarios.yaml', catalogue),
  });
  afterAll(() => sim.close());
  const client = new PaygateClient({
    ...keysOf(BLOWFISH_MERCHANT),
    baseUrl: sim.url,
    throwOnFailure: false,
    env: {},
  });
  const { MerchantID: _m, MAC: _mac, ...bc } = validBcFields();
  const listScenarios = async () =>
    ((await (await fetch(`${sim.url}/__sim/scenarios`)).json()) as { scenarios: ScenarioView[] })
      .scenarios;
  let transIds = 0;
  const check = (fields: Record<string, string>) =>
    client.creditCheck({ ...bc, Amount: '10000', TransID: `FILE-${++transIds}`, ...fields });

  it('declines the QA debtor with the Real Solution extras', async () => {
    const result = await check({ CustomerID: 'QA-DECLINE' });
    expect(result).toMatchObject({
      status: 'FAILED',
      code: '22010012',
      codeExt: '114',
      errorText: 'Score below the threshold',
      referenzId: 'RS-QA-0001',
    });
  });

  it('declines large amounts with its own description', async () => {
    expect(await check({ Amount: '6000000' })).toMatchObject({
      code: '22010002',
      description: 'Amount above the limit QA set for this test system',
    });
  });

  it('answers 503 for the maintenance shop and a bad MAC for the forged debtor', async () => {
    await expect(check({ ShopID: 'MAINTENANCE' })).rejects.toBeInstanceOf(PaygateHttpError);
    await expect(check({ CustomerID: 'QA-FORGED' })).rejects.toBeInstanceOf(PaygateMacError);
  });

  it('answers 503 for the maintenance shop on calls whose table has no ShopID too', async () => {
    const payId = (await check({})).payId ?? '';
    const { MerchantID: _m2, MAC: _mac2, ...oc } = validOcFields();
    const order = { ...oc, PayID: payId, Amount: '10000', TransID: 'FILE-OC-SHOP' };
    // ShopID belongs to BC only: send() takes it where the typed createOrder would not.
    await expect(client.send('OC', { ...order, ShopID: 'MAINTENANCE' })).rejects.toBeInstanceOf(
      PaygateHttpError,
    );
  });

  it("loses the answer of a payment for QA-LOST, named by DebitorID or by the PayID's debtor", async () => {
    const impatient = new PaygateClient({
      ...keysOf(BLOWFISH_MERCHANT),
      baseUrl: sim.url,
      timeoutMs: 300,
      env: {},
    });
    const payId = (await check({ CustomerID: 'QA-LOST' })).payId ?? '';
    const { MerchantID: _m2, MAC: _mac2, ...oc } = validOcFields();
    await client.createOrder({ ...oc, PayID: payId, Amount: '10000', TransID: 'FILE-LOST-OC' });
    const { MerchantID: _m3, MAC: _mac3, RequestReason: _r, ...rg } = validUpFields('RG');
    const invoice = { ...rg, PayID: payId, Amount: '10000', TransID: 'FILE-LOST-RG' };
    expect(await client.invoice({ ...invoice, DebitorID: 'QA-LOST' })).toMatchObject({
      status: 'OK',
    });
    const { MerchantID: _m4, MAC: _mac4, RequestReason: _r2, ...za } = validUpFields('ZA');
    const payment = { ...za, PayID: payId, Amount: '5000' };
    for (const [transId, extra] of [
      ['FILE-LOST-ZA-1', { DebitorID: 'QA-LOST' }],
      ['FILE-LOST-ZA-2', {}],
    ] as const) {
      await expect(
        impatient.payment({ ...payment, TransID: transId, ...extra }),
      ).rejects.toBeInstanceOf(PaygateTimeoutError);
    }
  });

  it('resets the first order create of RefNr 999-000001, then behaves normally', async () => {
    const payId = (await check({})).payId ?? '';
    const { MerchantID: _m2, MAC: _mac2, ...oc } = validOcFields();
    const order = { ...oc, PayID: payId, Amount: '10000', RefNr: '999-000001' };
    await expect(client.createOrder({ ...order, TransID: 'FILE-OC-1' })).rejects.toBeInstanceOf(
      PaygateConnectionError,
    );
    expect(await client.createOrder({ ...order, TransID: 'FILE-OC-2' })).toMatchObject({
      status: 'OK',
    });
  });

  it('delays calls of debtors in Teststadt, the field name in any case', async () => {
    const started = performance.now();
    expect((await check({ AddrCity: 'Teststadt' })).status).toBe('OK');
    expect(performance.now() - started).toBeGreaterThanOrEqual(790);
  });

  it('lists the file rules as standing start-up rules', async () => {
    const scenarios = await listScenarios();
    expect(scenarios[0]).toMatchObject({ id: 'forged-answer', priority: 10 });
    expect(scenarios.find((rule) => rule.id === 'decline-qa-debtor')).toMatchObject({
      source: 'startup',
      remaining: 'always',
      hits: 1,
    });
  });

  it('brings the file rules back with fresh counts on reset, dropping API rules', async () => {
    await fetch(`${sim.url}/__sim/scenarios`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ respond: { code: '22010012' } }),
    });
    await fetch(`${sim.url}/__sim/scenarios`, { method: 'DELETE' });
    expect((await check({ CustomerID: 'QA-DECLINE' })).status).toBe('OK');
    await fetch(`${sim.url}/__sim/reset`, { method: 'POST' });
    const scenarios = await listScenarios();
    expect(
      scenarios.every(
        (rule: { source: string; hits: number }) => rule.source === 'startup' && rule.hits === 0,
      ),
    ).toBe(true);
    expect((await check({ CustomerID: 'QA-DECLINE' })).code).toBe('22010012');
  });
});
