import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aesCipher } from '../../protocol/crypto/aes.js';
import { blowfishCipher } from '../../protocol/crypto/blowfish.js';
import { blowfishKeySchedule } from '../../protocol/crypto/key-schedules.js';
import { requestMac, responseMac } from '../../protocol/mac.js';
import { parsePlaintext } from '../../protocol/plaintext.js';
import {
  decodeRequestEnvelope,
  decodeResponseBody,
  decryptRequestData,
  encodeRequest,
  encodeResponse,
  type MerchantKeys,
} from '../../protocol/wire.js';

const blowfishKeys: MerchantKeys = {
  merchantId: 'shop',
  encryptionKey: 'bf-secret',
  hmacKey: 'mySecret',
  encryption: 'blowfish',
};
const aesKeys: MerchantKeys = {
  ...blowfishKeys,
  encryptionKey: '0123456789abcdef',
  encryption: 'aes',
};
const order = { TransID: 'T1', Amount: '100', Currency: 'EUR', Name: 'Müller', PayID: undefined };

function requestPlaintext(form: { Len: string; Data: string }, keys: MerchantKeys): string {
  const decrypted = decryptRequestData({ data: form.Data, len: Number(form.Len) }, keys);
  if (!decrypted.ok) throw new Error(decrypted.reason);
  return decrypted.plaintext;
}

describe('encodeRequest', () => {
  it('encrypts the fields with MerchantID inside and the request MAC last', () => {
    const form = encodeRequest(order, blowfishKeys);
    expect(form.MerchantID).toBe('shop');
    const mac = requestMac({ ...order, MerchantID: 'shop' }, 'mySecret');
    expect(requestPlaintext(form, blowfishKeys)).toBe(
      `MerchantID=shop&TransID=T1&Amount=100&Currency=EUR&Name=Müller&MAC=${mac}`,
    );
  });

  it('replaces a MerchantID or MAC the caller passed, whatever its case', () => {
    const form = encodeRequest({ ...order, merchantid: 'evil', Mac: 'forged' }, blowfishKeys);
    const fields = parsePlaintext(requestPlaintext(form, blowfishKeys));
    expect(Object.keys(fields)).toEqual([
      'MerchantID',
      'TransID',
      'Amount',
      'Currency',
      'Name',
      'MAC',
    ]);
    expect(fields.MerchantID).toBe('shop');
  });

  it('uses AES for an AES merchant', () => {
    const form = encodeRequest(order, aesKeys);
    expect(form.Data).toContain('-');
    expect(requestPlaintext(form, aesKeys)).toContain('Name=Müller');
  });
});

describe('decodeRequestEnvelope', () => {
  it('reads MerchantID, Len and Data in any case and ignores extra fields', () => {
    const form = { merchantid: 'shop', LEN: '12', data: 'AB12', Extra: 'x' };
    expect(decodeRequestEnvelope(form)).toEqual({
      ok: true,
      merchantId: 'shop',
      len: 12,
      data: 'AB12',
    });
  });

  it('takes the first of repeated fields', () => {
    const form = { MerchantID: ['shop', 'other'], Len: '8', Data: 'AB' };
    expect(decodeRequestEnvelope(form)).toMatchObject({ ok: true, merchantId: 'shop' });
  });

  it.each([
    [{ Len: '8', Data: 'AB' }, 'missing-merchant-id'],
    [{ MerchantID: 'shop', Data: 'AB' }, 'missing-len'],
    [{ MerchantID: 'shop', Len: '8', Data: '' }, 'missing-data'],
    [{ MerchantID: 'shop', Len: '-1', Data: 'AB' }, 'bad-len'],
    [{ MerchantID: 'shop', Len: '1.5', Data: 'AB' }, 'bad-len'],
    [{ MerchantID: 'shop', Len: '1e3', Data: 'AB' }, 'bad-len'],
    [{ MerchantID: 'shop', Len: '99999999999999999999', Data: 'AB' }, 'bad-len'],
  ])('refuses %o as %s', (form, reason) => {
    expect(decodeRequestEnvelope(form)).toEqual({ ok: false, reason });
  });
});

describe('decryptRequestData', () => {
  it('detects AES by the dash even for a merchant configured for Blowfish', () => {
    const { data, len } = aesCipher('0123456789abcdef').encrypt('A=1');
    const keys = { ...blowfishKeys, encryptionKey: '0123456789abcdef' };
    expect(decryptRequestData({ data, len }, keys)).toEqual({ ok: true, plaintext: 'A=1' });
  });

  it('returns garbled data as a failure value, not an exception', () => {
    expect(decryptRequestData({ data: 'ZZ', len: 1 }, blowfishKeys)).toEqual({
      ok: false,
      reason: 'not-hex',
    });
    expect(decryptRequestData({ data: 'ABC', len: 1 }, blowfishKeys)).toEqual({
      ok: false,
      reason: 'odd-hex-length',
    });
  });

  it('reports an AES message for a key AES cannot use', () => {
    const { data, len } = aesCipher('0123456789abcdef').encrypt('A=1');
    expect(decryptRequestData({ data, len }, blowfishKeys)).toEqual({
      ok: false,
      reason: 'key-length',
    });
  });
});

