import { piWords } from './blowfish-pi.js';

/** Blowfish works on 64-bit blocks. */
export const blowfishBlockSize = 8;

const rounds = 16;
const pSize = rounds + 2;
/** Key bytes beyond 18 words never reach the P-array (OpenSSL agrees). */
const maxKeyBytes = pSize * 4;

/**
 * The Blowfish block cipher (Schneier, 1993) with one expanded key: ECB over
 * whole blocks, big-endian words, as OpenSSL's bf-ecb does it. Our own code
 * so that no caller needs `--openssl-legacy-provider` (docs/decisions/002).
 *
 * @example
 * const bf = new BlowfishBlocks(Buffer.from('key'));
 * const block = Buffer.alloc(8);
 * bf.encryptInPlace(block);
 * bf.decryptInPlace(block); // back to eight zero bytes
 */
export class BlowfishBlocks {
  private readonly p: Uint32Array;
  private readonly s: Uint32Array;
  /** The P-array backwards: decrypting is encrypting with the subkeys in reverse order. */
  private readonly pReversed: Uint32Array;
  // One reusable pair for the key schedule instead of an allocation per block.
  private readonly half = new Uint32Array(2);

  /** @param key 1 to 72 bytes are used; an empty key is the caller's concern. */
  constructor(key: Uint8Array) {
    const words = piWords();
    this.p = words.subarray(0, pSize);
    this.s = words.subarray(pSize);
    this.mixKeyIntoP(key.subarray(0, maxKeyBytes));
    this.expand();
    this.pReversed = this.p.slice().reverse();
  }

  /** Encrypts every 8-byte block of `bytes` in place; the length must be a multiple of 8. */
  encryptInPlace(bytes: Uint8Array): void {
    this.eachBlock(bytes, true);
  }

  /** Decrypts every 8-byte block of `bytes` in place; the length must be a multiple of 8. */
  decryptInPlace(bytes: Uint8Array): void {
    this.eachBlock(bytes, false);
  }

  // One loop over the blocks with the words in locals: the cipher runs over
  // every request and every answer, so it avoids a DataView and a method call
  // per round (docs/decisions/009-performance.md).
  private eachBlock(bytes: Uint8Array, encrypt: boolean): void {
    const p = encrypt ? this.p : this.pReversed;
    const s = this.s;
    for (let offset = 0; offset + blowfishBlockSize <= bytes.length; offset += blowfishBlockSize) {
      let left =
        ((bytes[offset] ?? 0) << 24) |
        ((bytes[offset + 1] ?? 0) << 16) |
        ((bytes[offset + 2] ?? 0) << 8) |
        (bytes[offset + 3] ?? 0);
      let right =
        ((bytes[offset + 4] ?? 0) << 24) |
        ((bytes[offset + 5] ?? 0) << 16) |
        ((bytes[offset + 6] ?? 0) << 8) |
        (bytes[offset + 7] ?? 0);
      for (let i = 0; i < rounds; i += 2) {
        left ^= p[i] ?? 0;
        right ^= roundF(s, left) ^ (p[i + 1] ?? 0);
        left ^= roundF(s, right);
      }
      const outLeft = right ^ (p[rounds + 1] ?? 0);
      const outRight = left ^ (p[rounds] ?? 0);
      bytes[offset] = outLeft >>> 24;
      bytes[offset + 1] = outLeft >>> 16;
      bytes[offset + 2] = outLeft >>> 8;
      bytes[offset + 3] = outLeft;
      bytes[offset + 4] = outRight >>> 24;
      bytes[offset + 5] = outRight >>> 16;
      bytes[offset + 6] = outRight >>> 8;
      bytes[offset + 7] = outRight;
    }
  }

  // Two Feistel rounds per iteration so the halves never need swapping.
  private encryptHalves(): void {
    const p = this.p;
    let left = this.half[0] ?? 0;
    let right = this.half[1] ?? 0;
    for (let i = 0; i < rounds; i += 2) {
      left ^= p[i] ?? 0;
      right ^= roundF(this.s, left);
      right ^= p[i + 1] ?? 0;
      left ^= roundF(this.s, right);
    }
    this.half[0] = right ^ (p[rounds + 1] ?? 0);
    this.half[1] = left ^ (p[rounds] ?? 0);
  }

  /** XORs the key, repeated cyclically as big-endian words, into the P-array. */
  private mixKeyIntoP(key: Uint8Array): void {
    let position = 0;
    for (let i = 0; i < pSize; i++) {
      let word = 0;
      for (let j = 0; j < 4; j++) {
        word = ((word << 8) | (key[position] ?? 0)) >>> 0;
        position = (position + 1) % key.length;
      }
      this.p[i] = (this.p[i] ?? 0) ^ word;
    }
  }

  /** Replaces P and then S, pair by pair, with successive encryptions of a zero block. */
  private expand(): void {
    this.half[0] = 0;
    this.half[1] = 0;
    for (const table of [this.p, this.s]) {
      for (let i = 0; i < table.length; i += 2) {
        this.encryptHalves();
        table[i] = this.half[0] ?? 0;
        table[i + 1] = this.half[1] ?? 0;
      }
    }
  }
}

/** The round function F: two additions and an XOR over the four S-boxes (s holds all four). */
function roundF(s: Uint32Array, x: number): number {
  const a = s[x >>> 24] ?? 0;
  const b = s[256 | ((x >>> 16) & 0xff)] ?? 0;
  const c = s[512 | ((x >>> 8) & 0xff)] ?? 0;
  const d = s[768 | (x & 0xff)] ?? 0;
  return (((a + b) ^ c) + d) | 0;
}
