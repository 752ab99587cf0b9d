import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../simulator/config/config-error.js';
import { configFromEnv } from '../../simulator/config/env.js';
import { createLogger } from '../../simulator/log/logger.js';
import { MAX_SCENARIO_RULES } from '../../simulator/script/scenario-book.js';
import { DEFAULT_REQID_MEMORY } from '../../simulator/store/retention.js';
import { createOrder, freshBcFields } from '../helpers/flows.js';
import { BLOWFISH_MERCHANT, keysOf } from '../helpers/merchants.js';
import { createTestSimulator } from '../helpers/simulator.js';
import { encryptRequest } from '../helpers/wire.js';

const merchantId = BLOWFISH_MERCHANT.merchantId;

describe('DNS rebinding and the admin token', () => {
  const sim = createTestSimulator({ allowedHosts: ['sandbox.internal'] });

  it('refuses every /__sim route, reads included, for a Host it does not serve', async () => {
    await sim.call(freshBcFields(sim));
    const rebound = { Host: 'evil.example:8080', Origin: 'http://evil.example:8080' };
    for (const [method, path] of [
      ['get', '/__sim/journal'],
      ['get', `/__sim/payments/${merchantId}`],
      ['get', '/__sim/health'],
      ['post', '/__sim/reset'],
      ['post', '/__sim/clock'],
    ] as const) {
      const response = await request(sim.app)[method](path).set(rebound).send({});
      expect(response.status, `${method} ${path}`).toBe(403);
      expect(response.body.error).toBe('host-not-allowed');
    }
    expect(sim.parts.journal.size()).toBe(1);
  });

  it('serves loopback names on any port and the names it was told', async () => {
    for (const host of [
      '127.0.0.1:8080',
      'localhost:3000',
      '[::1]:8080',
      'LOCALHOST',
      'sandbox.internal:8080',
    ]) {
      const response = await request(sim.app).get('/__sim/health').set('Host', host);
      expect(response.status, host).toBe(200);
    }
  });

  it('refuses changes from a page of another allowed name only by Origin', async () => {
    const response = await request(sim.app)
      .post('/__sim/reset')
      .set({ Host: '127.0.0.1:8080', Origin: 'http://evil.example' });
    expect(response.status).toBe(403);
    expect(response.body.error).toBe('cross-origin');
  });

  it('asks for the token on every call but the health check when one is set', async () => {
    const guarded = createTestSimulator({ adminToken: 'sandbox-token-0123456789' });
    expect((await request(guarded.app).get('/__sim/health')).status).toBe(200);
    const without = await request(guarded.app).get('/__sim/journal');
    expect(without.status).toBe(401);
    expect(without.body.message).toMatch(/SIM_ADMIN_TOKEN/);
    const wrong = await request(guarded.app)
      .get('/__sim/journal')
      .set('Authorization', 'Bearer sandbox-token-0123456780');
    expect(wrong.status).toBe(401);
    const bearer = await request(guarded.app)
      .get('/__sim/journal')
      .set('Authorization', 'Bearer sandbox-token-0123456789');
    expect(bearer.status).toBe(200);
    const header = await request(guarded.app)
      .post('/__sim/reset')
      .set('X-Sim-Admin-Token', 'sandbox-token-0123456789');
    expect(header.status).toBe(200);
  });

  it('leaves the Paygate path open to any Host, as live clients reach it through proxies', async () => {
    const envelope = encryptRequest(freshBcFields(sim), keysOf(BLOWFISH_MERCHANT));
    const response = await request(sim.app)
      .post('/debtor.aspx')
      .set('Host', 'paygate.proxy.example')
      .type('form')
      .send(envelope);
    expect(response.text).toMatch(/^MID=/);
  });
});

