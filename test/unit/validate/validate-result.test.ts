import { describe, expect, it } from 'vitest';
import { validateResult } from '../../../protocol/validate.js';

const answer = {
  MID: 'fixture-merchant',
  PayID: '0123456789abcdef0123456789abcdef',
  XID: 'fedcba9876543210fedcba9876543210',
  TransID: 'TID-1',
  Status: 'OK',
  Description: 'success',
  Code: '00000000',
};

const failuresOf = (fields: Record<string, string>) => {
  const result = validateResult(fields);
  return result.ok ? [] : result.failures.map((f) => `${f.parameter}:${f.kind}`);
};

describe('validateResult', () => {
  it('accepts a complete answer and leaves the MAC to the caller', () => {
    expect(validateResult({ ...answer, MAC: 'AB' })).toEqual({ ok: true, fields: answer });
  });

  it('reads names in any case, as the seed warns', () => {
    const lower = Object.fromEntries(Object.entries(answer).map(([k, v]) => [k.toLowerCase(), v]));
    expect(validateResult(lower)).toEqual({ ok: true, fields: answer });
  });

  it('keeps the optional Real Solutions fields', () => {
    const result = validateResult({
      ...answer,
      CodeExt: '4711',
      ErrorText: 'abgelehnt',
      ReferenzID: '1',
    });
    expect(result.ok && result.fields).toMatchObject({ CodeExt: '4711', ReferenzID: '1' });
  });

  it('rejects a Status other than OK and FAILED', () => {
    expect(failuresOf({ ...answer, Status: 'AUTHORIZED' })).toEqual(['Status:not-in-enum']);
  });

  it('wants an eight-character Code, letters allowed as live documents them (2206014H)', () => {
    expect(failuresOf({ ...answer, Code: '0000000' })).toEqual(['Code:too-short']);
    expect(failuresOf({ ...answer, Code: '2206014H' })).toEqual([]);
    expect(failuresOf({ ...answer, Code: '2100006-' })).toEqual(['Code:wrong-characters']);
  });

  it("reads the answer under live's name mid", () => {
    const { MID, ...rest } = answer;
    expect(validateResult({ mid: MID, ...rest })).toEqual({ ok: true, fields: answer });
  });

  it('reports what the early unencrypted failure body lacks', () => {
    const early = {
      PayID: '00000000000000000000000000000000',
      TransID: 'na',
      Status: 'FAILED',
      Description: 'UnexpectedError',
    };
    expect(failuresOf(early)).toEqual(['MID:missing', 'XID:missing', 'Code:missing']);
  });
});
