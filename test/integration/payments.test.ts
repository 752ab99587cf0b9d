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
