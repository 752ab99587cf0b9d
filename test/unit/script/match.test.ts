import { describe, expect, it } from 'vitest';
import { compileMatch } from '../../../simulator/script/match.js';
import { matchSchema } from '../../../simulator/script/scenario-schema.js';

const bc = {
  EventToken: 'BC',
  RequestReason: 'ZG',
  CustomerID: 'K-1',
  RefNr: '4711',
  Amount: '15000',
  LastName: 'Mustermann',
};
const up = {
  EventToken: 'UP',
  RequestReason: 'ZA',
  DebitorID: 'K-1',
  PayType: 'EDD',
  Amount: '500',
};

function matches(match: unknown, fields: Record<string, string>, merchantId = 'shop') {
  return compileMatch(matchSchema.parse(match))({ merchantId, fields });
}

describe('matching a rule against a call', () => {
  it('takes every call with an empty match', () => {
    expect(matches({}, bc)).toBe(true);
  });

  it('compares EventToken and RequestReason in any case, one or several', () => {
    expect(matches({ eventToken: 'bc' }, bc)).toBe(true);
    expect(matches({ eventToken: ['OC', 'UP'] }, bc)).toBe(false);
    expect(matches({ eventToken: 'UP', requestReason: ['RG', 'ZA'] }, up)).toBe(true);
  });

  it('finds the customer as CustomerID or DebitorID', () => {
    expect(matches({ customerId: 'K-1' }, bc)).toBe(true);
    expect(matches({ customerId: 'K-1' }, up)).toBe(true);
    expect(matches({ customerId: 'K-2' }, up)).toBe(false);
  });

  it('compares merchant, RefNr and PayType exactly', () => {
    expect(matches({ merchantId: 'shop' }, bc)).toBe(true);
    expect(matches({ merchantId: 'other' }, bc)).toBe(false);
    expect(matches({ refNr: '4711' }, bc)).toBe(true);
    expect(matches({ payType: 'EDD' }, up)).toBe(true);
    expect(matches({ payType: 'EDD' }, bc)).toBe(false);
  });

  it('checks the amount against an inclusive range', () => {
    expect(matches({ amount: { min: 15000 } }, bc)).toBe(true);
    expect(matches({ amount: { max: 14999 } }, bc)).toBe(false);
    expect(matches({ amount: { min: 100, max: 500 } }, up)).toBe(true);
  });

  it('tests any field by regular expression, the name in any case', () => {
    expect(matches({ fields: { lastname: '^Muster' } }, bc)).toBe(true);
    expect(matches({ fields: { LASTNAME: 'mann$', RefNr: '^47' } }, bc)).toBe(true);
    expect(matches({ fields: { LastName: '^Test' } }, bc)).toBe(false);
    expect(matches({ fields: { OrderDesc: '.*' } }, bc)).toBe(false);
  });

  it('wants every criterion to hold', () => {
    expect(matches({ eventToken: 'BC', customerId: 'K-2' }, bc)).toBe(false);
  });
});
