import { describe, expect, it } from 'vitest';
import { catalogue as builtIn } from '../../../protocol/codes/index.js';
import {
  codeOfTestAmount,
  codeOfToken,
  magicVerdict,
} from '../../../simulator/script/magic-values.js';
import { withScriptedCodes } from '../../../simulator/script/scripted-codes.js';

const catalogue = withScriptedCodes(builtIn);

describe('magic values in the request', () => {
  it('reads OrderDesc=Test:NNNN as the business code 2201NNNN', () => {
    expect(magicVerdict({ OrderDesc: 'Test:0012' }, catalogue)).toEqual({
      codeKey: 'business.credit-declined',
      scenario: { id: 'magic:OrderDesc' },
    });
  });

  it('lets Test:0000 through to the engine', () => {
    expect(magicVerdict({ OrderDesc: 'Test:0000' }, catalogue)).toEqual({
      pass: true,
      scenario: { id: 'magic:OrderDesc' },
    });
  });

  it('reads a whole 8-character code and any case of "Test"', () => {
    expect(magicVerdict({ OrderDesc: 'TEST:20140003' }, catalogue)).toMatchObject({
      codeKey: 'validation.too-long:Amount',
    });
  });

  it('answers a number the catalogue lacks with its 2201 code, FAILED', () => {
    expect(magicVerdict({ OrderDesc: 'Test:0999' }, catalogue)).toMatchObject({
      codeKey: 'scripted:22010999:FAILED',
    });
  });

  it('reads LastName=Test-<code> for calls with a debtor block', () => {
    expect(magicVerdict({ LastName: 'Test-22010012' }, catalogue)).toMatchObject({
      codeKey: 'business.credit-declined',
      scenario: { id: 'magic:LastName' },
    });
  });

  it('reads the amount of a call in the test currency XTS', () => {
    expect(magicVerdict({ Currency: 'XTS', Amount: '3' }, catalogue)).toMatchObject({
      codeKey: 'business.no-order',
      scenario: { id: 'magic:Currency' },
    });
    expect(magicVerdict({ Currency: 'EUR', Amount: '3' }, catalogue)).toBeUndefined();
  });

  it("reads live's documented trigger with and without a space (Test: 0305)", () => {
    for (const OrderDesc of ['Test:0012', 'Test: 0012', 'test: 0012']) {
      expect(magicVerdict({ OrderDesc }, catalogue)).toMatchObject({
        codeKey: 'business.credit-declined',
      });
    }
  });

  it('ignores values that only look alike', () => {
    for (const OrderDesc of ['Test:12', 'Test:  0012', 'Order Test:0012', 'Test:00120']) {
      expect(magicVerdict({ OrderDesc }, catalogue)).toBeUndefined();
    }
    expect(magicVerdict({ LastName: 'Testmann' }, catalogue)).toBeUndefined();
  });

  it('maps tokens and XTS amounts to codes', () => {
    expect(codeOfToken('0000')).toBe('00000000');
    expect(codeOfToken('0012')).toBe('22010012');
    expect(codeOfToken('2a0100ff')).toBe('2A0100FF');
    expect(codeOfTestAmount('0')).toBe('00000000');
    expect(codeOfTestAmount('12')).toBe('22010012');
    expect(codeOfTestAmount('22010018')).toBe('22010018');
    expect(codeOfTestAmount('123456')).toBeUndefined();
  });
});
