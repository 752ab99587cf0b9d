import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { type Cipher, CipherError } from './cipher.js';
import { bytesToHex, hexToBytes } from './hex.js';
import { lengthWithoutNulPadding, lengthWithoutPkcs7Padding } from './padding.js';
import { characterLength, plaintextForLen } from './plaintext-length.js';

const aesBlockSize = 16;
const algorithmByKeyLength: Readonly<Record<number, string>> = {
  16: 'aes-128-cbc',
  24: 'aes-192-cbc',
  32: 'aes-256-cbc',
};

/**
 * The Paygate's AES codec (switched on per merchant): AES-CBC, key = the raw
 * password bytes (16/24/32 bytes select AES-128/192/256), a fresh random IV
 * per message, PKCS#7 padding, `Data` = `hex(iv)-hex(ciphertext)`.
 *
 * `len` is written in characters (mb_strlen); on reading it may also count
 * bytes or UTF-16 units (see plaintextForLen). NULs before the PKCS#7 tail
 * (FATCHIP's OpenSSL library pads so) are cut too.
 *
 * @throws {CipherError} 'key-length' from the factory; from `decrypt`:
 *   'not-hex', 'odd-hex-length', 'iv-length', 'block-size', 'bad-padding'.
 * @example
 * const cipher = aesCipher('0123456789abcdef'); // AES-128
 * const { data, len } = cipher.encrypt('Amount=100'); // data like 'A1B2...-C3D4...'
 * cipher.decrypt(data, len); // 'Amount=100'
 */
export function aesCipher(password: string): Cipher {
  const key = Buffer.from(password, 'utf8');
  const algorithm = algorithmByKeyLength[key.length];
  if (algorithm === undefined) throw new CipherError('key-length');
  return {
    encrypt(plaintext, options = {}) {
      const bytes = Buffer.from(plaintext, 'utf8');
      const iv = options.iv ?? randomBytes(aesBlockSize);
      const cipher = createCipheriv(algorithm, key, iv);
      const ciphertext = Buffer.concat([cipher.update(bytes), cipher.final()]);
      return {
        data: `${bytesToHex(iv)}-${bytesToHex(ciphertext)}`,
        len: characterLength(plaintext),
      };
    },
    decrypt(data, len) {
      const { iv, ciphertext } = splitAesData(data);
      // Padding is checked by us, so a bad tail is a CipherError, not an OpenSSL error.
      const decipher = createDecipheriv(algorithm, key, iv).setAutoPadding(false);
      const decrypted = Buffer.concat([decipher.update(ciphertext), decipher.final()]);
      const unpadded = lengthWithoutPkcs7Padding(decrypted, aesBlockSize);
      if (unpadded === undefined) throw new CipherError('bad-padding');
      const withoutNuls = lengthWithoutNulPadding(decrypted, unpadded);
      return plaintextForLen(decrypted, [...new Set([unpadded, withoutNuls])], len);
    },
  };
}

function splitAesData(data: string): { iv: Buffer; ciphertext: Buffer } {
  const dash = data.indexOf('-');
  const iv = hexToBytes(dash < 0 ? '' : data.slice(0, dash));
  const ciphertext = hexToBytes(data.slice(dash + 1));
  if (iv.length !== aesBlockSize) throw new CipherError('iv-length');
  if (ciphertext.length === 0 || ciphertext.length % aesBlockSize !== 0) {
    throw new CipherError('block-size');
  }
  return { iv, ciphertext };
}
