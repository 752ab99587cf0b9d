import { createCipheriv } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aesCipher } from '../../../protocol/crypto/aes.js';
import { CipherError } from '../../../protocol/crypto/cipher.js';

const key128 = '0123456789abcdef';
const key192 = '0123456789abcdef01234567';
const key256 = '0123456789abcdef0123456789abcdef';

/** What another client would send: its own IV, PKCS#7 via OpenSSL, hex in the given case. */
function foreignAesData(key: string, plaintext: string, iv: Buffer, lowerCase = false): string {
  const bits = Buffer.byteLength(key) * 8;
  const cipher = createCipheriv(`aes-${bits}-cbc`, Buffer.from(key), iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const data = `${iv.toString('hex')}-${ciphertext.toString('hex')}`;
  return lowerCase ? data : data.toUpperCase();
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

describe('aesCipher', () => {
  it.each([key128, key192, key256])('round-trips with a %s key', (key) => {
    const cipher = aesCipher(key);
    const { data, len } = cipher.encrypt('Amount=100&Name=Müller');
    expect(cipher.decrypt(data, len)).toBe('Amount=100&Name=Müller');
  });

  it('writes hex(iv)-hex(ciphertext) with a fresh IV every time', () => {
    const cipher = aesCipher(key128);
    const first = cipher.encrypt('Amount=100').data;
    const second = cipher.encrypt('Amount=100').data;
    expect(first).toMatch(/^[0-9A-F]{32}-[0-9A-F]{32}$/);
    expect(first).not.toBe(second);
  });

  it('decrypts data from another AES-CBC implementation in lower-case hex', () => {
    const data = foreignAesData(key256, 'TransID=T1&Amount=5', Buffer.alloc(16, 7), true);
    expect(aesCipher(key256).decrypt(data, 19)).toBe('TransID=T1&Amount=5');
  });

  it('accepts Len counted in characters as well as in bytes', () => {
    const data = foreignAesData(key128, 'Name=Müller😀', Buffer.alloc(16, 1));
    const cipher = aesCipher(key128);
    expect(cipher.decrypt(data, 16)).toBe('Name=Müller😀');
    expect(cipher.decrypt(data, 13)).toBe('Name=Müller😀');
    expect(cipher.decrypt(data, 12)).toBe('Name=Müller😀');
  });

  it('round-trips any text with Len in bytes, UTF-16 units or code points', () => {
    // Unicode scalar values (no lone surrogates, which UTF-8 cannot carry), NUL included.
    const scalar = fc
      .oneof(fc.integer({ min: 0, max: 0xd7ff }), fc.integer({ min: 0xe000, max: 0x10ffff }))
      .map((codePoint) => String.fromCodePoint(codePoint));
    const texts = fc.string({ unit: fc.oneof(scalar, fc.constantFrom('=', '&', 'ä', '😀')) });
    fc.assert(
      fc.property(texts, (text) => {
        const cipher = aesCipher(key192);
        const { data, len } = cipher.encrypt(text);
        expect(cipher.decrypt(data, len)).toBe(text);
        expect(cipher.decrypt(data.toLowerCase(), text.length)).toBe(text);
        expect(cipher.decrypt(data, [...text].length)).toBe(text);
      }),
    );
  });

  it('refuses a key that is not 16, 24 or 32 bytes', () => {
    expect(failureOf(() => aesCipher('short'))).toBe('key-length');
    expect(failureOf(() => aesCipher('ü'.repeat(10)))).toBe('key-length'); // 20 bytes
  });

  it('measures the key in UTF-8 bytes, not characters', () => {
    expect(failureOf(() => aesCipher('ü'.repeat(8)))).toBeUndefined(); // 16 bytes
  });

  it.each([
    ['a missing IV', 'AABBCCDDEEFF00112233445566778899', 'iv-length'],
    ['a short IV', '00-AABBCCDDEEFF00112233445566778899', 'iv-length'],
    ['odd hex length', `${'00'.repeat(16)}-ABC`, 'odd-hex-length'],
    ['non-hex characters', `${'00'.repeat(16)}-XY${'00'.repeat(15)}`, 'not-hex'],
    ['a truncated block', `${'00'.repeat(16)}-${'00'.repeat(15)}`, 'block-size'],
    ['no ciphertext', `${'00'.repeat(16)}-`, 'block-size'],
  ])('refuses %s with a CipherError', (_, data, reason) => {
    expect(failureOf(() => aesCipher(key128).decrypt(data, 4))).toBe(reason);
  });

  it('refuses data whose padding is not PKCS#7', () => {
    const iv = Buffer.alloc(16);
    const cipher = createCipheriv('aes-128-cbc', Buffer.from(key128), iv).setAutoPadding(false);
    const zeroPadded = Buffer.concat([cipher.update(Buffer.alloc(16)), cipher.final()]);
    const data = `${iv.toString('hex')}-${zeroPadded.toString('hex')}`;
    expect(failureOf(() => aesCipher(key128).decrypt(data, 10))).toBe('bad-padding');
  });
});
