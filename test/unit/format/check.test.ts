import { describe, expect, it } from 'vitest';
import { checkFormat } from '../../../protocol/format/check.js';
import { parseFormat } from '../../../protocol/format/notation.js';

const check = (value: string, notation: string, enumValues?: readonly string[]) =>
  checkFormat(value, parseFormat(notation), enumValues);

describe('checkFormat: characters of each kind', () => {
  it.each([
    ['a', 'Müller', null],
    ['a', 'ÄÖÜäöüß', null],
    ['a', 'Renée', null],
    ['a', 'Müller2', 'wrong-characters'],
    ['a', 'Müller-Lüdenscheidt', 'wrong-characters'],
    ['a', 'Anna Lena', 'wrong-characters'],
    ['as', 'Müller-Lüdenscheidt', null],
    ['as', "O'Brien, Dr. (Köln)", null],
    ['as', 'Straße 5', 'wrong-characters'],
    ['n', '0123456789', null],
    ['n', '12a', 'wrong-characters'],
    ['n', '-12', 'wrong-characters'],
    ['n', '1.5', 'wrong-characters'],
    ['n', '١٢', 'wrong-characters'],
    ['an', 'AbcÄ123', null],
    ['an', 'Abc 123', 'wrong-characters'],
    ['an', 'Abc-123', 'wrong-characters'],
    ['ans', 'Hauptstraße 5a, 2. OG', null],
    ['ans', 'a=b', null],
    ['ans', 'Müller & Söhne', 'wrong-characters'],
    ['ans', 'line\nbreak', 'wrong-characters'],
    ['ans', 'tab\there', 'wrong-characters'],
    ['ans', 'nul\u0000', 'wrong-characters'],
    ['ans', 'Иван', 'wrong-characters'],
    ['ns', '2024-0001/7', null],
    ['ns', '+49 (0) 30 123', null],
    ['ns', '2024-A1', 'wrong-characters'],
    ['ns', '2024-ä1', 'wrong-characters'],
  ])('%s with %j gives %s', (notation, value, expected) => {
    expect(check(value, notation)).toBe(expected);
  });
});

describe('checkFormat: emoji', () => {
  it('accepts a single emoji as a special character in ans, as and ns', () => {
    expect(check('Danke 😀', 'ans')).toBeNull();
    expect(check('Danke 😀', 'as')).toBeNull();
    expect(check('42 😀', 'ns')).toBeNull();
  });

  it('rejects emoji in a, an and n', () => {
    expect(check('Danke😀', 'a')).toBe('wrong-characters');
    expect(check('Danke😀', 'an')).toBe('wrong-characters');
    expect(check('42😀', 'n')).toBe('wrong-characters');
  });

  it('rejects emoji joined with a zero-width joiner (a format character)', () => {
    expect(check('👨‍👩‍👧', 'ans')).toBe('wrong-characters');
  });

  it('counts an emoji as one character, not as two UTF-16 units or four bytes', () => {
    expect(check('😀😀😀', 'ans..3')).toBeNull();
    expect(check('😀😀😀😀', 'ans..3')).toBe('too-long');
  });
});

describe('checkFormat: lengths', () => {
  it('accepts a maximum length exactly and rejects one more', () => {
    expect(check('a'.repeat(30), 'ans..30')).toBeNull();
    expect(check('a'.repeat(31), 'ans..30')).toBe('too-long');
  });

  it('accepts anything shorter than a maximum, down to one character', () => {
    expect(check('a', 'ans..30')).toBeNull();
  });

  it('wants a fixed length exactly: one less is too short, one more too long', () => {
    expect(check('EUR', 'a3')).toBeNull();
    expect(check('EU', 'a3')).toBe('too-short');
    expect(check('EURO', 'a3')).toBe('too-long');
    expect(check('1'.repeat(8), 'n8')).toBeNull();
    expect(check('1'.repeat(7), 'n8')).toBe('too-short');
    expect(check('1'.repeat(9), 'n8')).toBe('too-long');
  });

  it('counts umlauts as one character each, not as two bytes', () => {
    expect(check('ÄÖÜ', 'a3')).toBeNull();
    expect(check('ä'.repeat(5), 'ans..5')).toBeNull();
  });

  it('counts a decomposed umlaut as one character (values are read in NFC)', () => {
    const decomposed = 'Mu\u0308ller';
    expect(check(decomposed, 'a..6')).toBeNull();
    expect(check(decomposed, 'a')).toBeNull();
  });

  it('reports characters before length when both are wrong', () => {
    expect(check('12345', 'a3')).toBe('wrong-characters');
  });

  it('checks the empty string like any value: too short for a fixed length, fine for a maximum', () => {
    expect(check('', 'a3')).toBe('too-short');
    expect(check('', 'ans..3')).toBeNull();
  });
});

describe('checkFormat: bool', () => {
  it.each(['true', 'false', 'True', 'FALSE'])('accepts %s (letter case ignored)', (value) => {
    expect(check(value, 'bool')).toBeNull();
  });

  it.each(['1', '0', 'yes', ' true', 'truee', ''])('rejects %j', (value) => {
    expect(check(value, 'bool')).toBe('wrong-characters');
  });
});

describe('checkFormat: dttm', () => {
  it('accepts a real moment', () => {
    expect(check('2024-02-29T23:59:59', 'dttm')).toBeNull();
  });

  it('rejects another shape as wrong characters', () => {
    expect(check('2024-02-29 23:59:59', 'dttm')).toBe('wrong-characters');
    expect(check('29.02.2024', 'dttm')).toBe('wrong-characters');
  });

  it('rejects the right shape naming no real day or time as invalid', () => {
    expect(check('2023-02-29T10:00:00', 'dttm')).toBe('invalid');
    expect(check('2024-02-28T25:00:00', 'dttm')).toBe('invalid');
  });
});

describe('checkFormat: enum values', () => {
  it('accepts a listed value after the format passed', () => {
    expect(check('BC', 'a2', ['BC', 'UP'])).toBeNull();
  });

  it('rejects an unlisted value that fits the format', () => {
    expect(check('XX', 'a2', ['BC', 'UP'])).toBe('not-in-enum');
  });

  it('compares case exactly', () => {
    expect(check('bc', 'a2', ['BC', 'UP'])).toBe('not-in-enum');
  });

  it('reports the format first when the value breaks it too', () => {
    expect(check('B1', 'a2', ['BC'])).toBe('wrong-characters');
    expect(check('BCD', 'a2', ['BC'])).toBe('too-long');
  });

  it('checks the kind enum by its list alone', () => {
    expect(check('AUTO', 'enum', ['AUTO'])).toBeNull();
    expect(check('auto', 'enum', ['AUTO'])).toBe('not-in-enum');
  });

  it('throws for the kind enum without a list: that is a bug in the data', () => {
    expect(() => check('AUTO', 'enum')).toThrow();
  });
});
