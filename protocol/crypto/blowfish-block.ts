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
  // One reusable pair instead of an allocation per block.
  private readonly half = new Uint32Array(2);

  /** @param key 1 to 72 bytes are used; an empty key is the caller's concern. */
  constructor(key: Uint8Array) {
    const words = piWords();
    this.p = words.subarray(0, pSize);
    this.s = words.subarray(pSize);
    this.mixKeyIntoP(key.subarray(0, maxKeyBytes));
    this.expand();
  }

  /** Encrypts every 8-byte block of `bytes` in place; the length must be a multiple of 8. */
  encryptInPlace(bytes: Uint8Array): void {
    this.eachBlock(bytes, true);
  }

  /** Decrypts every 8-byte block of `bytes` in place; the length must be a multiple of 8. */
  decryptInPlace(bytes: Uint8Array): void {
    this.eachBlock(bytes, false);
  }

  private eachBlock(bytes: Uint8Array, encrypt: boolean): void {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const half = this.half;
    for (let offset = 0; offset + blowfishBlockSize <= bytes.byteLength; offset += 8) {
      half[0] = view.getUint32(offset);
      half[1] = view.getUint32(offset + 4);
      if (encrypt) this.encryptHalves();
      else this.decryptHalves();
      view.setUint32(offset, half[0] ?? 0);
      view.setUint32(offset + 4, half[1] ?? 0);
    }
  }

  /** The round function F: two additions and an XOR over the four S-boxes. */
  private f(x: number): number {
    const s = this.s;
    const a = s[x >>> 24] ?? 0;
    const b = s[256 + ((x >>> 16) & 0xff)] ?? 0;
    const c = s[512 + ((x >>> 8) & 0xff)] ?? 0;
    const d = s[768 + (x & 0xff)] ?? 0;
    return (((a + b) ^ c) + d) >>> 0;
  }

  // Two Feistel rounds per iteration so the halves never need swapping.
  private encryptHalves(): void {
    const p = this.p;
    let left = this.half[0] ?? 0;
    let right = this.half[1] ?? 0;
    for (let i = 0; i < rounds; i += 2) {
      left ^= p[i] ?? 0;
      right ^= this.f(left);
      right ^= p[i + 1] ?? 0;
      left ^= this.f(right);
    }
    this.half[0] = right ^ (p[rounds + 1] ?? 0);
    this.half[1] = left ^ (p[rounds] ?? 0);
  }

  private decryptHalves(): void {
    const p = this.p;
    let left = this.half[0] ?? 0;
    let right = this.half[1] ?? 0;
    for (let i = rounds + 1; i > 1; i -= 2) {
      left ^= p[i] ?? 0;
      right ^= this.f(left);
      right ^= p[i - 1] ?? 0;
      left ^= this.f(right);
    }
    this.half[0] = right ^ (p[0] ?? 0);
    this.half[1] = left ^ (p[1] ?? 0);
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
