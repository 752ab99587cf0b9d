import { describe, expect, it } from 'vitest';
import { aesCipher } from '../../../protocol/crypto/aes.js';
import { blowfishCipher } from '../../../protocol/crypto/blowfish.js';
import { responseMac } from '../../../protocol/mac.js';
import { encodeRequest, encodeResponse, type MerchantKeys } from '../../../protocol/wire.js';
import { thirdPartyVectors as vectors } from '../../helpers/third-party-vectors.js';

const keysFor = (encryption: 'blowfish' | 'aes', key: string): MerchantKeys => ({
  merchantId: vectors.merchantId,
  hmacKey: vectors.hmacKey,
  encryption,
  encryptionKey: key,
});

/**
 * Decoder/dialect pairs that cannot read an answer exactly, and why; every
 * other pair must. The two decoders disagree on padding, so no one padding
 * serves both (decision 010): live pads PKCS#7, which pretix expects and
 * computop-node-client (NULs stripped only) then reads with the pad bytes on
 * its last value; the merchant option answerPadding: 'nul' is for the latter.
 */
const KNOWN_MISREADS = new Set(['pretix-computop|nul', 'computop-node-client|live']);

describe('requests encoded by third-party Paygate clients', () => {
  it.each(vectors.requests.map((v) => [`${v.encoder}: ${v.id}`, v] as const))(
    'decrypts %s to its exact plaintext',
    (_name, vector) => {
      const cipher = vector.encryption === 'aes' ? aesCipher : blowfishCipher;
      expect(cipher(vector.key).decrypt(vector.Data, vector.Len)).toBe(vector.plaintext);
    },
  );

  it('covers ASCII and non-ASCII, Blowfish (16 and 64-byte keys) and AES, for every encoder', () => {
    const encoders = new Set(vectors.requests.map((v) => v.encoder));
    expect(encoders.size).toBe(6);
    for (const encoder of encoders) {
      const texts = vectors.requests.filter((v) => v.encoder === encoder).map((v) => v.plaintext);
      expect(texts.some((t) => /^[\x20-\x7e]*$/.test(t))).toBe(true);
      expect(texts.some((t) => /[^ -~]|%C3/.test(t))).toBe(true);
    }
    expect(new Set(vectors.requests.map((v) => v.key.length))).toEqual(new Set([16, 64, 32]));
  });

  it("writes the very bytes of Computop's PHP sample for the same plaintext (NUL padding, Len in characters)", () => {
    const sample = vectors.requests.filter(
      (v) => v.encoder.startsWith('magento2-blowfish') && v.id !== 'blowfish16-camel-outside-mid',
    );
    expect(sample.length).toBeGreaterThanOrEqual(4);
    for (const vector of sample) {
      const ours = blowfishCipher(vector.key).encrypt(vector.plaintext);
      expect(ours.data.toLowerCase()).toBe(vector.Data);
      expect(ours.len).toBe(vector.Len);
    }
  });

  it('builds the same request plaintext as the vectors, so our client sends those bytes', () => {
    const vector = vectors.requests.find(
      (v) => v.id === 'blowfish16-german' && v.encoder.startsWith('spryker'),
    );
    if (!vector) throw new Error('vector missing');
    const fields = Object.fromEntries(vector.plaintext.split('&').map((pair) => pair.split('=')));
    const request = encodeRequest(fields, keysFor('blowfish', vector.key));
    expect(request.Data.toLowerCase()).toBe(vector.Data);
    expect(request.Len).toBe(String(vector.Len));
  });
});

describe('our answers read by third-party Paygate clients', () => {
  it.each(vectors.answers.map((v) => [v.id, v] as const))(
    'still encodes %s byte for byte (padding, Len, hex case, field order)',
    (_id, vector) => {
      const keys = keysFor(vector.encryption, vector.key);
      const dialect = {
        ...(vector.dialect === 'nul' ? { padding: 'nul' as const } : {}),
        ...(vector.iv ? { iv: Buffer.from(vector.iv, 'hex') } : {}),
      };
      expect(encodeResponse(vector.fields, keys, dialect)).toBe(vector.body);
    },
  );

  const readings = vectors.answers.flatMap((answer) =>
    answer.decoded.map(
      (reading) => [`${reading.decoder} reads ${answer.id}`, answer, reading] as const,
    ),
  );

  it.each(readings)('%s: exact values, or a documented misread', (_name, answer, reading) => {
    const lowerCased = reading.decoder.includes('lower-cased');
    const key = (name: string) => (lowerCased ? name.toLowerCase() : name);
    const expected: Record<string, string> = { mid: vectors.merchantId, ...answer.fields };
    const mac = responseMac({ ...answer.fields, MerchantID: vectors.merchantId }, vectors.hmacKey);
    const exact =
      Object.entries(expected).every(([name, value]) => reading.fields[key(name)] === value) &&
      reading.fields[key('MAC')] === mac;
    const misread = KNOWN_MISREADS.has(`${reading.decoder}|${answer.dialect}`);
    expect(exact).toBe(!misread);
    if (reading.checkHash !== undefined) expect(reading.checkHash).toBe(!misread);
  });

  it('has every decoder read live-padded answers, AES and Blowfish, ASCII and German', () => {
    const decoders = new Set(readings.map(([, , reading]) => reading.decoder));
    expect(decoders.size).toBe(6);
    expect(vectors.answers.some((a) => a.encryption === 'aes')).toBe(true);
    expect(vectors.answers.some((a) => /[^ -~]/.test(a.fields.Description ?? ''))).toBe(true);
  });
});
