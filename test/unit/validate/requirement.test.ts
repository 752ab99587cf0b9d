import { describe, expect, it } from 'vitest';
import { type MessageTable, requestTables } from '../../../protocol/reference/messages.js';
import { type Requirement, requirementOf } from '../../../protocol/schema/requirement.js';

const fieldOf = (table: MessageTable, name: string) => {
  const field = table.fields.find((f) => f.name === name);
  if (!field) throw new Error(name);
  return field;
};

const requirement = (
  table: MessageTable,
  name: string,
  reason: string | undefined,
  present: string[] = [],
): Requirement => requirementOf(table, fieldOf(table, name), reason, new Set(present));

const up: MessageTable = requestTables.UP;

describe('requirementOf', () => {
  it('reads M and O straight from the table when no condition applies', () => {
    expect(requirement(up, 'PayID', 'ZA')).toBe('required');
    expect(requirement(up, 'PayType', 'ZA')).toBe('optional');
  });

  it('ignores reason-bound fields while the reason is unknown', () => {
    expect(requirement(up, 'DebitorID', undefined)).toBe('ignored');
    expect(requirement(up, 'InvoiceDate', undefined)).toBe('ignored');
    expect(requirement(up, 'MerchantID', undefined)).toBe('required');
  });

  it('reads C as optional unless a condition demands it', () => {
    expect(requirement(up, 'TaxCode', 'RG')).toBe('optional');
    expect(requirement(up, 'TaxCode', 'RG', ['ArticleList'])).toBe('required');
  });

  it('does not let an out-of-scope field trigger a condition', () => {
    expect(requirement(up, 'InvoiceText', 'GU', ['OrderDesc'])).toBe('required');
  });

  it("turns a field into not-allowed where a condition's otherwise says so", () => {
    const strict: MessageTable = {
      ...up,
      conditions: [
        {
          kind: 'onlyForReasons',
          id: 'test.strict',
          fields: ['DueDate'],
          reasons: ['RG'],
          otherwise: 'not-allowed',
          seed: 'Nur bei Rechnung',
          note: 'test',
        },
      ],
    };
    expect(requirement(strict, 'DueDate', 'GU')).toBe('not-allowed');
    expect(requirement(strict, 'DueDate', 'RG')).toBe('optional');
  });
});
