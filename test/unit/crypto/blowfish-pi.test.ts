import { describe, expect, it } from 'vitest';
import { piFractionHex, piWordCount, piWords } from '../../../protocol/crypto/blowfish-pi.js';

/**
 * The first `count` hex digits of pi's fractional part, from Machin's formula
 * pi = 16 atan(1/5) - 4 atan(1/239) in BigInt fixed point with guard bits.
 */
function piHexDigits(count: number): string {
  const guardBits = 64n;
  const bits = BigInt(count * 4) + guardBits;
  const one = 1n << bits;
  const atanOfInverse = (x: bigint): bigint => {
    let power = one / x;
    let sum = power;
    for (let n = 3n, sign = -1n; power !== 0n; n += 2n, sign = -sign) {
      power /= x * x;
      sum += (sign * power) / n;
    }
    return sum;
  };
  const pi = 16n * atanOfInverse(5n) - 4n * atanOfInverse(239n);
  const fraction = (pi - 3n * one) >> guardBits;
  return fraction.toString(16).padStart(count, '0');
}

describe('Blowfish initial state', () => {
  it('is exactly the first 1042 words of the hex digits of pi', () => {
    expect(piFractionHex.toLowerCase()).toBe(piHexDigits(piWordCount * 8));
  });

  it('starts the P-array with 243F6A88 and the first S-box with D1310BA6', () => {
    const words = piWords();
    expect(words[0]).toBe(0x243f6a88);
    expect(words[18]).toBe(0xd1310ba6);
  });

  it('hands out a fresh copy every time', () => {
    piWords()[0] = 0;
    expect(piWords()[0]).toBe(0x243f6a88);
  });
});
