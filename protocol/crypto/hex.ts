import { CipherError } from './cipher.js';

const hexDigits = /^[0-9a-fA-F]*$/;

/**
 * Decodes hex in either case, strictly: Buffer.from(text, 'hex') silently
 * stops at the first bad digit, which would turn garbage into a shorter,
 * plausible-looking ciphertext. Surrounding whitespace is ignored because
 * some clients leave a trailing newline on `Data`.
 *
 * @throws {CipherError} 'odd-hex-length' or 'not-hex'
 * @example
 * hexToBytes('0aFF'); // Uint8Array [10, 255]
 */
export function hexToBytes(text: string): Buffer {
  const hex = text.trim();
  if (!hexDigits.test(hex)) throw new CipherError('not-hex');
  if (hex.length % 2 !== 0) throw new CipherError('odd-hex-length');
  return Buffer.from(hex, 'hex');
}

/**
 * Encodes bytes as upper-case hex, the form the Paygate itself sends.
 *
 * @example
 * bytesToHex(Uint8Array.of(10, 255)); // '0AFF'
 */
export function bytesToHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('hex')
    .toUpperCase();
}
