import { describe, expect, it } from 'vitest';
import { cipherFor, looksLikeAes } from '../../../protocol/crypto/select.js';

describe('cipherFor', () => {
  it('gives Blowfish hex without a dash', () => {
    expect(cipherFor('blowfish', 'secret').encrypt('A=1').data).toMatch(/^[0-9A-F]+$/);
  });

  it('gives AES data with a dash between IV and ciphertext', () => {
    expect(cipherFor('aes', '0123456789abcdef').encrypt('A=1').data).toContain('-');
  });
});

describe('looksLikeAes', () => {
  it('recognises AES by the dash', () => {
    expect(looksLikeAes('00112233-44556677')).toBe(true);
  });

  it('takes plain hex for Blowfish', () => {
    expect(looksLikeAes('A1B2C3D4E5F60718')).toBe(false);
  });
});
