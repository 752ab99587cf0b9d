import { describe, expect, it } from 'vitest';
import { parseFormat } from '../../../protocol/format/notation.js';

describe('parseFormat', () => {
  it.each([
    ['ans..30', { kind: 'ans', length: { max: 30 } }],
    ['a3', { kind: 'a', length: { fixed: 3 } }],
    ['an32', { kind: 'an', length: { fixed: 32 } }],
    ['n8', { kind: 'n', length: { fixed: 8 } }],
    ['a..50', { kind: 'a', length: { max: 50 } }],
    ['ns..30', { kind: 'ns', length: { max: 30 } }],
    ['as..12', { kind: 'as', length: { max: 12 } }],
    ['n..10', { kind: 'n', length: { max: 10 } }],
  ])('reads %s', (notation, expected) => {
    expect(parseFormat(notation)).toEqual({ ...expected, notation });
  });

  it.each(['bool', 'enum', 'dttm', 'ans'])('reads %s without a length', (notation) => {
    expect(parseFormat(notation)).toEqual({ kind: notation, notation });
  });

  it('reads the longest kind first, so ans3 is ans with length 3', () => {
    expect(parseFormat('ans3').kind).toBe('ans');
  });

  it.each(['', 'x3', 'ans..', 'ans...3', 'a.3', 'ANS..3', 'ans..3 ', 'a0', 'n..0', '3'])(
    'throws on the malformed notation %j',
    (notation) => {
      expect(() => parseFormat(notation)).toThrow();
    },
  );
});
