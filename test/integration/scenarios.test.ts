import { beforeEach, describe, expect, it } from 'vitest';
import { validUpFields } from '../fixtures/requests.js';
import { createOrder, creditCheck, freshBcFields, openOrder, update } from '../helpers/flows.js';
import { createTestSimulator, type TestSimulator } from '../helpers/simulator.js';

/** Everything the engine keeps for both test merchants, to prove a call changed nothing. */
function stateOf(sim: TestSimulator): string {
  const { store } = sim.parts;
  return JSON.stringify(
    ['shop_blowfish', 'shop_aes'].map((merchant) => ({
      payments: store.listPayments(merchant),
      debtors: store.listDebtors(merchant),
    })),
  );
}

describe('POST /__sim/scenarios', () => {
  const sim = createTestSimulator();
  beforeEach(async () => {
    await sim.admin().post('/__sim/reset').expect(200);
  });

  it('makes the next BC fail with the scripted code, and the one after it pass', async () => {
    const created = await sim
      .admin()
      .post('/__sim/scenarios')
      .send({ match: { eventToken: 'BC' }, respond: { code: '22010012' }, times: 1 })
      .expect(201);
    expect(created.body).toMatchObject({ id: expect.any(String), remaining: 1, hits: 0 });

    const scripted = await creditCheck(sim);
    expect(scripted.fields).toMatchObject({ Status: 'FAILED', Code: '22010012' });
    expect(scripted.decoded.kind).toBe('encrypted');
    const normal = await creditCheck(sim);
    expect(normal.fields).toMatchObject({ Status: 'OK', Code: '00000000' });
  });

  it('lists rules with remaining uses and hits, and deletes one or all', async () => {
    const { body: first } = await sim
      .admin()
      .post('/__sim/scenarios')
      .send({ match: { eventToken: 'OC' }, respond: { key: 'business.no-order' }, times: 3 });
    await sim
      .admin()
      .post('/__sim/scenarios')
      .send({ id: 'always-up', match: { eventToken: 'UP' }, pass: true, times: 'always' });
    const payId = (await creditCheck(sim)).fields.PayID ?? '';
    expect((await createOrder(sim, payId)).fields.Code).toBe(sim.code('business.no-order'));

    const listed = await sim.admin().get('/__sim/scenarios').expect(200);
    expect(listed.body.scenarios).toEqual([
      expect.objectContaining({ id: first.id, source: 'api', times: 3, remaining: 2, hits: 1 }),
      expect.objectContaining({ id: 'always-up', remaining: 'always', hits: 0 }),
    ]);
    await sim.admin().get('/__sim/scenarios/always-up').expect(200);
    expect((await sim.admin().delete(`/__sim/scenarios/${first.id}`).expect(200)).body).toEqual({
      deleted: first.id,
    });
    await sim.admin().delete(`/__sim/scenarios/${first.id}`).expect(404);
    expect((await sim.admin().delete('/__sim/scenarios').expect(200)).body).toEqual({ deleted: 1 });
    expect((await sim.admin().get('/__sim/scenarios')).body.scenarios).toEqual([]);
  });

  it('adds a list of rules at once', async () => {
    const response = await sim
      .admin()
      .post('/__sim/scenarios')
      .send([{ respond: { code: '22010001' } }, { respond: { code: '22010002' } }])
      .expect(201);
    expect(response.body.scenarios).toHaveLength(2);
  });

  it("takes a shop's own field name, matches it as sent, and warns of a name the reference lacks", async () => {
    const added = await sim
      .admin()
      .post('/__sim/scenarios')
      .send({
        id: 'own-field',
        match: { fields: { ShopBranch: '^North$' } },
        respond: { code: '22010001' },
      })
      .expect(201);
    expect(added.body.warnings).toEqual([
      'match.fields.ShopBranch: no parameter of the reference; matches only calls that send this very name',
    ]);
    const other = await sim.call({ ...freshBcFields(sim), ShopBranch: 'South' });
    expect(other.fields.Code).toBe(sim.code('ok'));
    const north = await sim.call({ ...freshBcFields(sim), ShopBranch: 'North' });
    expect(north.fields.Code).toBe('22010001');
  });

  it('answers 400 naming the field that is wrong', async () => {
    const badCode = await sim
      .admin()
      .post('/__sim/scenarios')
      .send({ respond: { code: '123' } })
      .expect(400);
    expect(badCode.body).toMatchObject({
      error: 'invalid-scenario',
      message: expect.stringMatching(/^respond\.code: /),
    });
    const badKey = await sim
      .admin()
      .post('/__sim/scenarios')
      .send({ respond: { key: 'business.nope' } })
      .expect(400);
    expect(badKey.body.message).toMatch(/^respond\.key: unknown catalogue key "business\.nope"/);
    const typo = await sim
      .admin()
      .post('/__sim/scenarios')
      .send({ match: { evenToken: 'BC' }, pass: true })
      .expect(400);
    expect(typo.body.issues).toContainEqual({
      path: 'match.evenToken',
      message: expect.stringContaining('evenToken'),
    });
    const inList = await sim
      .admin()
      .post('/__sim/scenarios')
      .send([{ pass: true }, { times: 1 }])
      .expect(400);
    expect(inList.body.message).toMatch(/^\[1\]: expected respond, fault, pass or sequence/);
    await sim.admin().post('/__sim/scenarios').send({ id: 'twice', pass: true }).expect(201);
    const twice = await sim
      .admin()
      .post('/__sim/scenarios')
      .send({ id: 'twice', pass: true })
      .expect(409);
    expect(twice.body.error).toBe('duplicate-id');
  });

  it('is emptied by /__sim/reset', async () => {
    await sim
      .admin()
      .post('/__sim/scenarios')
      .send({ respond: { code: '22010012' } })
      .expect(201);
    await sim.admin().post('/__sim/reset').expect(200);
    expect((await sim.admin().get('/__sim/scenarios')).body.scenarios).toEqual([]);
    expect((await creditCheck(sim)).fields.Status).toBe('OK');
  });
});

