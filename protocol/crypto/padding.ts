/**
 * How a plaintext is filled up to the cipher's block size. The Paygate's own
 * Blowfish code and most PHP clients pad with NUL bytes (nothing when already
 * aligned); OpenSSL, Java and Python pad PKCS#7 (always at least one byte).
 * Answers go out PKCS#7 (docs/decisions/010-wire-dialect.md).
 */
export type Padding = 'nul' | 'pkcs7';

/**
 * Pads `bytes` to a multiple of `blockSize` in the given way.
 *
 * @example
 * pad(Buffer.from('abc'), 8, 'nul'); // 'abc' + five 0x00 bytes
 * pad(Buffer.from('abc'), 8, 'pkcs7'); // 'abc' + five 0x05 bytes
 */
export function pad(bytes: Uint8Array, blockSize: number, padding: Padding): Buffer {
  return padding === 'pkcs7' ? padPkcs7(bytes, blockSize) : padWithNul(bytes, blockSize);
}

/**
 * Pads with NUL bytes up to the next multiple of `blockSize`, as the Paygate's
 * own Blowfish code does; already aligned input gets no padding at all.
 *
 * @example
 * padWithNul(Buffer.from('abc'), 8); // 'abc' + five 0x00 bytes
 */
export function padWithNul(bytes: Uint8Array, blockSize: number): Buffer {
  const padded = Buffer.alloc(Math.ceil(bytes.length / blockSize) * blockSize);
  padded.set(bytes);
  return padded;
}

/**
 * PKCS#7: 1 to `blockSize` bytes, each holding the pad length; aligned input
 * gets a whole block.
 *
 * @example
 * padPkcs7(Buffer.from('abcdefgh'), 8); // 'abcdefgh' + eight 0x08 bytes
 */
export function padPkcs7(bytes: Uint8Array, blockSize: number): Buffer {
  const padLength = blockSize - (bytes.length % blockSize);
  const padded = Buffer.alloc(bytes.length + padLength, padLength);
  padded.set(bytes);
  return padded;
}

/**
 * Length of `bytes` once trailing NUL bytes are cut off.
 *
 * @example
 * lengthWithoutNulPadding(Buffer.from('ab\0\0')); // 2
 */
export function lengthWithoutNulPadding(bytes: Uint8Array, end = bytes.length): number {
  let cut = end;
  while (cut > 0 && bytes[cut - 1] === 0) cut--;
  return cut;
}

/**
 * Length of `bytes` once PKCS#7 padding is cut off, or undefined when the
 * tail is not valid PKCS#7 for this block size (1..blockSize bytes, each
 * holding the pad length).
 *
 * @example
 * lengthWithoutPkcs7Padding(Buffer.from('abc\x05\x05\x05\x05\x05'), 8); // 3
 * lengthWithoutPkcs7Padding(Buffer.from('abc\0\0\0\0\0'), 8); // undefined
 */
export function lengthWithoutPkcs7Padding(
  bytes: Uint8Array,
  blockSize: number,
): number | undefined {
  const padLength = bytes[bytes.length - 1] ?? 0;
  if (padLength < 1 || padLength > blockSize || padLength > bytes.length) return undefined;
  for (let i = bytes.length - padLength; i < bytes.length; i++) {
    if (bytes[i] !== padLength) return undefined;
  }
  return bytes.length - padLength;
}

/**
 * Where a decrypted plaintext may end, most likely first, for every padding
 * a live client is known to send: PKCS#7 (OpenSSL, Java, pretix), NULs to
 * the block size and PKCS#7 on top (FATCHIP's OpenSSL library), NULs alone
 * (Computop's sample and most PHP clients), or none.
 *
 * PKCS#7 goes first: a NUL padded text would need a control character at its
 * very end to look like PKCS#7, while with the order reversed a PKCS#7 tail
 * could pass for text whenever Len counts characters and the text has
 * non-ASCII letters.
 *
 * Pad bytes (a valid PKCS#7 tail, trailing NULs) are never read as text: a
 * Len above the plaintext, up to the block boundary, must not pull them
 * into the last value.
 *
 * @example
 * unpaddedLengths(Buffer.from('ab\0\0\0\0\0\0' + '\x08'.repeat(8)), 8); // [8, 2]
 */
export function unpaddedLengths(decrypted: Uint8Array, blockSize: number): number[] {
  const pkcs7 = lengthWithoutPkcs7Padding(decrypted, blockSize);
  const candidates = [
    pkcs7,
    pkcs7 === undefined ? undefined : lengthWithoutNulPadding(decrypted, pkcs7),
    // Without PKCS#7 and NULs this is the whole buffer (an unpadded, block-aligned text).
    lengthWithoutNulPadding(decrypted),
  ];
  return [...new Set(candidates.filter((length) => length !== undefined))];
}
