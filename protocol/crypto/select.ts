import { aesCipher } from './aes.js';
import { blowfishCipher } from './blowfish.js';
import type { Cipher } from './cipher.js';

/** The two codecs a merchant can be configured with; Blowfish is the default. */
export type Encryption = 'blowfish' | 'aes';

/**
 * The codec for a merchant's configured encryption.
 *
 * @throws {CipherError} 'key-length' when `encryption` is 'aes' and the
 *   password is not 16, 24 or 32 bytes.
 * @example
 * cipherFor('blowfish', 'secret').encrypt('Amount=100');
 */
export function cipherFor(encryption: Encryption, password: string): Cipher {
  return encryption === 'aes' ? aesCipher(password) : blowfishCipher(password);
}

/**
 * Whether `Data` is AES (`hex(iv)-hex(ct)`): hex never contains '-', so the
 * dash alone tells the codecs apart, whatever the merchant is configured for.
 *
 * @example
 * looksLikeAes('00112233-44556677'); // true
 * looksLikeAes('A1B2C3D4E5F60718'); // false
 */
export function looksLikeAes(data: string): boolean {
  return data.includes('-');
}
