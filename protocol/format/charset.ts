/**
 * The character classes behind the seed's text kinds. The seed names them
 * only ("alphabetisch", "numerisch", "mit Sonderzeichen"); this file is our
 * reading, written down once (see docs/decisions/003-reference-readings.md):
 *
 * - letter: Latin letters only: A-Z, a-z, the Latin-1 letters (ä ö ü Ä Ö Ü ß
 *   é ç ñ ...; not × and ÷), Latin Extended-A and -B (U+0100-U+024F) and
 *   Latin Extended Additional (U+1E00-U+1EFF, which holds the capital ẞ).
 * - digit: the ASCII digits 0-9 only.
 * - special: every other printable character: space (also no-break space),
 *   punctuation, symbols (€ § ° and emoji), combining marks.
 * - other: never allowed in any kind:
 *   - control characters (NUL, TAB, CR, LF, DEL, C1), format characters
 *     (zero-width joiner, BOM, bidi overrides), lone surrogates, private-use
 *     and unassigned code points, line and paragraph separators;
 *   - letters and digits of other scripts (Greek, Cyrillic, CJK, Arabic
 *     digits, ², ª, µ): the receiving service is a German debtor management,
 *     so names are expected transliterated;
 *   - `&`: it separates pairs in the plaintext `Key=Value&...`, so a value
 *     holding it cannot be transported. `=` is fine: pairs split on the first.
 */
export type CharClass = 'letter' | 'digit' | 'special' | 'other';

const LATIN_LETTER = /^[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]$/u;
const ASCII_DIGIT = /^[0-9]$/;
const NOT_PRINTABLE = /^[\p{C}\p{Zl}\p{Zp}]$/u;
const FOREIGN_LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const PAIR_SEPARATOR = '&';

/**
 * Classifies one code point.
 *
 * @example
 * charClass('ß');  // 'letter'
 * charClass('7');  // 'digit'
 * charClass('-');  // 'special'
 * charClass('&');  // 'other'
 */
export function charClass(codePoint: string): CharClass {
  if (LATIN_LETTER.test(codePoint)) return 'letter';
  if (ASCII_DIGIT.test(codePoint)) return 'digit';
  if (codePoint === PAIR_SEPARATOR) return 'other';
  if (NOT_PRINTABLE.test(codePoint)) return 'other';
  if (FOREIGN_LETTER_OR_NUMBER.test(codePoint)) return 'other';
  return 'special';
}

/** The text kinds, i.e. the kinds whose rule is a set of character classes. */
export type TextKind = 'a' | 'as' | 'n' | 'an' | 'ans' | 'ns';

/**
 * Which classes each text kind admits.
 *
 * @example
 * allowedClasses.ns.has('letter'); // false
 */
export const allowedClasses: Readonly<Record<TextKind, ReadonlySet<CharClass>>> = {
  a: new Set(['letter']),
  as: new Set(['letter', 'special']),
  n: new Set(['digit']),
  an: new Set(['letter', 'digit']),
  ans: new Set(['letter', 'digit', 'special']),
  ns: new Set(['digit', 'special']),
};

/**
 * For each kind, whether each Latin-1 code point (U+0000-U+00FF) is allowed:
 * built from `charClass` itself, so the table can never disagree with it.
 * Nearly every character of a Paygate field is Latin-1, and a table lookup
 * replaces up to five regular expressions per character (decision 009).
 */
const LATIN1_ALLOWED: Readonly<Record<TextKind, Uint8Array>> = (() => {
  const classes = Array.from({ length: 256 }, (_, code) => charClass(String.fromCharCode(code)));
  const table = (kind: TextKind) =>
    Uint8Array.from(classes, (cls) => (allowedClasses[kind].has(cls) ? 1 : 0));
  return {
    a: table('a'),
    as: table('as'),
    n: table('n'),
    an: table('an'),
    ans: table('ans'),
    ns: table('ns'),
  };
})();

/**
 * Whether every code point of `value` belongs to a class the kind admits.
 *
 * @example
 * fitsCharset('Müller', 'a'); // true
 * fitsCharset('R2D2', 'a');   // false
 */
export function fitsCharset(value: string, kind: TextKind): boolean {
  const latin1 = LATIN1_ALLOWED[kind];
  const allowed = allowedClasses[kind];
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit < 256) {
      if (latin1[unit] === 0) return false;
      continue;
    }
    // Beyond Latin-1: the whole code point (a surrogate pair is one), classified.
    const codePoint = value.codePointAt(i) ?? unit;
    if (codePoint > 0xffff) i++;
    if (!allowed.has(charClass(String.fromCodePoint(codePoint)))) return false;
  }
  return true;
}
