import { blowfishBlockSize } from './blowfish-block.js';
import { type Cipher, CipherError } from './cipher.js';
import { bytesToHex, hexToBytes } from './hex.js';
import { blowfishKeySchedule } from './key-schedules.js';
import { lengthWithoutNulPadding, lengthWithoutPkcs7Padding, padWithNul } from './padding.js';
import { plaintextForLen } from './plaintext-length.js';

/**
 * The Paygate's default codec: Blowfish-ECB with the raw password bytes as
 * key, NUL padding, upper-case hex.
 *
 * Writes: NUL padding, upper-case hex, `len` = UTF-8 byte count (what PHP's
 * strlen gives, and what the encrypted buffer actually holds).
 * Reads: hex in either case; NUL or PKCS#7 padding; `len` in bytes, UTF-16
 * units or code points (see plaintextForLen).
 *
 * @throws {CipherError} from `decrypt`: 'not-hex', 'odd-hex-length', 'block-size'.
 * @example
 * const cipher = blowfishCipher('secret');
 * const { data, len } = cipher.encrypt('MerchantID=shop&Amount=100');
 * cipher.decrypt(data.toLowerCase(), len); // 'MerchantID=shop&Amount=100'
 */
export function blowfishCipher(password: string): Cipher {
  // The Paygate treats an empty password as one space; Blowfish needs >= 1 key byte.
  // The expanded key is cached per password (key-schedules.ts): building it costs more than a message.
  const blocks = blowfishKeySchedule(Buffer.from(password === '' ? ' ' : password, 'utf8'));
  return {
    encrypt(plaintext) {
      const bytes = Buffer.from(plaintext, 'utf8');
      const padded = padWithNul(bytes, blowfishBlockSize);
      blocks.encryptInPlace(padded);
      return { data: bytesToHex(padded), len: bytes.length };
    },
    decrypt(data, len) {
      const bytes = hexToBytes(data);
      if (bytes.length % blowfishBlockSize !== 0) throw new CipherError('block-size');
      blocks.decryptInPlace(bytes);
      return plaintextForLen(bytes, unpaddedLengths(bytes), len);
    },
  };
}

/**
 * Where the plaintext may end, most likely first. PKCS#7 goes first: a NUL
 * padded text would need a control character at its very end to look like
 * PKCS#7, while with the order reversed a PKCS#7 tail could pass for text
 * whenever Len counts characters and the text has non-ASCII letters.
 */
function unpaddedLengths(decrypted: Uint8Array): number[] {
  const candidates = [
    lengthWithoutPkcs7Padding(decrypted, blowfishBlockSize),
    lengthWithoutNulPadding(decrypted),
    decrypted.length,
  ];
  return [...new Set(candidates.filter((length) => length !== undefined))];
}