describe('encodeResponse and decodeResponseBody', () => {
  const answer = { PayID: 'ab'.repeat(16), TransID: 'T1', Status: 'OK', Code: '00000000' };

  it("writes MID, Len and Data outside, and live's mid inside, first, with the MAC last", () => {
    const body = encodeResponse(answer, blowfishKeys);
    expect(body).toMatch(/^MID=shop&Len=\d+&Data=[0-9A-F]+$/);
    const decoded = decodeResponseBody(body, blowfishKeys);
    expect(decoded).toMatchObject({
      kind: 'encrypted',
      macValid: true,
      fields: { mid: 'shop', ...answer },
    });
    const names = Object.keys(decoded.kind === 'encrypted' ? decoded.fields : {});
    expect(names[0]).toBe('mid');
    expect(names.at(-1)).toBe('MAC');
    expect(names).not.toContain('MID');
  });

  it('pads a Blowfish answer PKCS#7 and counts Len in characters', () => {
    const body = encodeResponse({ ...answer, Description: 'Zahlung für Köln €' }, blowfishKeys);
    const len = Number(/Len=(\d+)/.exec(body)?.[1]);
    const data = Buffer.from(/Data=([0-9A-F]+)/.exec(body)?.[1] ?? '', 'hex');
    const plain = blowfishKeySchedule(Buffer.from('bf-secret'));
    plain.decryptInPlace(data);
    const padLength = data[data.length - 1] ?? 0;
    expect(padLength).toBeGreaterThanOrEqual(1);
    expect(padLength).toBeLessThanOrEqual(8);
    expect([...data.subarray(data.length - padLength)]).toEqual(Array(padLength).fill(padLength));
    const text = data.subarray(0, data.length - padLength).toString('utf8');
    expect(len).toBe([...text].length);
    expect(len).toBeLessThan(Buffer.byteLength(text));
  });

  it("pads NUL and leaves the MAC out when the merchant's dialect says so", () => {
    const keys = { ...blowfishKeys, answer: { padding: 'nul' as const, mac: false } };
    const body = encodeResponse(answer, keys);
    const data = Buffer.from(/Data=([0-9A-F]+)/.exec(body)?.[1] ?? '', 'hex');
    blowfishKeySchedule(Buffer.from('bf-secret')).decryptInPlace(data);
    expect(data.toString('utf8')).toMatch(/^mid=shop&[^\0]*Code=00000000\0*$/);
    expect(decodeResponseBody(body, keys)).toMatchObject({
      kind: 'encrypted',
      macValid: undefined,
    });
  });

  it('signs with MerchantID = the returned MID', () => {
    const body = encodeResponse({ ...answer, MID: 'sub-shop' }, aesKeys);
    const decoded = decodeResponseBody(body, aesKeys);
    const expected = responseMac({ ...answer, MerchantID: 'sub-shop' }, 'mySecret');
    expect(decoded).toMatchObject({ kind: 'encrypted', macValid: true, fields: { MAC: expected } });
  });

  it('flags a MAC that does not match', () => {
    const { data, len } = blowfishCipher('bf-secret').encrypt(
      'MID=shop&Status=OK&Code=00000000&MAC=00',
    );
    const decoded = decodeResponseBody(`MID=shop&Len=${len}&Data=${data}`, blowfishKeys);
    expect(decoded).toMatchObject({ kind: 'encrypted', macValid: false });
  });

  it('leaves macValid undefined when the answer carries no MAC', () => {
    const { data, len } = blowfishCipher('bf-secret').encrypt('MID=shop&Status=OK');
    const decoded = decodeResponseBody(
      `mid=shop&len=${len}&data=${data.toLowerCase()}\n`,
      blowfishKeys,
    );
    expect(decoded).toEqual({
      kind: 'encrypted',
      macValid: undefined,
      fields: { MID: 'shop', Status: 'OK' },
    });
  });

  it('calls an answer garbled when it decrypts to neither a Status nor a MAC (a wrong key)', () => {
    const body = encodeResponse(answer, blowfishKeys);
    const decoded = decodeResponseBody(body, { ...blowfishKeys, encryptionKey: 'other' });
    expect(decoded).toEqual({ kind: 'garbled', reason: 'unreadable-plaintext' });
  });

  it('round-trips any answer whose values contain no &', () => {
    const value = fc.string({ unit: 'grapheme' }).filter((text) => !text.includes('&'));
    fc.assert(
      fc.property(
        value,
        value,
        fc.constantFrom(blowfishKeys, aesKeys),
        (TransID, Description, keys) => {
          const fields = { ...answer, TransID, Description };
          const decoded = decodeResponseBody(encodeResponse(fields, keys), keys);
          expect(decoded).toMatchObject({ kind: 'encrypted', macValid: true, fields });
        },
      ),
    );
  });

  it('reads an unencrypted early FAILED answer as plain', () => {
    const body =
      'PayID=00000000000000000000000000000000&TransID=na&Status=FAILED&Description=UnexpectedError';
    expect(decodeResponseBody(body, blowfishKeys)).toEqual({
      kind: 'plain',
      fields: parsePlaintext(body),
    });
  });

  it.each([
    ['', 'unrecognised'],
    ['<html>Server Error</html>', 'unrecognised'],
    ['MID=shop&Data=AB', 'bad-len'],
    ['MID=shop&Len=x&Data=AB', 'bad-len'],
    ['MID=shop&Len=2&Data=XYZ', 'not-hex'],
    ['MID=shop&Len=2&Data=ABCD', 'block-size'],
  ])('calls %j garbled (%s)', (body, reason) => {
    expect(decodeResponseBody(body, blowfishKeys)).toEqual({ kind: 'garbled', reason });
  });
});
