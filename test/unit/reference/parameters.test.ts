import { describe, expect, it } from 'vitest';
import { checkFormat } from '../../../protocol/format/check.js';
import { parseFormat } from '../../../protocol/format/notation.js';
import { requestTables, resultTable } from '../../../protocol/reference/messages.js';
import {
  canonicalName,
  parameterCode,
  parameterNames,
  parameters,
} from '../../../protocol/reference/parameters.js';
import { paymentAnswerTable, paymentTables } from '../../../protocol/reference/payments.js';

const tables = [
  ...Object.values(requestTables),
  resultTable,
  ...Object.values(paymentTables),
  paymentAnswerTable,
];

describe('the parameter dictionary', () => {
  it('holds every parameter of every request and result table', () => {
    for (const table of tables) {
      for (const field of table.fields) {
        expect(parameters[field.name], field.name).toBeDefined();
      }
    }
  });

  it('holds nothing that no table uses', () => {
    const used = new Set(tables.flatMap((table) => table.fields.map((field) => field.name)));
    expect(parameterNames.filter((name) => !used.has(name))).toEqual([]);
  });

  it('gives every parameter a unique number', () => {
    const numbers = parameterNames.map((name) => parameters[name].number);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('numbers seed parameters 1-899, protocol-doc 901-999, payment-docs 1001-1999, never 0', () => {
    const ranges = {
      seed: [1, 899],
      'protocol-doc': [901, 999],
      'payment-docs': [1001, 1999],
    } as const;
    for (const name of parameterNames) {
      const { number, source } = parameters[name];
      const [low, high] = ranges[source];
      expect(number, name).toBeGreaterThanOrEqual(low);
      expect(number, name).toBeLessThanOrEqual(high);
    }
  });

  it('numbers the seed parameters 1..65 without gaps, in order of first appearance', () => {
    const seed = parameterNames.filter((name) => parameters[name].source === 'seed');
    const numbers = seed.map((name) => parameters[name].number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 65 }, (_, i) => i + 1));
    expect([parameters.MerchantID.number, parameters.BIC.number, parameters.MID.number]).toEqual([
      1, 31, 47,
    ]);
    expect([parameters.TaxCode.number, parameters.ReqId.number]).toEqual([65, 901]);
  });

  it('writes the number as the four PPPP digits of a response code', () => {
    expect(parameterCode('Amount')).toBe('0003');
    expect(parameterCode('ReqId')).toBe('0901');
  });

  it('keys each entry by its own name', () => {
    for (const name of parameterNames) expect(parameters[name].name).toBe(name);
  });

  it('has a parseable format for every parameter', () => {
    for (const name of parameterNames) {
      expect(() => parseFormat(parameters[name].format), name).not.toThrow();
    }
  });

  it('lists only enum values that fit the format', () => {
    for (const name of parameterNames) {
      const def = parameters[name];
      for (const value of [...(def.enum ?? []), ...(def.knownValues ?? [])]) {
        expect(checkFormat(value, parseFormat(def.format)), `${name}=${value}`).toBeNull();
      }
    }
  });

  it('labels every listed value', () => {
    for (const name of ['EventToken', 'RequestReason', 'Capture', 'PayType'] as const) {
      const def = parameters[name];
      const listed: readonly string[] = def.enum ?? def.knownValues ?? [];
      expect(Object.keys(def.valueLabels ?? {}).sort()).toEqual([...listed].sort());
    }
  });

  it('writes German and English descriptions for all', () => {
    for (const name of parameterNames) {
      expect(parameters[name].de.length, name).toBeGreaterThan(0);
      expect(parameters[name].en.length, name).toBeGreaterThan(0);
    }
  });

  it('keeps the seed formats where they differ between similar names', () => {
    expect(parameters.CustomerID.format).toBe('ans..20');
    expect(parameters.DebitorID.format).toBe('ans..10');
    expect(parameters.Status.format).toBe('a..50');
    expect(parameters.ReferenzID.format).toBe('n..50');
  });

  it('masks bank, birth and card data, and nothing else', () => {
    const sensitive = parameterNames.filter((name) => parameters[name].sensitive);
    expect(sensitive.sort()).toEqual(
      [
        'AccBank',
        'AccOwner',
        'BIC',
        'DateOfBirth',
        'IBAN',
        'PlaceOfBirth',
        'CCNr',
        'CCCVC',
        'CCExpiry',
        'CreditCardHolder',
      ].sort(),
    );
  });

  it('treats Salutation as a soft list falling back to Unbekannt, not as an enum', () => {
    for (const name of ['Salutation', 'sdSalutation'] as const) {
      expect(parameters[name].enum).toBeUndefined();
      expect(parameters[name].knownValues).toEqual(['Herr', 'Frau', 'Firma', 'Unbekannt']);
      expect(parameters[name].fallback).toBe('Unbekannt');
    }
  });

  it('marks ReqId as sourced from the protocol doc', () => {
    expect(parameters.ReqId).toMatchObject({ source: 'protocol-doc', format: 'ans..32' });
  });
});

describe('canonicalName', () => {
  it('finds names whatever their case', () => {
    expect(canonicalName('mac')).toBe('MAC');
    expect(canonicalName('Mac')).toBe('MAC');
    expect(canonicalName('EVENTTOKEN')).toBe('EventToken');
    expect(canonicalName('addrzip')).toBe('AddrZIP');
    expect(canonicalName('ADDRZIP2')).toBe('AddrZip2');
    expect(canonicalName('SDADDRZIP')).toBe('sdAddrZip');
  });

  it('keeps the seed spelling: AddressAddition2 exists, AddrAddition2 does not', () => {
    expect(canonicalName('addressaddition2')).toBe('AddressAddition2');
    expect(canonicalName('AddrAddition2')).toBeUndefined();
    expect(canonicalName('sdAddrAddition')).toBeUndefined();
  });

  it('returns undefined for names outside the dictionary', () => {
    expect(canonicalName('Custom')).toBeUndefined();
    expect(canonicalName('')).toBeUndefined();
  });

  it('never maps two names onto the same lower-case key', () => {
    const lower = parameterNames.map((name) => name.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
  });
});
