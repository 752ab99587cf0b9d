import { describe, expect, it } from 'vitest';
import { readSeedTables } from './seed-tables.js';

const known = new Set(['Data', 'CodeExt', 'PayType', 'MID']);
const isKnown = (name: string) => known.has(name);

describe('reading the seed tables', () => {
  it('reads rows of three lines, squashed rows and an empty CND cell', () => {
    const text = [
      'Intro text',
      'Parameter',
      'Format',
      'CND',
      'Beschreibung',
      'MID',
      '',
      'ans..30',
      'M',
      'HändlerID',
      'PayType',
      'a..3',
      'Zahlungsart:',
      'CodeExtn..10OFehlercode von Real Solutions',
      'Datan..10MBetrag',
      'Parameter',
      'Format',
      'CND',
      'Beschreibung',
      'Amount',
      'n..10',
      'O',
    ].join('\n');
    expect(readSeedTables(text, isKnown)).toEqual([
      [
        { name: 'MID', format: 'ans..30', presence: 'M', line: 6 },
        { name: 'PayType', format: 'a..3', presence: '', line: 11 },
        { name: 'CodeExt', format: 'n..10', presence: 'O', line: 14 },
        { name: 'Data', format: 'n..10', presence: 'M', line: 15 },
      ],
      [{ name: 'Amount', format: 'n..10', presence: 'O', line: 20 }],
    ]);
  });
});
