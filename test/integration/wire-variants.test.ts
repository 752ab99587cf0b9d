import { describe, expect, it } from 'vitest';
import { bytesToHex } from '../../protocol/crypto/hex.js';
import { blowfishKeySchedule } from '../../protocol/crypto/key-schedules.js';
import { padWithNul } from '../../protocol/crypto/padding.js';
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

  it('hands Custom and Plain back outside the encryption, OK and FAILED alike', async () => {
    const extra = { Custom: 'session=123|basket=B-7', Plain: 'shop-7' };
    const ok = await sim.call(bc(), { extra });
    expect(ok.fields.Code).toBe(sim.code('ok'));
    expect(ok.body).toMatch(/&Data=[0-9A-F]+&Plain=shop-7&session=123&basket=B-7$/);
    const failed = await sim.call({ ...bc(), Amount: '12,50' }, { extra });
    expect(failed.fields.Status).toBe('FAILED');
    expect(failed.body).toMatch(/&Plain=shop-7&session=123&basket=B-7$/);
    const unknown = await sim.call(bc(), {
      merchant: { ...BLOWFISH_MERCHANT, merchantId: 'nobody' },
      extra,
    });
    expect(unknown.body).toMatch(
      /^PayID=0{32}&TransID=na&Status=FAILED.*&Plain=shop-7&session=123/,
    );
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

  /** Blowfish over the plaintext's Latin-1 bytes, as an older shop system sends it. */
  function latin1Envelope(plaintext: string, blowfishKey: string) {
    const bytes = Buffer.from(plaintext, 'latin1');
    expect(bytes.length).toBe(plaintext.length);
    const padded = padWithNul(bytes, 8);
    blowfishKeySchedule(Buffer.from(blowfishKey)).encryptInPlace(padded);
    return { MerchantID: keys.merchantId, Len: String(bytes.length), Data: bytesToHex(padded) };
  }

  it('reads a Latin-1 plaintext (Müller as one byte per letter) and stores it right', async () => {
    const fields = { ...bc(), LastName: 'Müller', AddrCity: 'Köln' };
    const plaintext = plaintextWithMac({ ...fields, MerchantID: keys.merchantId }, keys);
    const answer = await sendEnvelope(sim.app, latin1Envelope(plaintext, keys.encryptionKey), keys);
    expect(answer.fields.Code).toBe(sim.code('ok'));
    const debtor = await sim
      .admin()
      .get(`/__sim/debtors/${keys.merchantId}/${fields.CustomerID}`)
      .expect(200);
    expect(debtor.body).toMatchObject({ lastName: 'Müller' });
  });

  it('reads a C1 control sent in UTF-8 as text, refused by validation, not as a wrong key', async () => {
    const answer = await sim.call({ ...bc(), LastName: 'M\u0080ller' });
    expect(answer.decoded.kind).toBe('encrypted');
    expect(answer.fields.Code).toBe(sim.code('validation.wrong-characters:LastName'));
  });

  it('still refuses the same Latin-1 plaintext under a wrong key as undecryptable', async () => {
    const fields = { ...bc(), LastName: 'Müller', MerchantID: keys.merchantId };
    const plaintext = plaintextWithMac(fields, keys);
    const answer = await sendEnvelope(sim.app, latin1Envelope(plaintext, 'another-key'), keys);
    expect(answer.decoded.kind).toBe('plain');
    expect(answer.code).toBe(sim.code('crypto.decrypt-failed'));
  });

  it('answers an AES merchant in AES, with a valid MAC', async () => {
    const answer = await sim.call(bc(), { merchant: AES_MERCHANT });
    expect(answer.body).toMatch(/Data=[0-9A-Fa-f]+-[0-9A-Fa-f]+$/);
    expect(answer.decoded.kind === 'encrypted' && answer.decoded.macValid).toBe(true);
    expect(answer.fields).toMatchObject({ mid: AES_MERCHANT.merchantId, Code: sim.code('ok') });
  });

  it('cannot decrypt Blowfish data for an AES-only merchant', async () => {
    const aesKeys = keysOf(AES_MERCHANT);
    const asBlowfish = {
      ...aesKeys,
      encryption: 'blowfish' as const,
      encryptionKey: 'some-blowfish-key',
    };
    const answer = await sendEnvelope(sim.app, encryptRequest(bc(), asBlowfish), aesKeys);
    expect(answer.code).toBe(sim.code('crypto.decrypt-failed'));
  });
});

describe('a merchant whose client url-encodes the plaintext', () => {
  const encoding = { ...BLOWFISH_MERCHANT, merchantId: 'shop_urlencoded', urlEncoded: true };
  const sim = createTestSimulator({ merchants: [BLOWFISH_MERCHANT, encoding] });
  const encodingKeys = keysOf(encoding);

  /** Plaintext as that client writes it: MAC over the raw values, then every key and value encoded. */
  function urlEncodedPlaintext(fields: Record<string, string>): string {
    const raw = plaintextWithMac({ ...fields, MerchantID: encoding.merchantId }, encodingKeys);
    return raw
      .split('&')
      .map((pair) => {
        const equals = pair.indexOf('=');
        return `${encodeURIComponent(pair.slice(0, equals))}=${encodeURIComponent(pair.slice(equals + 1))}`;
      })
      .join('&');
  }

  it('reads percent-encoded values, umlauts included, for that merchant', async () => {
    const fields = { ...freshBcFields(sim), LastName: 'Müller', AddrStreet: 'Am Hang 3' };
    const plaintext = urlEncodedPlaintext(fields);
    expect(plaintext).toContain('LastName=M%C3%BCller');
    const answer = await sendEnvelope(
      sim.app,
      encryptPlaintext(plaintext, encodingKeys),
      encodingKeys,
    );
    expect(answer.fields.Code).toBe(sim.code('ok'));
    const debtor = await sim
      .admin()
      .get(`/__sim/debtors/${encoding.merchantId}/${fields.CustomerID}`)
      .expect(200);
    expect(debtor.body).toMatchObject({ lastName: 'Müller' });
  });

  it('keeps reading other merchants raw, where % is just a character', async () => {
    const fields = { ...freshBcFields(sim), AddrStreet: 'Weg 100%20' };
    const answer = await sim.call(fields);
    expect(answer.fields.Code).toBe(sim.code('ok'));
    const journal = await sim.admin().get('/__sim/journal?limit=1').expect(200);
    expect(journal.body.entries[0].request.AddrStreet).toBe('Weg 100%20');
  });
});