describe('a scripted answer', () => {
  const sim = createTestSimulator();
  beforeEach(async () => {
    await sim.admin().post('/__sim/reset').expect(200);
  });
  const script = (rule: object) => sim.admin().post('/__sim/scenarios').send(rule).expect(201);

  it('leaves no state behind, on BC, OC and UP alike', async () => {
    const payId = await openOrder(sim);
    const before = stateOf(sim);
    await script({ respond: { code: '22010012' }, times: 3 });
    expect((await creditCheck(sim)).fields.Status).toBe('FAILED');
    expect((await createOrder(sim, payId)).fields.Status).toBe('FAILED');
    expect((await update(sim, 'RG', payId)).fields.Status).toBe('FAILED');
    expect(stateOf(sim)).toBe(before);
  });

  it('is marked in the journal with the scenario id', async () => {
    const { body } = await script({ id: 'qa-1', respond: { code: '22010012' } });
    await creditCheck(sim);
    const { entries } = (await sim.admin().get('/__sim/journal?limit=1')).body;
    expect(entries[0]).toMatchObject({ scenario: { id: body.id }, answer: { Code: '22010012' } });
  });

  it('is not remembered for its ReqId, so a retry meets the next step', async () => {
    await script({
      match: { eventToken: 'BC' },
      sequence: [{ respond: { code: '22010012' } }, { pass: true }],
    });
    const transId = sim.transId();
    const first = await creditCheck(sim, { TransID: transId, ReqId: 'REQ-RETRY-1' });
    const retry = await creditCheck(sim, { TransID: transId, ReqId: 'REQ-RETRY-1' });
    expect(first.fields.Status).toBe('FAILED');
    expect(retry.fields.Status).toBe('OK');
    expect(retry.fields.PayID).not.toBe('0'.repeat(32));
  });

  it('carries the Real Solution extras and keeps the catalogue Description', async () => {
    await script({
      respond: {
        key: 'business.credit-declined',
        codeExt: '114',
        errorText: 'Score too low',
        referenzId: 'RS-1',
      },
    });
    expect((await creditCheck(sim)).fields).toMatchObject({
      Status: 'FAILED',
      Code: '22010012',
      Description: 'Credit check declined by Real Solution',
      CodeExt: '114',
      ErrorText: 'Score too low',
      ReferenzID: 'RS-1',
    });
  });

  it('answers codes the catalogue lacks, with Status from the S digit or as given', async () => {
    await script({ respond: { code: '22019999' } });
    expect((await creditCheck(sim)).fields).toMatchObject({
      Status: 'FAILED',
      Code: '22019999',
      Description: 'Scripted answer 22019999',
    });
    await script({
      respond: { code: '22010012', status: 'OK', description: 'Accepted after manual review' },
    });
    expect((await creditCheck(sim)).fields).toMatchObject({
      Status: 'OK',
      Code: '22010012',
      Description: 'Accepted after manual review',
    });
  });

  it('applies only to calls its match takes', async () => {
    const payId = await openOrder(sim);
    await script({
      match: {
        eventToken: 'UP',
        requestReason: 'RG',
        customerId: validUpFields('RG').DebitorID,
        amount: { min: 1 },
        fields: { invoicenr: '.' },
      },
      respond: { code: '22010016' },
    });
    expect((await update(sim, 'ZA', payId, { Amount: '1' })).fields.Code).not.toBe('22010016');
    expect((await update(sim, 'RG', payId)).fields.Code).toBe('22010016');
  });

  it('takes a higher priority first', async () => {
    await script({ respond: { code: '22010001' } });
    await script({ priority: 1, respond: { code: '22010002' } });
    expect((await creditCheck(sim)).fields.Code).toBe('22010002');
    expect((await creditCheck(sim)).fields.Code).toBe('22010001');
  });

  it('answers a scripted OK without touching the engine', async () => {
    await script({ match: { eventToken: 'OC' }, respond: { code: '00000000' } });
    const before = stateOf(sim);
    const order = await createOrder(sim, 'f'.repeat(32));
    expect(order.fields).toMatchObject({ Status: 'OK', Code: '00000000', PayID: 'f'.repeat(32) });
    expect(stateOf(sim)).toBe(before);
  });
});

