import { describe, expect, it } from 'vitest';
import { freshBcFields } from '../helpers/flows.js';
import { AES_MERCHANT, BLOWFISH_MERCHANT, keysOf } from '../helpers/merchants.js';
import { createTestSimulator } from '../helpers/simulator.js';
import {
  encryptPlaintext,
  encryptRequest,
  plaintextWithMac,
  sendEnvelope,
} from '../helpers/wire.js';

const keys = keysOf(BLOWFISH_MERCHANT);

describe('variants live clients send', () => {
  const sim = createTestSimulator();
  const bc = () => freshBcFields(sim);

  it('accepts GET with a query string', async () => {
    const answer = await sim.call(bc(), { method: 'GET' });
    expect(answer.fields.Code).toBe(sim.code('ok'));
  });

  it('accepts lower-case hex in Data', async () => {
    const answer = await sim.call(bc(), { lowerCaseHex: true });
    expect(answer.fields.Code).toBe(sim.code('ok'));
  });

  it('accepts lower-case names of the plain fields and ignores extra plain fields', async () => {
    const answer = await sim.call(bc(), {
      lowerCaseEnvelope: true,
      extra: { Language: 'de', Custom: 'x' },
    });
    expect(answer.fields.Code).toBe(sim.code('ok'));
  });

  it('accepts lower-case parameter names inside Data', async () => {
    const lower = Object.fromEntries(
      Object.entries({ ...bc(), MerchantID: keys.merchantId }).map(([k, v]) => [
        k.toLowerCase(),
        v,
      ]),
    );
    const plaintext = plaintextWithMac(lower, keys, 'mac');
    const answer = await sendEnvelope(sim.app, encryptPlaintext(plaintext, keys), keys);
    expect(answer.fields.Code).toBe(sim.code('ok'));
  });

  it('answers an AES merchant in AES, with a valid MAC', async () => {
    const answer = await sim.call(bc(), { merchant: AES_MERCHANT });
    expect(answer.body).toMatch(/Data=[0-9A-Fa-f]+-[0-9A-Fa-f]+$/);
    expect(answer.decoded.kind === 'encrypted' && answer.decoded.macValid).toBe(true);
    expect(answer.fields).toMatchObject({ MID: AES_MERCHANT.merchantId, Code: sim.code('ok') });
  });

  it('cannot decrypt Blowfish data for an AES-only merchant', async () => {
    const aesKeys = keysOf(AES_MERCHANT);
    const asBlowfish = {
      ...aesKeys,
      encryption: 'blowfish' as const,
      encryptionKey: 'some-blowfish-key',
    };
    const answer = await sendEnvelope(sim.app, encryptRequest(bc(), asBlowfish), aesKeys);
    expect(answer.fields.Code).toBe(sim.code('crypto.decrypt-failed'));
  });
});