describe('scenario rules that could freeze the simulator', () => {
  it('matches a catastrophic pattern in linear time: (a+)+$ against 700 characters', async () => {
    const sim = createTestSimulator();
    await sim
      .admin()
      .post('/__sim/scenarios')
      .send({ match: { fields: { OrderDesc: '(a+)+$' } }, respond: { code: '22010012' } })
      .expect(201);
    // JavaScript's backtracking RegExp would not return from this call in a lifetime.
    const answer = await sim.call(freshBcFields(sim, { OrderDesc: `${'a'.repeat(700)}!` }));
    expect(answer.fields.Status).toBe('OK');
    const hit = await sim.call(freshBcFields(sim, { OrderDesc: 'a'.repeat(700) }));
    expect(hit.fields.Code).toBe('22010012');
  });

  it('refuses lookaround, backreferences and overlong patterns with a reason', async () => {
    const sim = createTestSimulator();
    for (const [pattern, reason] of [
      ['(?=a)a', /RE2/],
      ['(a)\\1', /RE2/],
      ['a'.repeat(513), /at most 512 characters/],
    ] as const) {
      const response = await sim
        .admin()
        .post('/__sim/scenarios')
        .send({ match: { fields: { LastName: pattern } }, pass: true });
      expect(response.status).toBe(400);
      expect(response.body.message).toMatch(reason);
    }
  });

  it(`holds at most ${MAX_SCENARIO_RULES} rules and says so`, async () => {
    const sim = createTestSimulator();
    const rules = Array.from({ length: MAX_SCENARIO_RULES }, () => ({ pass: true }));
    await sim.admin().post('/__sim/scenarios').send(rules).expect(201);
    const full = await sim.admin().post('/__sim/scenarios').send({ pass: true });
    expect(full.status).toBe(409);
    expect(full.body).toMatchObject({ error: 'too-many-scenarios' });
    expect(full.body.message).toMatch(/at most 1000 scenario rules/);
    const health = await sim.admin().get('/__sim/health');
    expect(health.body.limits.scenarios).toEqual({
      rules: MAX_SCENARIO_RULES,
      max: MAX_SCENARIO_RULES,
    });
  });

  it('refuses a rule with more fields than any rule needs', async () => {
    const sim = createTestSimulator();
    const fields = Object.fromEntries(Array.from({ length: 33 }, (_, i) => [`F${i}`, 'x']));
    const response = await sim
      .admin()
      .post('/__sim/scenarios')
      .send({ match: { fields }, pass: true });
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/at most 32 fields/);
  });
});

describe('memory held by a long run', () => {
  it('drops the oldest settled payments at the cap, keeps open ones, and warns first', async () => {
    const lines: string[] = [];
    const sim = createTestSimulator({
      maxPayments: 20,
      logger: createLogger('warn', (line) => lines.push(line)),
    });
    const first = await sim.call(freshBcFields(sim));
    const openPayId = first.fields.PayID ?? '';
    const order = await createOrder(sim, openPayId, { Amount: '1000' });
    expect(order.fields.Status).toBe('OK'); // an open order: owed money, never dropped first
    for (let i = 0; i < 60; i++) await sim.call(freshBcFields(sim));

    const stats = sim.parts.store.stats().merchants[merchantId];
    expect(stats?.payments).toBe(20);
    expect(stats?.droppedPayments).toBe(41);
    expect(sim.parts.store.getPayment(merchantId, openPayId)?.order).toBeDefined();
    const messages = lines.map((line) => JSON.parse(line).msg as string);
    expect(messages.findIndex((m) => m.includes('90% of its payment cap'))).toBeLessThan(
      messages.findIndex((m) => m.includes('dropping the oldest settled')),
    );
    expect(messages.filter((m) => m.includes('dropping'))).toHaveLength(1);
    const health = await sim.admin().get('/__sim/health');
    expect(health.body.limits.maxPaymentsPerMerchant).toBe(20);
    expect(health.body.store[merchantId]).toMatchObject({ payments: 20, droppedPayments: 41 });
  });

  it('keeps ReqIds for replays up to a visible window, and warns when one falls out', async () => {
    const lines: string[] = [];
    const sim = createTestSimulator({
      reqIdMemory: 10,
      logger: createLogger('warn', (line) => lines.push(line)),
    });
    const health = await sim.admin().get('/__sim/health');
    expect(health.body.limits.maxReqIdsPerMerchant).toBe(10);
    const firstFields = freshBcFields(sim, { ReqId: 'REQ-0' });
    const first = await sim.call(firstFields);
    for (let i = 1; i <= 10; i++) await sim.call(freshBcFields(sim, { ReqId: `REQ-${i}` }));
    const again = await sim.call(firstFields);
    expect(again.body).not.toBe(first.body); // fallen out: a retry acts again
    expect(lines.some((line) => line.includes('ReqId memory at its cap'))).toBe(true);
    expect(sim.parts.store.stats().merchants[merchantId]?.forgottenReqIds).toBeGreaterThan(0);
    expect(createTestSimulator().parts.store.stats().maxReqIds).toBe(DEFAULT_REQID_MEMORY);
  });

  it('refuses a journal size the process could not hold', () => {
    expect(() => configFromEnv({ SIM_JOURNAL_SIZE: '10000000000' })).toThrow(ConfigError);
    expect(() => configFromEnv({ SIM_JOURNAL_SIZE: '10000000000' })).toThrow(/at most 100000/);
  });
});

