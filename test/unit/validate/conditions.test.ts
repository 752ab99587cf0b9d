import { describe, expect, it } from 'vitest';
import { validateRequest } from '../../../protocol/validate.js';
import { validBcFields, validUpFields } from '../../fixtures/requests.js';

const failuresOf = (fields: Record<string, string | undefined>) => {
  const result = validateRequest(fields);
  return result.ok ? [] : result.failures.map((f) => `${f.parameter}:${f.kind}`);
};

const fieldsOf = (fields: Record<string, string | undefined>) => {
  const result = validateRequest(fields);
  if (!result.ok) throw new Error(JSON.stringify(result.failures));
  return result.fields;
};

const without = (fields: Readonly<Record<string, string | undefined>>, ...names: string[]) =>
  Object.fromEntries(Object.entries(fields).filter(([name]) => !names.includes(name)));

const debtor = without(validBcFields(), 'EventToken', 'RequestReason', 'CustomerID', 'MAC');

describe('up.address-only-rg: the debtor block belongs to RG only', () => {
  it('requires its M fields with RG', () => {
    expect(failuresOf(without(validUpFields('RG'), 'DebitorID', 'AddrStreet'))).toEqual([
      'DebitorID:missing',
      'AddrStreet:missing',
    ]);
  });

  it('requires nothing of it with the other reasons', () => {
    for (const reason of ['GU', 'ZA', 'MA', 'RM', 'DF'] as const) {
      expect(validateRequest(validUpFields(reason)).ok, reason).toBe(true);
    }
  });

  it('drops it from the fields of other reasons, Voranschrift and Lieferanschrift included', () => {
    const sent = {
      ...validUpFields('ZA'),
      DebitorID: 'D-1',
      ...debtor,
      AddrCity2: 'Bonn',
      sdFirstName: 'Eva',
    };
    const fields = fieldsOf(sent);
    for (const name of ['DebitorID', 'FirstName', 'IBAN', 'AddrCity2', 'sdFirstName']) {
      expect(fields).not.toHaveProperty(name);
    }
  });

  it('still format-checks it with other reasons', () => {
    expect(failuresOf({ ...validUpFields('ZA'), FirstName: 'x'.repeat(25) })).toEqual([
      'FirstName:too-long',
    ]);
  });

  it('still checks the ArticleList grammar with GU', () => {
    expect(failuresOf({ ...validUpFields('GU'), ArticleList: 'x' })).toEqual([
      'ArticleList:invalid',
    ]);
  });

  it('keeps the optional previous and delivery addresses with RG', () => {
    const fields = fieldsOf({ ...validUpFields('RG'), AddrZip2: '53111', sdAddrZip: '10115' });
    expect(fields).toMatchObject({ AddrZip2: '53111', sdAddrZip: '10115' });
  });
});

describe('up.invoice-only-rg-gu: the invoice block belongs to RG and GU', () => {
  it.each(['RG', 'GU'] as const)('requires InvoiceDate and NetAmount with %s', (reason) => {
    expect(failuresOf(without(validUpFields(reason), 'InvoiceDate', 'NetAmount'))).toEqual([
      'InvoiceDate:missing',
      'NetAmount:missing',
    ]);
  });

  it.each(['ZA', 'MA', 'RM', 'DF'] as const)('neither requires nor keeps it with %s', (reason) => {
    const fields = fieldsOf({
      ...validUpFields(reason),
      InvoiceDate: '2024-05-02',
      NetAmount: '100',
    });
    expect(fields).not.toHaveProperty('InvoiceDate');
    expect(fields).not.toHaveProperty('NetAmount');
  });
});

describe('up.invoice-only-rg: DueDate, ArticleList and TaxCode belong to RG', () => {
  it('keeps them with RG', () => {
    expect(fieldsOf(validUpFields('RG'))).toMatchObject({ DueDate: '2024-06-01', TaxCode: '1900' });
  });

  it('leaves them optional with RG', () => {
    expect(
      validateRequest(without(validUpFields('RG'), 'DueDate', 'ArticleList', 'TaxCode')).ok,
    ).toBe(true);
  });

  it('drops them with GU, so a lone ArticleList needs no TaxCode there', () => {
    const { ArticleList } = validUpFields('RG');
    const fields = fieldsOf({ ...validUpFields('GU'), DueDate: '2024-06-01', ArticleList });
    expect(fields).not.toHaveProperty('DueDate');
    expect(fields).not.toHaveProperty('ArticleList');
  });
});

describe('up.invoice-text-or-order-desc: InvoiceText may give way to OrderDesc for RG', () => {
  it('requires InvoiceText for RG without OrderDesc', () => {
    expect(failuresOf(without(validUpFields('RG'), 'InvoiceText'))).toEqual([
      'InvoiceText:missing',
    ]);
  });

  it('waives InvoiceText for RG with OrderDesc', () => {
    const fields = fieldsOf({
      ...without(validUpFields('RG'), 'InvoiceText'),
      OrderDesc: 'Bestellung 4711',
    });
    expect(fields).toMatchObject({ OrderDesc: 'Bestellung 4711' });
  });

  it('does not waive it for GU', () => {
    const sent = { ...without(validUpFields('GU'), 'InvoiceText'), OrderDesc: 'Bestellung 4711' };
    expect(failuresOf(sent)).toEqual(['InvoiceText:missing']);
  });

  it('does not count an empty OrderDesc', () => {
    const sent = { ...without(validUpFields('RG'), 'InvoiceText'), OrderDesc: '' };
    expect(failuresOf(sent)).toEqual(['InvoiceText:missing']);
  });
});

describe('up.tax-code-with-article-list: TaxCode is mandatory with an ArticleList', () => {
  it('requires TaxCode when ArticleList is sent', () => {
    expect(failuresOf(without(validUpFields('RG'), 'TaxCode'))).toEqual(['TaxCode:missing']);
  });

  it('accepts both together, and neither', () => {
    expect(validateRequest(validUpFields('RG')).ok).toBe(true);
    expect(validateRequest(without(validUpFields('RG'), 'TaxCode', 'ArticleList')).ok).toBe(true);
  });

  it('accepts TaxCode alone', () => {
    expect(validateRequest(without(validUpFields('RG'), 'ArticleList')).ok).toBe(true);
  });
});

describe('up.capture-auto-forbids-za: stateful, not judged per request', () => {
  it('lets a ZA with Capture=AUTO through validation (the engine judges the sequence)', () => {
    expect(validateRequest({ ...validUpFields('ZA'), Capture: 'AUTO' }).ok).toBe(true);
  });
});