describe('magic values', () => {
  const sim = createTestSimulator();

  it('fails a BC with OrderDesc=Test:NNNN as code 2201NNNN, without state', async () => {
    const before = stateOf(sim);
    const answer = await creditCheck(sim, { OrderDesc: 'Test:0012' });
    expect(answer.fields).toMatchObject({ Status: 'FAILED', Code: '22010012' });
    expect(stateOf(sim)).toBe(before);
    const { entries } = (await sim.admin().get('/__sim/journal?limit=1')).body;
    expect(entries[0].scenario).toEqual({ id: 'magic:OrderDesc' });
  });

  it('lets OrderDesc=Test:0000 succeed for real', async () => {
    const answer = await creditCheck(sim, { OrderDesc: 'Test:0000' });
    expect(answer.fields).toMatchObject({ Status: 'OK', Code: '00000000' });
    expect(sim.parts.store.getPayment('shop_blowfish', answer.fields.PayID ?? '')).toBeDefined();
  });

  it('answers any code written in full, on LastName too', async () => {
    expect((await creditCheck(sim, { OrderDesc: 'Test:20140003' })).fields.Code).toBe('20140003');
    expect((await creditCheck(sim, { LastName: 'Test-22010012' })).fields.Code).toBe('22010012');
  });

  it('fails an OC or OS in the test currency XTS by its amount', async () => {
    const payId = await openOrder(sim);
    const order = await createOrder(sim, payId, { Currency: 'XTS', Amount: '4' });
    expect(order.fields).toMatchObject({ Status: 'FAILED', Code: '22010004' });
  });

  it('gives way to a scenario rule, but still works behind a rule that passes', async () => {
    await sim
      .admin()
      .post('/__sim/scenarios')
      .send({ fault: { latencyMs: 1 } })
      .expect(201);
    expect((await creditCheck(sim, { OrderDesc: 'Test:0012' })).fields.Code).toBe('22010012');
    await sim
      .admin()
      .post('/__sim/scenarios')
      .send({ respond: { code: '22010001' } })
      .expect(201);
    expect((await creditCheck(sim, { OrderDesc: 'Test:0012' })).fields.Code).toBe('22010001');
  });
});
