import { blowfishBlockSize } from './blowfish-block.js';
import { type Cipher, CipherError } from './cipher.js';
import { bytesToHex, hexToBytes } from './hex.js';
import { blowfishKeySchedule } from './key-schedules.js';
import { pad, unpaddedLengths } from './padding.js';
import { characterLength, plaintextForLen } from './plaintext-length.js';

/**
 * The Paygate's default codec: Blowfish-ECB with the raw password bytes as
 * key, upper-case hex.
 *
 * Writes: NUL padding (PKCS#7 on request, as answers need), upper-case hex,
 * `len` in characters (what every PHP client's mb_strlen gives).
 * Reads: hex in either case; NUL, PKCS#7 or NUL-then-PKCS#7 padding; `len`
 * in bytes, UTF-16 units or code points (see plaintextForLen).
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
    encrypt(plaintext, options = {}) {
      const padded = pad(
        Buffer.from(plaintext, 'utf8'),
        blowfishBlockSize,
        options.padding ?? 'nul',
      );
      blocks.encryptInPlace(padded);
      return { data: bytesToHex(padded), len: characterLength(plaintext) };
    },
    decrypt(data, len) {
      const bytes = hexToBytes(data);
      if (bytes.length % blowfishBlockSize !== 0) throw new CipherError('block-size');
      blocks.decryptInPlace(bytes);
      return plaintextForLen(bytes, unpaddedLengths(bytes, blowfishBlockSize), len);
    },
  };
}
