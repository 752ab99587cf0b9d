import { describe, expect, it } from 'vitest';
import { createTestSimulator } from '../helpers/simulator.js';

const sim = createTestSimulator({ clockStart: '2026-03-02T09:00:00Z' });

const VISA = { CCNr: '4111111111111111', CCExpiry: '203012', CCBrand: 'VISA', CCCVC: '123' };

function direct(fields: Record<string, string> = {}) {
  return sim.call(
    { TransID: sim.transId(), Amount: '10000', Currency: 'EUR', ...VISA, ...fields },
    { path: '/direct.aspx' },
  );
}

function followUp(path: string, payId: string, fields: Record<string, string>) {
  return sim.call({ PayID: payId, TransID: sim.transId(), Currency: 'EUR', ...fields }, { path });
}

describe('card payments server to server', () => {
  it('authorizes on direct.aspx and answers AUTHORIZED with masked card data', async () => {
    const answer = await direct();
    expect(answer.fields).toMatchObject({
      Status: 'AUTHORIZED',
      Code: '00000000',
      CCBrand: 'VISA',
    });
    expect(answer.fields.PayID).toMatch(/^[0-9a-f]{32}$/);
    expect(answer.fields.PCNr).toMatch(/^9\d{11}1111$/);
    expect(answer.body).not.toContain('4111111111111111');
  });

  it('captures in parts, never above what is authorized, and refunds what was captured', async () => {
    const { fields } = await direct();
    const payId = fields.PayID ?? '';
    expect((await followUp('/capture.aspx', payId, { Amount: '4000' })).fields.Status).toBe('OK');
    expect((await followUp('/capture.aspx', payId, { Amount: '5000' })).fields.Status).toBe('OK');
    const over = await followUp('/capture.aspx', payId, { Amount: '1001' });
    expect(over.fields.Code).toBe(sim.code('payments.capture-exceeds-authorization'));
    const creditOver = await followUp('/credit.aspx', payId, { Amount: '9001' });
    expect(creditOver.fields.Code).toBe(sim.code('payments.credit-exceeds-capture'));
    expect((await followUp('/credit.aspx', payId, { Amount: '2500' })).fields.Status).toBe('OK');
    const inquiry = await sim.call({ PayID: payId }, { path: '/inquire.aspx' });
    expect(inquiry.fields).toMatchObject({
      Status: 'OK',
      AmountAuth: '10000',
      AmountCap: '9000',
      AmountCred: '2500',
      LastStatus: 'CREDITED',
    });
  });

  it('reverses the last step only, with its amount', async () => {
    const { fields } = await direct();
    const payId = fields.PayID ?? '';
    await followUp('/capture.aspx', payId, { Amount: '3000' });
    await followUp('/capture.aspx', payId, { Amount: '2000' });
    const wrong = await followUp('/reverse.aspx', payId, { Amount: '3000' });
    expect(wrong.fields.Code).toBe(sim.code('payments.reverse-amount-mismatch'));
    expect((await followUp('/reverse.aspx', payId, { Amount: '2000' })).fields.Status).toBe('OK');
    expect((await followUp('/reverse.aspx', payId, { Amount: '3000' })).fields.Status).toBe('OK');
    expect((await followUp('/reverse.aspx', payId, { Amount: '10000' })).fields.Status).toBe('OK');
    const inquiry = await sim.call({ PayID: payId }, { path: '/inquire.aspx' });
    expect(inquiry.fields).toMatchObject({
      AmountAuth: '0',
      AmountCap: '0',
      LastStatus: 'REVERSED',
    });
    const none = await followUp('/reverse.aspx', payId, { Amount: '10000' });
    expect(none.fields.Code).toBe(sim.code('payments.nothing-to-reverse'));
  });

  it('captures at once with Capture=AUTO', async () => {
    const answer = await direct({ Capture: 'AUTO' });
    expect(answer.fields.Status).toBe('OK');
    const inquiry = await sim.call({ PayID: answer.fields.PayID ?? '' }, { path: '/inquire.aspx' });
    expect(inquiry.fields).toMatchObject({ AmountCap: '10000', LastStatus: 'CAPTURED' });
  });

  it('refuses bad cards with their codes', async () => {
    expect((await direct({ CCNr: '4111111111111112' })).fields.Code).toBe(
      sim.code('validation.invalid:CCNr'),
    );
    expect((await direct({ CCBrand: 'AMEX' })).fields.Code).toBe(
      sim.code('validation.invalid:CCBrand'),
    );
    expect((await direct({ CCExpiry: '202501' })).fields.Code).toBe(
      sim.code('payments.card-expired'),
    );
    const declined = await direct({ CCNr: '4000000000000002' });
    expect(declined.fields).toMatchObject({
      Status: 'FAILED',
      Code: sim.code('payments.card-declined'),
    });
    expect(declined.fields.PayID).not.toBe('0'.repeat(32));
  });
});

