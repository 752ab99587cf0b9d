import { describe, expect, it } from 'vitest';
import { composeCode, parseCode } from '../../../protocol/codes/index.js';
import { parameters } from '../../../protocol/reference/parameters.js';

describe('parseCode', () => {
  it('reads 00000000 as success without a parameter', () => {
    expect(parseCode('00000000')).toEqual({
      ok: true,
      code: '00000000',
      status: 0,
      meaning: 'ok',
      module: '000',
      category: 'none',
      detail: '0000',
    });
  });

  it.each([
    ['0', 'ok'],
    ['2', 'error'],
    ['4', 'fatal'],
    ['6', 'pending'],
    ['7', '3ds-info'],
  ] as const)('reads status digit %s as %s', (digit, meaning) => {
    expect(parseCode(`${digit}2010012`)).toMatchObject({
      ok: true,
      status: Number(digit),
      meaning,
    });
  });

  it.each([
    ['000', 'none'],
    ['001', 'crypto'],
    ['002', 'reserved'],
    ['00F', 'reserved'],
    ['010', 'missing'],
    ['011', 'format'],
    ['012', 'invalid'],
    ['013', 'too-short'],
    ['014', 'too-long'],
    ['015', 'value-missing'],
    ['016', 'value-unknown'],
    ['017', 'already-present'],
    ['018', 'expired'],
    ['019', 'not-allowed-for-version'],
    ['01A', 'reserved'],
    ['020', 'internal'],
    ['030', 'internal'],
    ['0FF', 'internal'],
    ['100', 'module-specific'],
    ['201', 'module-specific'],
    ['FFF', 'module-specific'],
  ] as const)('reads module %s as %s', (module, category) => {
    expect(parseCode(`2${module}9999`)).toMatchObject({ ok: true, module, category });
  });

  it('names the parameter of a parameter module from the dictionary', () => {
    const code = composeCode(2, '014', parameters.Amount.number);
    expect(parseCode(code)).toMatchObject({ ok: true, category: 'too-long', parameter: 'Amount' });
  });

  it('names the parameter of a crypto code', () => {
    const code = composeCode(2, '001', parameters.MAC.number);
    expect(parseCode(code)).toMatchObject({ ok: true, category: 'crypto', parameter: 'MAC' });
  });

  it('names no parameter in module-specific or internal codes', () => {
    const detail = String(parameters.Amount.number).padStart(4, '0');
    expect(parseCode(`2201${detail}`)).not.toHaveProperty('parameter');
    expect(parseCode(`4030${detail}`)).not.toHaveProperty('parameter');
  });

  it('reads the documented fatal example 40301003 as an internal code', () => {
    expect(parseCode('40301003')).toMatchObject({
      ok: true,
      meaning: 'fatal',
      category: 'internal',
      detail: '1003',
    });
  });

  it('reads lower-case hex and answers upper-case', () => {
    expect(parseCode('201a0001')).toMatchObject({
      ok: true,
      code: '201A0001',
      category: 'reserved',
    });
  });

  it('reads codes with letters, as live documents them (2206014H)', () => {
    expect(parseCode('2206014H')).toMatchObject({
      ok: true,
      status: 2,
      module: '206',
      category: 'module-specific',
      detail: '014H',
    });
    expect(parseCode('2206014h')).toMatchObject({ ok: true, code: '2206014H' });
    expect(parseCode('2G00000A')).toMatchObject({ ok: true, category: 'module-specific' });
    expect(parseCode('2014000G')).toMatchObject({ ok: true, category: 'too-long' });
    expect(parseCode('2014000G')).not.toHaveProperty('parameter');
  });

  it.each([
    ['', 'expected 8 characters, got 0'],
    ['2014000', 'expected 8 characters, got 7'],
    ['201400000', 'expected 8 characters, got 9'],
    [' 2014000', 'expected only the characters 0-9 and A-Z'],
    ['-2014000', 'expected only the characters 0-9 and A-Z'],
    ['2014000ä', 'expected only the characters 0-9 and A-Z'],
    ['10000000', 'unknown status digit 1'],
    ['30000000', 'unknown status digit 3'],
    ['90000000', 'unknown status digit 9'],
    ['A0000000', 'unknown status digit A'],
  ])('answers %j with a reason instead of throwing', (input, reason) => {
    expect(parseCode(input)).toEqual({ ok: false, input, reason });
  });
});

describe('composeCode', () => {
  it('pads the detail to four digits', () => {
    expect(composeCode(2, '014', 3)).toBe('20140003');
  });

  it('rejects parts that do not fit the layout', () => {
    expect(() => composeCode(2, '14', 3)).toThrow(/module/);
    expect(() => composeCode(2, '014', 10_000)).toThrow(/detail/);
  });
});
