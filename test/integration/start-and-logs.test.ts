import { afterAll, describe, expect, it } from 'vitest';
import { decodeResponseBody, encodeRequest } from '../../protocol/wire.js';
import { createLogger } from '../../simulator/log/logger.js';
import { DEMO_MERCHANT } from '../../simulator/merchants/demo-merchant.js';
import { startSimulator } from '../../simulator/start.js';
import { validBcFields } from '../fixtures/requests.js';
import { keysOf as configuredKeys } from '../helpers/merchants.js';
import { createTestSimulator } from '../helpers/simulator.js';

describe('startSimulator', async () => {
  const sim = await startSimulator({ seed: 3 });
  afterAll(() => sim.close());

  it('listens on 127.0.0.1 on a free port', () => {
    expect(sim.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sim.port).toBeGreaterThan(0);
  });

  it('answers the demo merchant over real HTTP', async () => {
    const keys = configuredKeys(DEMO_MERCHANT);
    const form = encodeRequest({ ...validBcFields(), Amount: '1000' }, keys);
    const response = await fetch(`${sim.url}/debtor.aspx`, {
      method: 'POST',
      body: new URLSearchParams(form),
    });
    expect(response.status).toBe(200);
    const decoded = decodeResponseBody(await response.text(), keys);
    expect(decoded.kind === 'encrypted' && decoded.fields.Status).toBe('OK');
  });

  it('serves health', async () => {
    const response = await fetch(`${sim.url}/__sim/health`);
    expect(await response.json()).toMatchObject({
      status: 'ok',
      merchants: ['sim_demo'],
      demoMerchant: true,
    });
  });
});

describe('structured logs', () => {
  const lines: string[] = [];
  const sim = createTestSimulator({ logger: createLogger('info', (line) => lines.push(line)) });

  it('writes one JSON line per call with ids and codes, without secrets or sensitive values', async () => {
    const fields = { ...validBcFields(), TransID: sim.transId(), Amount: '1000' };
    await sim.call(fields);
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0] ?? '{}');
    expect(line).toMatchObject({
      level: 'info',
      msg: 'call',
      EventToken: 'BC',
      RequestReason: 'ZG',
      TransID: fields.TransID,
      merchant: 'shop_blowfish',
      status: 'OK',
      code: '00000000',
    });
    expect(line.PayID).toMatch(/^[0-9a-f]{32}$/);
    expect(typeof line.durationMs).toBe('number');
    for (const value of [
      fields.IBAN,
      fields.BIC,
      fields.DateOfBirth,
      fields.LastName,
      'test-hmac-blowfish',
      'test-blowfish-key',
    ]) {
      expect(lines[0]).not.toContain(value);
    }
  });
});
