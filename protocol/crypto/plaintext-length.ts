// `ignoreBOM` keeps the text exactly as sent, so lengths stay comparable with Len.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const windows1252 = new TextDecoder('windows-1252');

/**
 * UTF-8, or where the bytes are no UTF-8, Windows-1252 (the superset of
 * ISO-8859-1 browsers read for it): older shop systems still send Latin-1,
 * and `LastName=Müller` must not look like a wrong key. Noise from a wrong
 * key decodes too, but holds control characters, which the caller refuses.
 * The five bytes Windows-1252 leaves unmapped (they come out as C1
 * controls) become U+FFFD there: no Latin-1 text holds them.
 */
export function decodePlaintext(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return windows1252.decode(bytes).replace(/[\u0080-\u009f]/g, '\ufffd');
  }
}

/**
 * Does `text` (which is `byteLength` bytes of UTF-8) have length `len` under
 * any counting a live client uses? Bytes (PHP strlen), UTF-16 code units
 * (Java, C#, JavaScript) or code points (Python). They differ only for
 * non-ASCII text.
 */
function hasLen(text: string, byteLength: number, len: number): boolean {
  if (byteLength === len || text.length === len) return true;
  return characterLength(text) === len;
}

/**
 * Turns a decrypted, still padded buffer into the plaintext, using `Len` to
 * decide between the ways the padding may be read.
 *
 * `candidateLengths` are the byte lengths the plaintext may have once padding
 * is removed, most likely first. The first one whose text has length `len` in
 * bytes, UTF-16 units or code points wins. When none matches, `Len` is read
 * literally as bytes ("keep the first Len bytes"), but never beyond the first
 * candidate, so padding NULs never leak into the text.
 *
 * @example
 * const decrypted = Buffer.from('Name=Müller\0\0\0\0', 'utf8'); // 12 bytes of text
 * plaintextForLen(decrypted, [12, 16], 11); // 'Name=Müller' (Len counted in characters)
 * plaintextForLen(decrypted, [12, 16], 12); // 'Name=Müller' (Len counted in bytes)
 */
export function plaintextForLen(
  decrypted: Uint8Array,
  candidateLengths: readonly number[],
  len: number,
): string {
  for (const byteLength of candidateLengths) {
    const text = decodePlaintext(decrypted.subarray(0, byteLength));
    if (hasLen(text, byteLength, len)) return text;
  }
  const cut = Math.min(len, candidateLengths[0] ?? decrypted.length);
  return decodePlaintext(decrypted.subarray(0, cut));
}

/**
 * Length in characters (code points), what PHP's `mb_strlen` counts for
 * UTF-8 and what `Len` means on the wire.
 *
 * @example characterLength('Köln €'); // 6 (UTF-8 bytes: 9)
 */
export function characterLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}
