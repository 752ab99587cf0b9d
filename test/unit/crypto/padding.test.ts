import { describe, expect, it } from 'vitest';
import {
  lengthWithoutNulPadding,
  lengthWithoutPkcs7Padding,
  padWithNul,
} from '../../../protocol/crypto/padding.js';
import { plaintextForLen } from '../../../protocol/crypto/plaintext-length.js';

describe('padding', () => {
  it('pads with NUL bytes up to the next block boundary', () => {
    expect([...padWithNul(Buffer.from('abc'), 8)]).toEqual([97, 98, 99, 0, 0, 0, 0, 0]);
  });

  it('adds no block when the text is already aligned', () => {
    expect(padWithNul(Buffer.alloc(8, 1), 8).length).toBe(8);
  });

  it('finds the end of NUL-padded data', () => {
    expect(lengthWithoutNulPadding(Buffer.from('ab\0\0'))).toBe(2);
    expect(lengthWithoutNulPadding(Buffer.from('\0\0'))).toBe(0);
  });

  it('finds the end of PKCS#7-padded data, up to a whole block of padding', () => {
    expect(lengthWithoutPkcs7Padding(Buffer.from('abc\x05\x05\x05\x05\x05'), 8)).toBe(3);
    expect(lengthWithoutPkcs7Padding(Buffer.alloc(8, 8), 8)).toBe(0);
  });

  it('rejects a tail that is not PKCS#7', () => {
    expect(lengthWithoutPkcs7Padding(Buffer.from('abc\0\0\0\0\0'), 8)).toBeUndefined();
    expect(lengthWithoutPkcs7Padding(Buffer.from('abcdef\x01\x02'), 8)).toBeUndefined();
    expect(lengthWithoutPkcs7Padding(Buffer.alloc(8, 9), 8)).toBeUndefined();
    expect(lengthWithoutPkcs7Padding(Buffer.alloc(0), 8)).toBeUndefined();
  });
});

describe('plaintextForLen', () => {
  const decrypted = Buffer.from('Name=Müller\0\0\0\0');

  it('accepts Len in bytes, UTF-16 units or code points', () => {
    expect(plaintextForLen(decrypted, [12, 16], 12)).toBe('Name=Müller');
    expect(plaintextForLen(decrypted, [12, 16], 11)).toBe('Name=Müller');
    const emoji = Buffer.from('A=😀'); // 6 bytes, 4 UTF-16 units, 3 code points
    for (const len of [6, 4, 3]) expect(plaintextForLen(emoji, [6], len)).toBe('A=😀');
  });

  it('tries the candidates in order and takes the first that fits Len', () => {
    const ambiguous = Buffer.from('abcdefg\x01');
    expect(plaintextForLen(ambiguous, [7, 8], 8)).toBe('abcdefg\x01');
    expect(plaintextForLen(ambiguous, [7, 8], 7)).toBe('abcdefg');
  });

  it('reads an unmatched Len as bytes, never past the first candidate', () => {
    expect(plaintextForLen(decrypted, [12, 16], 4)).toBe('Name');
    expect(plaintextForLen(decrypted, [12, 16], 40)).toBe('Name=Müller');
  });
});

describe('a Len between the plaintext and the block boundary', () => {
  it('never reads PKCS#7 pad bytes into the text', async () => {
    const { cipherFor } = await import('../../../protocol/crypto/select.js');
    const cipher = cipherFor('blowfish', 'test-blowfish-key');
    const plaintext = 'MerchantID=shop&Amount=1000&MAC=AB';
    const { data, len } = cipher.encrypt(plaintext);
    const aligned = Math.ceil((len + 1) / 8) * 8;
    for (let given = len; given <= aligned; given++) {
      expect(cipher.decrypt(data, given)).toBe(plaintext);
    }
  });
});
