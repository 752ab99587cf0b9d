import { describe, expect, it } from 'vitest';
import { CipherError } from '../../../protocol/crypto/cipher.js';
import { bytesToHex, hexToBytes } from '../../../protocol/crypto/hex.js';

describe('hex', () => {
  it('reads upper-, lower- and mixed-case hex', () => {
    expect([...hexToBytes('0aFf')]).toEqual([10, 255]);
  });

  it('ignores surrounding whitespace such as a trailing newline', () => {
    expect([...hexToBytes(' 0A0B\n')]).toEqual([10, 11]);
  });

  it('reads the empty string as no bytes', () => {
    expect(hexToBytes('').length).toBe(0);
  });

  it('refuses an odd number of digits', () => {
    expect(() => hexToBytes('ABC')).toThrow(expect.objectContaining({ reason: 'odd-hex-length' }));
  });

  it('refuses a non-hex character anywhere, not just at the start', () => {
    expect(() => hexToBytes('00AZ')).toThrow(CipherError);
    expect(() => hexToBytes('0 0A')).toThrow(expect.objectContaining({ reason: 'not-hex' }));
  });

  it('writes upper-case hex', () => {
    expect(bytesToHex(Uint8Array.of(10, 255))).toBe('0AFF');
  });

  it('writes only the viewed part of a larger buffer', () => {
    const whole = Uint8Array.of(1, 2, 3, 4);
    expect(bytesToHex(whole.subarray(1, 3))).toBe('0203');
  });
});
