import { fitsCharset } from './charset.js';
import { readIsoDateTime } from './date.js';
import type { Format } from './notation.js';

/**
 * Which rule of a format a value broke. `invalid` is the right shape naming
 * no real thing (a `dttm` of 2023-02-30T10:00:00); the others are the seed's
 * own rules (characters, fixed or maximum length, list of allowed values).
 */
export type FormatFailure =
  | 'wrong-characters'
  | 'too-long'
  | 'too-short'
  | 'not-in-enum'
  | 'invalid';

/**
 * Checks a value against a format, reporting the first rule it breaks, in this
 * order: characters (or the shape of `bool`/`dttm`), then length, then the
 * allowed values. A value breaking several rules reports its characters:
 * fixing its length would not make it acceptable.
 *
 * - Lengths count characters (Unicode code points), not bytes, on the NFC
 *   form: a decomposed `u` + combining diaeresis is one `ü`.
 * - `bool` is `true` or `false` in any letter case (the Paygate is ASP.NET,
 *   whose boolean parser ignores case).
 * - Enum values are compared exactly, case included.
 * - The empty string is checked like any other value (too short for a fixed
 *   length, fine for a maximum); callers treat empty fields as absent first.
 *
 * @example
 * checkFormat('EUR', parseFormat('a3'));                 // null
 * checkFormat('EURO', parseFormat('a3'));                // 'too-long'
 * checkFormat('E1', parseFormat('a3'));                  // 'wrong-characters'
 * checkFormat('XX', parseFormat('a2'), ['BC', 'UP']);    // 'not-in-enum'
 */
export function checkFormat(
  value: string,
  format: Format,
  enumValues?: readonly string[],
): FormatFailure | null {
  const text = value.normalize('NFC');
  const shape = checkShape(text, format);
  if (shape) return shape;
  const length = checkLength(text, format);
  if (length) return length;
  if (format.kind === 'enum' && enumValues === undefined) {
    throw new Error(`Format 'enum' needs its list of values (${format.notation})`);
  }
  if (enumValues !== undefined && !enumValues.includes(text)) return 'not-in-enum';
  return null;
}

function checkShape(text: string, format: Format): FormatFailure | null {
  switch (format.kind) {
    case 'enum':
      return null;
    case 'bool':
      return /^(true|false)$/i.test(text) ? null : 'wrong-characters';
    case 'dttm': {
      const reading = readIsoDateTime(text);
      if (reading === 'wrong-shape') return 'wrong-characters';
      return reading === 'impossible' ? 'invalid' : null;
    }
    default:
      return fitsCharset(text, format.kind) ? null : 'wrong-characters';
  }
}

function checkLength(text: string, format: Format): FormatFailure | null {
  if (!format.length) return null;
  const characters = [...text].length;
  if ('fixed' in format.length) {
    if (characters < format.length.fixed) return 'too-short';
    return characters > format.length.fixed ? 'too-long' : null;
  }
  return characters > format.length.max ? 'too-long' : null;
}
