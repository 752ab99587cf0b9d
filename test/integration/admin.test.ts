import { describe, expect, it } from 'vitest';
import { creditCheck } from '../helpers/flows.js';
import { createTestSimulator } from '../helpers/simulator.js';

describe('the /__sim/ admin API', () => {
  const sim = createTestSimulator();

  it('reports health with the merchant ids and no keys', async () => {
    const response = await sim.admin().get('/__sim/health').expect(200);
    expect(response.body).toMatchObject({
      status: 'ok',
      merchants: ['shop_blowfish', 'shop_aes'],
      demoMerchant: false,
    });
    expect(JSON.stringify(response.body)).not.toContain('test-hmac');
  });

  it('shows a checked debtor and the payment with its balances', async () => {
    const check = await creditCheck(sim);
    const payId = check.fields.PayID ?? '';
    const debtors = await sim.admin().get('/__sim/debtors/shop_blowfish').expect(200);
    const customerId = (debtors.body.debtors as { customerId: string; payIds: string[] }[]).find(
      (d) => d.payIds.includes(payId),
    )?.customerId;
    const debtor = await sim.admin().get(`/__sim/debtors/shop_blowfish/${customerId}`).expect(200);
    expect(debtor.body.payIds).toContain(payId);
    const payment = await sim.admin().get(`/__sim/payments/shop_blowfish/${payId}`).expect(200);
    expect(payment.body).toMatchObject({
      payId,
      origin: 'BC',
      invoices: [],
      balances: { openAmount: 0 },
    });
    const list = await sim.admin().get('/__sim/payments/shop_blowfish').expect(200);
    expect(list.body.payments.map((p: { payId: string }) => p.payId)).toContain(payId);
  });

  it('answers 404 for unknown debtors, payments and merchants', async () => {
    await sim.admin().get('/__sim/debtors/shop_blowfish/NOBODY').expect(404);
    await sim
      .admin()
      .get('/__sim/payments/shop_blowfish/00000000000000000000000000000000')
      .expect(404);
    const unknown = await sim.admin().get('/__sim/payments/nobody').expect(404);
    expect(unknown.body.error).toBe('unknown-merchant');
    await sim.admin().get('/__sim/nothing').expect(404);
  });

  it('reads, sets and advances the clock', async () => {
    expect((await sim.admin().get('/__sim/clock').expect(200)).body.today).toBe('2024-05-02');
    expect(
      (await sim.admin().post('/__sim/clock').send({ set: '2024-07-01' }).expect(200)).body.today,
    ).toBe('2024-07-01');
    expect(
      (await sim.admin().post('/__sim/clock').send({ advanceDays: 3 }).expect(200)).body.today,
    ).toBe('2024-07-04');
    await sim.admin().post('/__sim/clock').send({ set: 'tomorrow' }).expect(400);
    await sim.admin().post('/__sim/clock').send({}).expect(400);
  });

  it('refuses to move the clock out of four-digit years, and moves nothing then', async () => {
    const before = (await sim.admin().get('/__sim/clock').expect(200)).body.now;
    for (const change of [
      { advanceDays: 1_000_000_000 },
      { advanceDays: -1_000_000 },
      { set: '+275760-09-13' },
      { set: '9999-12-31', advance: { days: 2 } },
      { set: '2024-01-01', advance: { seconds: 1e300 } },
    ]) {
      const refused = await sim.admin().post('/__sim/clock').send(change).expect(400);
      expect(refused.body.error ?? refused.body.issues).toBeDefined();
      expect((await sim.admin().get('/__sim/clock').expect(200)).body.now).toBe(before);
    }
    // The simulator keeps answering calls.
    const health = await sim.admin().get('/__sim/health').expect(200);
    expect(health.body.now).toBe(before);
  });

  it('takes both ends of the range, and builds an invoice on the last day', async () => {
    await sim.admin().post('/__sim/clock').send({ set: '1000-01-01' }).expect(200);
    const last = await sim.admin().post('/__sim/clock').send({ set: '9998-12-31' }).expect(200);
    expect(last.body.today).toBe('9998-12-31');
    await sim.admin().post('/__sim/clock').send({ advanceDays: 1 }).expect(400);
    const state = { merchantId: 'shop_blowfish', kind: 'invoice', amount: 1000, currency: 'EUR' };
    await sim.admin().post('/__sim/state').send(state).expect(201);
    await sim.admin().post('/__sim/reset').expect(200);
  });

  it('reads a JSON body whatever its Content-Type, and says so when a body is not JSON', async () => {
    const rule = { id: 'curl-without-header', match: { eventToken: 'BC' }, pass: true };
    await sim.admin().post('/__sim/scenarios').type('form').send(JSON.stringify(rule)).expect(201);
    await sim.admin().delete('/__sim/scenarios/curl-without-header').expect(200);
    const form = await sim
      .admin()
      .post('/__sim/scenarios')
      .type('form')
      .send('match=BC&respond=22010012')
      .expect(400);
    expect(form.body.message).toMatch(/^admin calls take a JSON body; this one is not JSON/);
    await sim.admin().post('/__sim/reset').expect(200);
  });

  it("refuses changes from another site's web page, and lets curl, loopback pages and reads pass", async () => {
    const rule = { match: { eventToken: 'BC' }, respond: { code: '22010012' }, times: 'always' };
    const foreign = await sim
      .admin()
      .post('/__sim/scenarios')
      .set('Origin', 'https://evil.example')
      .type('text/plain')
      .send(JSON.stringify(rule))
      .expect(403);
    expect(foreign.body.error).toBe('cross-origin');
    await sim.admin().post('/__sim/reset').set('Origin', 'null').expect(403);
    expect((await sim.admin().get('/__sim/scenarios').expect(200)).body.scenarios).toEqual([]);
    await sim.admin().get('/__sim/health').set('Origin', 'https://evil.example').expect(200);
    await sim.admin().post('/__sim/reset').set('Origin', 'http://localhost:3000').expect(200);
    await sim.admin().post('/__sim/reset').expect(200);
  });

  it('answers malformed JSON with 400', async () => {
    await sim
      .admin()
      .post('/__sim/clock')
      .set('Content-Type', 'application/json')
      .send('{not json')
      .expect(400);
  });

  it('resets state, journal, clock and id sequence', async () => {
    const first = await sim.admin().post('/__sim/reset').expect(200);
    const seededA = await sim
      .admin()
      .post('/__sim/state')
      .send({ kind: 'credit-check', customerId: 'K-R' })
      .expect(201);
    await sim.admin().post('/__sim/clock').send({ advanceDays: 10 });
    await sim.admin().post('/__sim/reset').expect(200);
    expect(
      (await sim.admin().get('/__sim/payments/shop_blowfish').expect(200)).body.payments,
    ).toEqual([]);
    expect((await sim.admin().get('/__sim/journal').expect(200)).body.entries).toEqual([]);
    expect((await sim.admin().get('/__sim/clock')).body.now).toBe(first.body.now);
    const seededB = await sim
      .admin()
      .post('/__sim/state')
      .send({ kind: 'credit-check', customerId: 'K-R' })
      .expect(201);
    expect(seededB.body.payId).toBe(seededA.body.payId);
  });
});
