import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleFields } from '../../protocol/reference/article-list.js';
import { parameterNames } from '../../protocol/reference/parameters.js';
import { fieldFailures } from '../../protocol/schema/field.js';
import { type ResolvedField, resolveField } from '../../protocol/schema/resolve.js';
import { fieldRegex } from './format-regex.js';
import { fieldMatcher, requestTemplate } from './matchers.js';

// The pact's regexes must accept exactly what the simulator's own field check accepts.
const referenceAccepts = (field: ResolvedField, value: string) =>
  fieldFailures(field, value).length === 0;
const regexAccepts = (field: ResolvedField, value: string) =>
  new RegExp(fieldRegex(field), 'u').test(value);

const fields = parameterNames.map((name) => resolveField({ name, presence: 'O', group: 'call' }));

// Letters, digits and specials of every class, separators, controls, foreign scripts.
const alphabet = [
  'a',
  'Z',
  'ä',
  'ß',
  'ẞ',
  'é',
  '0',
  '7',
  ' ',
  '-',
  '.',
  '@',
  '/',
  '€',
  '§',
  '\u00A0',
  '\u0301',
  '&',
  ';',
  '+',
  '\t',
  '\n',
  '\u200D',
  'α',
  'Ж',
  '²',
  'µ',
  '×',
  '\uE000',
  '😀',
];
const text = fc
  .string({ unit: fc.constantFrom(...alphabet), minLength: 1, maxLength: 40 })
  .map((value) => value.normalize('NFC'))
  .filter((value) => value.length > 0);

describe('format regexes of the contract', () => {
  it.each(fields.filter((f) => !f.enumValues && !f.shape).map((f) => [f.name, f] as const))(
    'accept exactly what the reference accepts for %s',
    (_name, field) => {
      fc.assert(
        fc.property(text, (value) => regexAccepts(field, value) === referenceAccepts(field, value)),
        { numRuns: 300 },
      );
    },
  );

  it.each(fields.filter((f) => f.format.length).map((f) => [f.name, f] as const))(
    'draw the length limit of %s where the reference draws it',
    (_name, field) => {
      const unit = field.format.kind.includes('a') ? 'x' : '1';
      const limit = field.format.length as { fixed?: number; max?: number };
      const size = limit.fixed ?? limit.max ?? 1;
      for (const length of [size - 1, size, size + 1].filter((n) => n > 0)) {
        const value = unit.repeat(length);
        expect(regexAccepts(field, value)).toBe(referenceAccepts(field, value));
      }
    },
  );

  it.each(fields.filter((f) => f.enumValues).map((f) => [f.name, f] as const))(
    'take the enum values of %s exactly',
    (_name, field) => {
      for (const value of field.enumValues ?? []) {
        expect(regexAccepts(field, value)).toBe(true);
        expect(regexAccepts(field, value.toLowerCase())).toBe(value === value.toLowerCase());
        expect(regexAccepts(field, `${value}X`)).toBe(false);
      }
    },
  );

  it('read dates by shape and day ranges', () => {
    const date = fields.find((f) => f.shape === 'date') as ResolvedField;
    for (const value of [
      '2024-02-29',
      '2024-04-30',
      '2024-12-31',
      '2024-04-31',
      '2024-13-01',
      '2024-5-1',
      '02.05.2024',
    ]) {
      expect([value, regexAccepts(date, value)]).toEqual([value, referenceAccepts(date, value)]);
    }
  });

  it('read an ArticleList by its grammar', () => {
    const list = fields.find((f) => f.shape === 'articleList') as ResolvedField;
    const piece = fc.constantFrom(
      'A-1',
      'Tee',
      '',
      ' 1190',
      '1000 ',
      '1900',
      'x&y',
      'a;b',
      '+',
      'ä',
      '12a',
    );
    const article = fc.array(piece, { minLength: 6, maxLength: 8 }).map((parts) => parts.join(';'));
    const value = fc.array(article, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('+'));
    fc.assert(
      fc.property(value, (v) => regexAccepts(list, v) === referenceAccepts(list, v)),
      { numRuns: 500 },
    );
    expect(articleFields).toHaveLength(7);
  });
});

describe('contract matchers', () => {
  it('refuse an example its own format rejects', () => {
    const currency = resolveField({ name: 'Currency', presence: 'M', group: 'call' });
    expect(() => fieldMatcher(currency, 'EURO')).toThrow(/Currency/);
  });

  it('pin EventToken and RequestReason of the call exactly', () => {
    const body = requestTemplate(
      'UP',
      { EventToken: 'UP', RequestReason: 'RG' },
      { requestReason: 'RG' },
    );
    expect(body).toEqual({ EventToken: 'UP', RequestReason: 'RG' });
  });

  it('refuse a field the call does not have', () => {
    expect(() => requestTemplate('OC', { Amt: '100' })).toThrow(/Amt/);
  });
});
