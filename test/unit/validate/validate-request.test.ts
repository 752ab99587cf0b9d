import { describe, expect, it } from 'vitest';
import { validateRequest } from '../../../protocol/validate.js';
import {
  validBcFields,
  validDcFields,
  validOcFields,
  validOsFields,
  validUpFields,
} from '../../fixtures/requests.js';

const failuresOf = (fields: Record<string, string | undefined>) => {
  const result = validateRequest(fields);
  return result.ok ? [] : result.failures.map((f) => `${f.parameter}:${f.kind}`);
};

describe('validateRequest', () => {
  const valid: [string, Readonly<Record<string, string | undefined>>][] = [
    ['BC', validBcFields()],
    ['DC', validDcFields()],
    ['OC', validOcFields()],
    ['OS', validOsFields()],
    ...(['RG', 'GU', 'ZA', 'MA', 'RM', 'DF'] as const).map(
      (r): [string, Readonly<Record<string, string | undefined>>] => [`UP/${r}`, validUpFields(r)],
    ),
  ];

  it.each(valid)('accepts a valid %s request', (_label, fields) => {
    expect(validateRequest(fields)).toMatchObject({ ok: true });
  });

  it('returns the call, its reason and its canonical fields', () => {
    const fields = validBcFields();
    expect(validateRequest(fields)).toEqual({
      ok: true,
      eventToken: 'BC',
      requestReason: 'ZG',
      fields,
    });
  });
});

describe('validateRequest: EventToken', () => {
  it('reports a missing EventToken alone', () => {
    const { EventToken: _, ...rest } = validOcFields();
    expect(failuresOf({ ...rest, Currency: 'EURO' })).toEqual(['EventToken:missing']);
  });

  it('reports an empty EventToken as missing', () => {
    expect(failuresOf({ ...validOcFields(), EventToken: '' })).toEqual(['EventToken:missing']);
  });

  it.each([
    ['XY', 'not-in-enum'],
    ['bc', 'not-in-enum'],
    ['B1', 'wrong-characters'],
    ['BCX', 'too-long'],
    ['B', 'too-short'],
  ])('rejects the EventToken %s as %s', (token, kind) => {
    expect(failuresOf({ ...validOcFields(), EventToken: token })).toEqual([`EventToken:${kind}`]);
  });
});

describe('validateRequest: names and values', () => {
  it('matches parameter names whatever their case and answers with canonical names', () => {
    const fields = validBcFields();
    const shouted = Object.fromEntries(
      Object.entries(fields).map(([k, v]) => [k.toUpperCase(), v]),
    );
    const result = validateRequest(shouted);
    expect(result).toMatchObject({ ok: true, fields });
  });

  it('ignores parameters outside the dictionary and leaves them out of the fields', () => {
    const result = validateRequest({ ...validOcFields(), Custom: 'a=b', Language: 'de' });
    expect(result.ok && Object.keys(result.fields)).not.toContain('Custom');
    expect(result.ok).toBe(true);
  });

  it('ignores dictionary parameters another call uses', () => {
    const result = validateRequest({ ...validOcFields(), IBAN: 'not & valid' });
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && result.fields).not.toHaveProperty('IBAN');
  });

  it('counts an empty value as absent: optional ones vanish, mandatory ones are missing', () => {
    const result = validateRequest({ ...validBcFields(), Email: '' });
    expect(result.ok && result.fields).not.toHaveProperty('Email');
    expect(failuresOf({ ...validBcFields(), FirstName: '' })).toEqual(['FirstName:missing']);
  });

  it('takes the later of two spellings of one name', () => {
    const result = validateRequest({ ...validOcFields(), currency: 'USD' });
    expect(result.ok && result.fields.Currency).toBe('USD');
  });

  it('accepts a salutation outside the documented list (read as Unbekannt)', () => {
    expect(validateRequest({ ...validBcFields(), Salutation: 'Dr.' }).ok).toBe(true);
  });

  it('still checks the format of a salutation', () => {
    expect(failuresOf({ ...validBcFields(), Salutation: 'Frau Dr. med.' })).toEqual([
      'Salutation:too-long',
    ]);
  });
});

