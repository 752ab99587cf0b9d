import type { Padding } from './padding.js';

/**
 * What a Paygate codec does: turn the `Key=Value&...` plaintext into the
 * `Data` hex string plus its `Len`, and back.
 *
 * `decrypt` throws {@link CipherError} (and nothing else) when the data
 * cannot be decrypted; the factories `blowfishCipher`/`aesCipher` throw it
 * for an unusable key. Callers that want a value instead use
 * `decryptRequestData` in protocol/wire.ts.
 *
 * @example
 * const cipher = blowfishCipher('secret');
 * const { data, len } = cipher.encrypt('TransID=1&Amount=100');
 * cipher.decrypt(data, len); // 'TransID=1&Amount=100'
 */
export interface Cipher {
  /**
   * `len` counts characters (code points), as every PHP client's `mb_strlen`
   * and the live gateway's answers do (docs/decisions/010-wire-dialect.md).
   * `padding` applies to Blowfish; AES always pads PKCS#7.
   */
  encrypt(plaintext: string, options?: EncryptOptions): { data: string; len: number };
  decrypt(data: string, len: number): string;
}

export interface EncryptOptions {
  /** Blowfish only: NUL (the default, what requests carry) or PKCS#7 (what answers carry). */
  readonly padding?: Padding;
  /** AES only: a fixed IV instead of a fresh random one, for known-answer tests; never in production. */
  readonly iv?: Uint8Array;
}

/** Why data or a key was refused; stable values that callers may switch on. */
export type CipherFailure =
  | 'odd-hex-length'
  | 'not-hex'
  | 'block-size'
  | 'bad-padding'
  | 'iv-length'
  | 'key-length';

const explanations: Readonly<Record<CipherFailure, string>> = {
  'odd-hex-length': 'the hex string has an odd number of digits',
  'not-hex': 'the data contains characters that are not hex digits',
  'block-size': 'the ciphertext is not a whole number of cipher blocks',
  'bad-padding': 'the decrypted data does not end in valid PKCS#7 padding',
  'iv-length': 'the AES initialisation vector is not 16 bytes',
  'key-length': 'the key has a length this cipher cannot use',
};

/**
 * The one error class of protocol/crypto: a failure the caller is expected to
 * handle (garbled or foreign data, a misconfigured key), never a bug.
 *
 * @example
 * try {
 *   cipher.decrypt('ABC', 3);
 * } catch (error) {
 *   if (error instanceof CipherError) console.log(error.reason); // 'odd-hex-length'
 *   else throw error;
 * }
 */
export class CipherError extends Error {
  override readonly name = 'CipherError';

  constructor(readonly reason: CipherFailure) {
    super(explanations[reason]);
  }
}