describe('calls that must not book or leak', () => {
  it('answers HEAD /debtor.aspx without booking anything', async () => {
    const sim = createTestSimulator();
    const envelope = encryptRequest(freshBcFields(sim), keysOf(BLOWFISH_MERCHANT));
    const response = await request(sim.app).head('/debtor.aspx').query(envelope);
    expect(response.status).toBe(200);
    expect(sim.parts.store.stats().merchants[merchantId]).toBeUndefined();
    expect(sim.parts.journal.size()).toBe(0);
  });

  it('masks an IBAN or a card number written into free text in the journal', async () => {
    const sim = createTestSimulator();
    await sim.call(
      freshBcFields(sim, {
        OrderDesc: 'Bitte von DE89 3704 0044 0532 0130 00 abbuchen',
        Note: 'Karte 4111-1111-1111-1111 hinterlegt',
      }),
    );
    const journal = JSON.stringify(sim.parts.journal.entries());
    expect(journal).not.toContain('3704 0044 0532');
    expect(journal).not.toContain('4111-1111-1111');
    expect(journal).toContain('Bitte von ');
    expect(journal).toContain('0 00 abbuchen');
  });
});

describe('big sandboxes through the admin API', () => {
  it('lists payments in pages with a total, and refuses pages beyond the maximum', async () => {
    const sim = createTestSimulator();
    for (let i = 0; i < 130; i++) await sim.call(freshBcFields(sim));
    const first = await sim.admin().get(`/__sim/payments/${merchantId}`).expect(200);
    expect(first.body).toMatchObject({ total: 130, offset: 0, limit: 100, next: 100 });
    expect(first.body.payments).toHaveLength(100);
    const rest = await sim.admin().get(`/__sim/payments/${merchantId}?offset=100`).expect(200);
    expect(rest.body.payments).toHaveLength(30);
    expect(rest.body).not.toHaveProperty('next');
    expect(rest.body.payments[0].payId).not.toBe(first.body.payments[0].payId);
    await sim.admin().get(`/__sim/payments/${merchantId}?limit=1001`).expect(400);
    await sim.admin().get(`/__sim/debtors/${merchantId}?limit=x`).expect(400);
    const debtors = await sim.admin().get(`/__sim/debtors/${merchantId}?limit=5`).expect(200);
    expect(debtors.body).toMatchObject({ total: 130, limit: 5, next: 5 });
  });

  it('reports calls per merchant in health, unknown merchants under one entry', async () => {
    const sim = createTestSimulator();
    for (let i = 0; i < 3; i++) await sim.call(freshBcFields(sim));
    await request(sim.app)
      .post('/debtor.aspx')
      .type('form')
      .send({ MerchantID: 'nobody', Len: '1', Data: '00' });
    const health = await sim.admin().get('/__sim/health');
    expect(health.body.calls[merchantId]).toEqual({ total: 3, lastMinute: 3 });
    expect(health.body.calls['(unknown)']).toEqual({ total: 1, lastMinute: 1 });
  });
});
