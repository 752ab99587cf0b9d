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
 * Length of `bytes` once trailing NUL bytes are cut off.
 *
 * @example
 * lengthWithoutNulPadding(Buffer.from('ab\0\0')); // 2
 */
export function lengthWithoutNulPadding(bytes: Uint8Array): number {
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  return end;
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