describe('validateRequest: failures', () => {
  it('reports every failure, in table order', () => {
    const { MAC: _, ...noMac } = validOsFields();
    expect(failuresOf({ ...noMac, RefNr: 'A-1', Currency: 'EURO', Amount: '12,00' })).toEqual([
      'Amount:wrong-characters',
      'Currency:too-long',
      'MAC:missing',
      'RefNr:wrong-characters',
    ]);
  });

  it('reports format failures of the dictionary formats', () => {
    expect(failuresOf({ ...validOcFields(), PayID: 'a'.repeat(31) })).toEqual(['PayID:too-short']);
    expect(failuresOf({ ...validOcFields(), MAC: 'A'.repeat(65) })).toEqual(['MAC:too-long']);
    expect(failuresOf({ ...validOcFields(), TransID: 'T&1' })).toEqual([
      'TransID:wrong-characters',
    ]);
  });

  it('rejects an unknown value of a hard list', () => {
    expect(failuresOf({ ...validUpFields('ZA'), PayType: 'XX' })).toEqual(['PayType:not-in-enum']);
  });

  it('takes any ans..6 Capture (AUTO, MANUAL, hours), the list being soft', () => {
    for (const capture of ['AUTO', 'MANUAL', '48'])
      expect(failuresOf({ ...validUpFields('RG'), Capture: capture })).toEqual([]);
    expect(failuresOf({ ...validUpFields('RG'), Capture: 'MANUELL' })).toEqual([
      'Capture:too-long',
    ]);
  });

  it('wants the YYYY-MM-DD dates to be calendar days', () => {
    expect(failuresOf({ ...validBcFields(), DateOfBirth: '01.02.1980' })).toEqual([
      'DateOfBirth:invalid',
    ]);
    expect(failuresOf({ ...validUpFields('GU'), InvoiceDate: '2024-02-30' })).toEqual([
      'InvoiceDate:invalid',
    ]);
  });

  it('reports ArticleList failures per article, with the article and field', () => {
    const result = validateRequest({ ...validUpFields('RG'), ArticleList: 'A;B;;x;1;1900;G+A;B' });
    expect(result.ok ? [] : result.failures).toMatchObject([
      {
        parameter: 'ArticleList',
        kind: 'wrong-characters',
        article: { index: 0, field: 'Bruttopreis' },
      },
      { parameter: 'ArticleList', kind: 'invalid', article: { index: 1 } },
    ]);
  });
});

describe('validateRequest: RequestReason', () => {
  it('requires a RequestReason for BC', () => {
    const { RequestReason: _, ...rest } = validBcFields();
    expect(failuresOf(rest)).toEqual(['RequestReason:missing']);
  });

  it('accepts each BC reason and rejects UP reasons for BC', () => {
    for (const reason of ['ZG', 'ZL', 'VK', 'VL']) {
      expect(validateRequest({ ...validBcFields(), RequestReason: reason }).ok).toBe(true);
    }
    expect(failuresOf({ ...validBcFields(), RequestReason: 'RG' })).toEqual([
      'RequestReason:not-in-enum',
    ]);
  });

  it('reports an unknown UP reason once, without judging the reason-bound blocks', () => {
    expect(failuresOf({ ...validUpFields('ZA'), RequestReason: 'XX' })).toEqual([
      'RequestReason:not-in-enum',
    ]);
  });

  it('ignores a RequestReason sent to a call that takes none', () => {
    const result = validateRequest({ ...validOsFields(), RequestReason: 'ZZZ' });
    expect(result).toMatchObject({ ok: true, eventToken: 'OS' });
    expect(result.ok && result.requestReason).toBeUndefined();
  });
});

describe('validateRequest: DC shares the table of BC', () => {
  it('requires what BC requires', () => {
    const { CustomerID: _, ...rest } = validDcFields();
    expect(failuresOf(rest)).toEqual(['CustomerID:missing']);
  });

  it('takes the BC reasons', () => {
    expect(failuresOf({ ...validDcFields(), RequestReason: 'ZA' })).toEqual([
      'RequestReason:not-in-enum',
    ]);
  });

  it('answers with DC as the call', () => {
    expect(validateRequest(validDcFields())).toMatchObject({ ok: true, eventToken: 'DC' });
  });
});