describe('payment calls share the debtor interface machinery', () => {
  it('answers a scenario written for a payment call, and leaves other calls alone', async () => {
    const { fields } = await direct();
    const payId = fields.PayID ?? '';
    const added = await sim
      .admin()
      .post('/__sim/scenarios')
      .send({ match: { call: 'capture' }, respond: { code: '22020001' }, times: 1 });
    expect(added.status).toBe(201);
    const scripted = await followUp('/capture.aspx', payId, { Amount: '100' });
    expect(scripted.fields).toMatchObject({ Status: 'FAILED', Code: '22020001' });
    expect((await followUp('/capture.aspx', payId, { Amount: '100' })).fields.Status).toBe('OK');
  });

  it("simulates live's OrderDesc=Test:NNNN on a card authorization", async () => {
    const answer = await direct({ OrderDesc: 'Test:0305' });
    expect(answer.fields.Status).toBe('FAILED');
    expect(answer.fields.Code).toMatch(/0305$/);
  });

  it('replays a capture sent again with the same ReqId instead of capturing twice', async () => {
    const { fields } = await direct();
    const payId = fields.PayID ?? '';
    const capture = {
      PayID: payId,
      TransID: sim.transId(),
      Amount: '6000',
      Currency: 'EUR',
      ReqId: 'cap-1',
    };
    const first = await sim.call(capture, { path: '/capture.aspx' });
    const again = await sim.call(capture, { path: '/capture.aspx' });
    expect(again.body).toBe(first.body);
    const inquiry = await sim.call({ PayID: payId }, { path: '/inquire.aspx' });
    expect(inquiry.fields.AmountCap).toBe('6000');
  });

  it('refuses a missing field and a wrong MAC the Paygate way', async () => {
    const missing = await sim.call(
      { TransID: sim.transId(), Currency: 'EUR' },
      { path: '/capture.aspx' },
    );
    expect(missing.fields.Code).toBe(sim.code('validation.missing:PayID'));
    const unknown = await followUp('/capture.aspx', 'a'.repeat(32), { Amount: '1' });
    expect(unknown.fields.Code).toBe(sim.code('business.unknown-payid'));
  });

  it('keeps card numbers out of the journal and the state API', async () => {
    const answer = await direct({ CCNr: '5555555555554444', CCBrand: 'MasterCard' });
    const journal = await sim.admin().get('/__sim/journal');
    const state = await sim
      .admin()
      .get(`/__sim/gateway-payments/shop_blowfish/${answer.fields.PayID}`);
    expect(JSON.stringify(journal.body)).not.toContain('5555555555554444');
    expect(state.body).toMatchObject({ card: { maskedNumber: '555555******4444' } });
    expect(JSON.stringify(state.body)).not.toContain('5555555555554444');
  });

  it('captures by itself when the hours of Capture=<hours> have passed on the simulator clock', async () => {
    const { fields } = await direct({ Capture: '24' });
    const payId = fields.PayID ?? '';
    const before = await sim.call({ PayID: payId }, { path: '/inquire.aspx' });
    expect(before.fields.AmountCap).toBe('0');
    await sim
      .admin()
      .post('/__sim/clock')
      .send({ advance: { hours: 25 } });
    const after = await sim.call({ PayID: payId }, { path: '/inquire.aspx' });
    expect(after.fields).toMatchObject({ AmountCap: '10000', LastStatus: 'CAPTURED' });
  });

  it('refuses to reverse a capture settled at midnight: only a credit helps then', async () => {
    const { fields } = await direct();
    const payId = fields.PayID ?? '';
    await followUp('/capture.aspx', payId, { Amount: '10000' });
    await sim.admin().post('/__sim/clock').send({ advanceDays: 1 });
    const late = await followUp('/reverse.aspx', payId, { Amount: '10000' });
    expect(late.fields.Code).toBe(sim.code('payments.already-settled'));
    expect((await followUp('/credit.aspx', payId, { Amount: '10000' })).fields.Status).toBe('OK');
  });
});
