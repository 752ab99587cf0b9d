import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedClasses,
  charClass,
  fitsCharset,
  type TextKind,
} from '../../../protocol/format/charset.js';

describe('charClass', () => {
  it.each(['A', 'z', 'ä', 'Ö', 'ü', 'ß', 'ẞ', 'é', 'Ç', 'ñ', 'ø', 'Ł', 'ő', 'ș'])(
    'counts the Latin letter %s as a letter',
    (ch) => {
      expect(charClass(ch)).toBe('letter');
    },
  );

  it.each(['0', '5', '9'])('counts %s as a digit', (ch) => {
    expect(charClass(ch)).toBe('digit');
  });

  it.each([' ', '\u00A0', '-', '.', ',', '/', '@', '+', ';', '=', '€', '§', '°', '(', '😀', '×'])(
    'counts %j as a special character',
    (ch) => {
      expect(charClass(ch)).toBe('special');
    },
  );

  it.each([
    ['the pair separator &', '&'],
    ['NUL', '\u0000'],
    ['TAB', '\t'],
    ['LF', '\n'],
    ['CR', '\r'],
    ['DEL', '\u007F'],
    ['a C1 control', '\u0085'],
    ['the zero-width joiner', '\u200D'],
    ['a BOM', '\uFEFF'],
    ['a bidi override', '\u202E'],
    ['a lone surrogate', '\uD800'],
    ['a private-use code point', '\uE000'],
    ['the line separator', '\u2028'],
    ['a Greek letter', 'α'],
    ['a Cyrillic letter', 'ж'],
    ['a CJK character', '中'],
    ['an Arabic-Indic digit', '٣'],
    ['a superscript two', '²'],
    ['the ordinal indicator ª', 'ª'],
  ])('rejects %s everywhere', (_label, ch) => {
    expect(charClass(ch)).toBe('other');
  });
});

describe('fitsCharset', () => {
  it('takes umlauts and ß as letters in a, as, an and ans', () => {
    for (const kind of ['a', 'as', 'an', 'ans'] as const) {
      expect(fitsCharset('Müßigäöü', kind)).toBe(true);
    }
  });

  it('keeps digits out of a and as, letters out of n and ns', () => {
    expect(fitsCharset('R2D2', 'a')).toBe(false);
    expect(fitsCharset('Nr. 5', 'as')).toBe(false);
    expect(fitsCharset('12a', 'n')).toBe(false);
    expect(fitsCharset('2024-ä1', 'ns')).toBe(false);
  });

  it('keeps special characters out of a, n and an', () => {
    expect(fitsCharset('Müller-Lüdenscheidt', 'a')).toBe(false);
    expect(fitsCharset('1 000', 'n')).toBe(false);
    expect(fitsCharset('AB 12', 'an')).toBe(false);
  });

  it('lets special characters into as, ns and ans', () => {
    expect(fitsCharset("O'Brien-Weiß", 'as')).toBe(true);
    expect(fitsCharset('2024-0001/7', 'ns')).toBe(true);
    expect(fitsCharset('Hauptstr. 5a, 2. OG = links', 'ans')).toBe(true);
  });

  it('accepts the empty string in every kind', () => {
    expect(fitsCharset('', 'n')).toBe(true);
  });
});

describe('fitsCharset, table and classifier alike', () => {
  it('agrees with classifying every code point, for any string and every kind', () => {
    const kinds = Object.keys(allowedClasses) as TextKind[];
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.constantFrom(...kinds),
        (value, kind) => {
          const byClass = [...value].every((cp) => allowedClasses[kind].has(charClass(cp)));
          expect(fitsCharset(value, kind)).toBe(byClass);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
