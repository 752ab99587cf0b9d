import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blowfishCipher } from '../../../protocol/crypto/blowfish.js';
import { BlowfishBlocks } from '../../../protocol/crypto/blowfish-block.js';
import { CipherError } from '../../../protocol/crypto/cipher.js';
import { blowfishKeySchedule } from '../../../protocol/crypto/key-schedules.js';

// Produced with `node --openssl-legacy-provider`: createCipheriv('bf-ecb', password, null),
// setAutoPadding(false) on NUL-padded input (the last one: default PKCS#7 padding).
const paygateVector = {
  password: 'mySecret',
  plaintext: 'MerchantID=yourMerchantId&TransID=TID-1&Amount=1234&Currency=EUR',
  data:
    'C72AC119C7502DE2A14DF10CAC894691BE48B0ED945204B9BDC9577672C6F9DC' +
    '10258F797B376C80DC26193C2854233BB0062BC1A692B414D5C94311B29E7A01',
};
const spacePasswordUmlautData = 'F74A66ED4556970ED3057E383A518A69'; // 'Name=Müller', key ' '
const pkcs7Data = '6ea61881f2d3cbf31a222906121df50d'; // 'Amount=100', key 'pkcs'

/** Any Unicode scalar value but NUL. */
const anyCodePointButNul = fc
  .oneof(fc.integer({ min: 1, max: 0xd7ff }), fc.integer({ min: 0xe000, max: 0x10ffff }))
  .map((codePoint) => String.fromCodePoint(codePoint));

/** Texts with the characters that stress the codec: umlauts, '=', '&', emojis. */
const plaintexts = fc
  .tuple(
    fc.string({
      unit: fc.constantFrom('a', 'Z', '7', '=', '&', ' ', 'ä', 'Ö', 'ß', '€', '😀', '👍🏽'),
    }),
    fc.string({ unit: anyCodePointButNul }),
  )
  .map(([special, any]) => special + any)
  // A text ending in NUL, or in U+0001..U+0008 that looks like PKCS#7, is
  // ambiguous by design (see plaintextForLen); no Paygate plaintext ends so.
  .filter((text) => (text.at(-1)?.charCodeAt(0) ?? 0x20) > 0x08);

const codePoints = (text: string) => [...text].length;

function encryptWithPkcs7(password: string, plaintext: string): string {
  const bytes = Buffer.from(plaintext);
  const padLength = 8 - (bytes.length % 8);
  const padded = Buffer.concat([bytes, Buffer.alloc(padLength, padLength)]);
  new BlowfishBlocks(Buffer.from(password)).encryptInPlace(padded);
  return padded.toString('hex');
}

function failureOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof CipherError) return error.reason;
    throw error;
  }
  return undefined;
}

describe('blowfishCipher', () => {
  it('encrypts like OpenSSL bf-ecb with NUL padding, in upper-case hex', () => {
    const { data, len } = blowfishCipher(paygateVector.password).encrypt(paygateVector.plaintext);
    expect(data).toBe(paygateVector.data);
    expect(len).toBe(64);
  });

  it('decrypts lower-case hex', () => {
    const cipher = blowfishCipher(paygateVector.password);
    expect(cipher.decrypt(paygateVector.data.toLowerCase(), 64)).toBe(paygateVector.plaintext);
  });

  it('treats an empty password as a single space', () => {
    expect(blowfishCipher('').encrypt('Name=Müller').data).toBe(spacePasswordUmlautData);
    expect(blowfishCipher(' ').decrypt(spacePasswordUmlautData, 12)).toBe('Name=Müller');
  });

  it('counts Len in characters when it encrypts, as mb_strlen does', () => {
    expect(blowfishCipher('k').encrypt('Name=Müller').len).toBe(11);
    expect(blowfishCipher('k').encrypt('A=😀').len).toBe(3);
  });

  it("reads what FATCHIP's OpenSSL library sends: NULs to the block, then PKCS#7", () => {
    const text = 'City=Köln&Name=Müller€';
    const bytes = Buffer.from(text, 'utf8');
    const nulPadded = Buffer.alloc(Math.ceil(bytes.length / 8) * 8);
    nulPadded.set(bytes);
    const padded = Buffer.concat([nulPadded, Buffer.alloc(8, 8)]);
    blowfishKeySchedule(Buffer.from('k')).encryptInPlace(padded);
    const data = padded.toString('hex');
    expect(blowfishCipher('k').decrypt(data, [...text].length)).toBe(text);
    expect(blowfishCipher('k').decrypt(data, bytes.length)).toBe(text);
  });

  it('accepts Len counted in characters as well as in bytes', () => {
    const cipher = blowfishCipher('');
    expect(cipher.decrypt(spacePasswordUmlautData, 11)).toBe('Name=Müller');
    expect(cipher.decrypt(spacePasswordUmlautData, 12)).toBe('Name=Müller');
  });

  it('accepts PKCS#7 padding from clients that use it', () => {
    expect(blowfishCipher('pkcs').decrypt(pkcs7Data, 10)).toBe('Amount=100');
  });

  it('keeps only the first Len bytes when Len is shorter than the text', () => {
    const { data } = blowfishCipher('k').encrypt('Amount=100&junk');
    expect(blowfishCipher('k').decrypt(data, 10)).toBe('Amount=100');
  });

  it('never returns padding when Len is longer than the text', () => {
    const { data } = blowfishCipher('k').encrypt('Amount=100');
    expect(blowfishCipher('k').decrypt(data, 99)).toBe('Amount=100');
  });

  it('round-trips any text with Len in bytes, UTF-16 units or code points', () => {
    fc.assert(
      fc.property(plaintexts, fc.string({ minLength: 0, maxLength: 80 }), (text, password) => {
        const cipher = blowfishCipher(password);
        const { data, len } = cipher.encrypt(text);
        expect(cipher.decrypt(data, len)).toBe(text);
        expect(cipher.decrypt(data.toLowerCase(), text.length)).toBe(text);
        expect(cipher.decrypt(data, codePoints(text))).toBe(text);
      }),
    );
  });

  it('decrypts PKCS#7 padded text with Len in bytes or characters', () => {
    fc.assert(
      fc.property(plaintexts, (text) => {
        const data = encryptWithPkcs7('pw', text);
        const cipher = blowfishCipher('pw');
        expect(cipher.decrypt(data, Buffer.byteLength(text))).toBe(text);
        expect(cipher.decrypt(data, text.length)).toBe(text);
      }),
    );
  });

  it.each([
    ['odd hex length', 'ABC', 'odd-hex-length'],
    ['non-hex characters', 'GG00000000000000', 'not-hex'],
    ['a truncated block', paygateVector.data.slice(0, 20), 'block-size'],
  ])('refuses %s with a CipherError', (_, data, reason) => {
    expect(failureOf(() => blowfishCipher('k').decrypt(data, 4))).toBe(reason);
  });

  it('never fails with anything but a CipherError on arbitrary data', () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(200), (data, len) => {
        const reason = failureOf(() => blowfishCipher('k').decrypt(data, len));
        expect(reason === undefined || typeof reason === 'string').toBe(true);
      }),
    );
  });
});
