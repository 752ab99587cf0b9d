import { describe, expect, it } from 'vitest';
import { freshBcFields } from '../helpers/flows.js';
import { AES_MERCHANT } from '../helpers/merchants.js';
import { createTestSimulator } from '../helpers/simulator.js';

describe('ReqId idempotency', () => {
  const sim = createTestSimulator();
  const bc = (reqId: string) => freshBcFields(sim, { ReqId: reqId });
  const paymentCount = async (merchantId: string) =>
    (await sim.admin().get(`/__sim/payments/${merchantId}`)).body.payments.length as number;

  it('answers a resubmission with the first answer, byte for byte, and acts once', async () => {
    const fields = bc('req-1');
    const first = await sim.call(fields);
    const before = await paymentCount('shop_blowfish');
    const again = await sim.call(fields);
    expect(first.fields.Status).toBe('OK');
    expect(again.body).toBe(first.body);
    expect(await paymentCount('shop_blowfish')).toBe(before);
  });

  it('replays byte for byte even when AES encrypts the resubmission with a new IV', async () => {
    const fields = bc('req-aes');
    const first = await sim.call(fields, { merchant: AES_MERCHANT });
    const again = await sim.call(fields, { merchant: AES_MERCHANT });
    expect(again.body).toBe(first.body);
  });

  it('answers the same ReqId with other content with the first answer, as live, and changes nothing', async () => {
    const fields = bc('req-2');
    const first = await sim.call(fields);
    const before = await paymentCount('shop_blowfish');
    const other = await sim.call({ ...fields, Amount: '2000' });
    expect(other.body).toBe(first.body);
    expect(await paymentCount('shop_blowfish')).toBe(before);
  });

  it('keeps ReqIds apart per merchant', async () => {
    const fields = bc('req-3');
    const blowfish = await sim.call(fields);
    const aes = await sim.call(fields, { merchant: AES_MERCHANT });
    expect(aes.fields.Status).toBe('OK');
    expect(aes.fields.PayID).not.toBe(blowfish.fields.PayID);
  });

  it('rejects a ReqId longer than ans..32', async () => {
    const answer = await sim.call(bc('r'.repeat(33)));
    expect(answer.fields.Code).toBe(sim.code('validation.too-long:ReqId'));
  });

  it('forgets ReqIds on reset', async () => {
    const fields = bc('req-4');
    const first = await sim.call(fields);
    await sim.admin().post('/__sim/reset').expect(200);
    const after = await sim.call({ ...fields, TransID: sim.transId() });
    expect(after.fields.Status).toBe('OK');
    expect(after.body).not.toBe(first.body);
  });
});
