/**
 * The seed's format notation: a kind (`a`, `as`, `n`, `an`, `ans`, `ns`,
 * `bool`, `enum`, `dttm`) optionally followed by a length rule, where a bare
 * number is a fixed length (`a3`) and `..N` a maximum length (`ans..30`).
 */
export type FormatKind = 'a' | 'as' | 'n' | 'an' | 'ans' | 'ns' | 'bool' | 'enum' | 'dttm';

export type Length = { fixed: number } | { max: number } | undefined;

export interface Format {
  kind: FormatKind;
  length?: { fixed: number } | { max: number };
  /** The notation as written in the seed, kept for messages and docs. */
  notation: string;
}

// Longest alternatives first, so that 'ans' is not read as 'an' + garbage.
const NOTATION = /^(ans|as|an|ns|a|n|bool|enum|dttm)(?:(\d+)|\.\.(\d+))?$/;

/**
 * Parses a format notation. Notations are data written by us, so a malformed
 * one is a bug and throws rather than returning a failure value.
 *
 * @example
 * parseFormat('ans..30'); // { kind: 'ans', length: { max: 30 }, notation: 'ans..30' }
 * parseFormat('a3');      // { kind: 'a', length: { fixed: 3 }, notation: 'a3' }
 * parseFormat('dttm');    // { kind: 'dttm', notation: 'dttm' }
 */
export function parseFormat(notation: string): Format {
  const match = NOTATION.exec(notation);
  if (!match) throw new Error(`Unknown format notation: '${notation}'`);
  const [, kind, fixed, max] = match;
  const format: Format = { kind: kind as FormatKind, notation };
  if (fixed !== undefined) format.length = { fixed: positive(fixed, notation) };
  if (max !== undefined) format.length = { max: positive(max, notation) };
  return format;
}

function positive(digits: string, notation: string): number {
  const value = Number(digits);
  if (value < 1) throw new Error(`Length must be at least 1 in format notation: '${notation}'`);
  return value;
}
