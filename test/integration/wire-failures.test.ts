import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { freshBcFields } from '../helpers/flows.js';
import { BLOWFISH_MERCHANT, keysOf } from '../helpers/merchants.js';
import { createTestSimulator } from '../helpers/simulator.js';
import {
  answerOf,
  encryptPlaintext,
  encryptRequest,
  journaledCode,
  plaintextWithMac,
  sendEnvelope,
} from '../helpers/wire.js';

const keys = keysOf(BLOWFISH_MERCHANT);
const ZEROS = '0'.repeat(32);

describe('requests that fail before the business rules', () => {
  const sim = createTestSimulator();
  const bc = () => freshBcFields(sim);

  it('answers an unknown merchant unencrypted, in the live format', async () => {
    const stranger = { ...keys, merchantId: 'nobody' };
    const answer = await sendEnvelope(sim.app, encryptRequest(bc(), stranger), stranger);
    expect(answer.httpStatus).toBe(200);
    expect(answer.decoded.kind).toBe('plain');
    expect(answer.body).toMatch(
      new RegExp(`^PayID=${ZEROS}&TransID=na&Status=FAILED&Description=MerchantID unknown[^&]*$`),
    );
    // Ours: the answer names the merchants this simulator knows.
    expect(answer.fields.Description).toBe(
      'MerchantID unknown; this simulator knows shop_blowfish, shop_aes (check PAYGATE_MERCHANT_ID)',
    );
    expect(answer.code).toBe(sim.code('auth.unknown-merchant'));
  });

  it('answers undecryptable Data unencrypted', async () => {
    const wrongKey = { ...keys, encryptionKey: 'not-the-key' };
    const answer = await sendEnvelope(sim.app, encryptRequest(bc(), wrongKey), keys);
    expect(answer.decoded.kind).toBe('plain');
    expect(answer.code).toBe(sim.code('crypto.decrypt-failed'));
  });

  it('answers Data that is not hex unencrypted', async () => {
    const answer = await sendEnvelope(
      sim.app,
      { MerchantID: keys.merchantId, Len: '10', Data: 'XYZ-not-hex' },
      keys,
    );
    expect(answer.fields).toMatchObject({ Status: 'FAILED' });
    expect(answer.code).toBe(sim.code('crypto.decrypt-failed'));
  });

  it('rejects a wrong MAC, encrypted, echoing TransID', async () => {
    const fields = bc();
    const wrongHmac = { ...keys, hmacKey: 'another-hmac-key' };
    const answer = await sendEnvelope(sim.app, encryptRequest(fields, wrongHmac), keys);
    expect(answer.decoded.kind).toBe('encrypted');
    expect(answer.fields).toMatchObject({
      Status: 'FAILED',
      Code: sim.code('crypto.mac-mismatch'),
      TransID: fields.TransID,
    });
  });

  it('rejects a MerchantID inside Data that differs from the plain one', async () => {
    const inside = plaintextWithMac({ ...bc(), MerchantID: 'someone_else' }, keys);
    const answer = await sendEnvelope(sim.app, encryptPlaintext(inside, keys), keys);
    expect(answer.fields.Code).toBe(sim.code('auth.merchant-mismatch'));
  });

  it('answers a format error with the validation code of the parameter', async () => {
    const answer = await sim.call({ ...bc(), Amount: '12ab' });
    expect(answer.fields).toMatchObject({
      Status: 'FAILED',
      Code: sim.code('validation.wrong-characters:Amount'),
    });
  });

  it('answers a missing mandatory field with the missing code of the parameter', async () => {
    const answer = await sim.call({ ...bc(), LastName: undefined });
    expect(answer.fields.Code).toBe(sim.code('validation.missing:LastName'));
  });

  it.each([
    ['no Data', { MerchantID: keys.merchantId, Len: '10' }],
    ['no Len', { MerchantID: keys.merchantId, Data: 'AABB' }],
    ['a Len with letters', { MerchantID: keys.merchantId, Len: 'ten', Data: 'AABB' }],
    ['no MerchantID', { Len: '4', Data: 'AABB' }],
  ])('answers an envelope with %s unencrypted', async (_what, form) => {
    const answer = await sendEnvelope(sim.app, form, keys);
    expect(answer.httpStatus).toBe(200);
    expect(answer.decoded.kind).toBe('plain');
    expect(answer.fields.Status).toBe('FAILED');
  });

  it('answers a garbage body with a plain FAILED answer', async () => {
    const response = await request(sim.app)
      .post('/debtor.aspx')
      .set('Content-Type', 'application/octet-stream')
      .send(Buffer.from([0, 255, 1, 254, 61, 38]));
    expect(response.status).toBe(200);
    expect(answerOf(response.status, response.text, keys).fields.Status).toBe('FAILED');
  });

  it('answers a JSON body with a plain FAILED answer', async () => {
    const response = await request(sim.app)
      .post('/debtor.aspx')
      .send({ MerchantID: keys.merchantId });
    expect(response.status).toBe(200);
    expect(response.text).toContain('Status=FAILED');
  });

  it('answers an oversized body with transport.body-too-large', async () => {
    const response = await request(sim.app)
      .post('/debtor.aspx')
      .type('form')
      .send(`Data=${'A'.repeat(70 * 1024)}`);
    expect(response.status).toBe(200);
    expect(answerOf(response.status, response.text, keys).fields).toMatchObject({
      Status: 'FAILED',
      Description: sim.parts.catalogue.get('transport.body-too-large').en,
    });
    expect(await journaledCode(sim.app)).toBe(sim.code('transport.body-too-large'));
  });

  it('answers unknown paths with 404 and a short text', async () => {
    const response = await request(sim.app).post('/giropay.aspx');
    expect(response.status).toBe(404);
    expect(response.text.length).toBeLessThan(200);
  });
});
