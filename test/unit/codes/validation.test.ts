import { describe, expect, it } from 'vitest';
import {
  catalogue,
  codeForFailure,
  type FailureKind,
  failureKinds,
  parseCode,
} from '../../../protocol/codes/index.js';
import { type ParameterName, parameters } from '../../../protocol/reference/parameters.js';

const expectedLayout: Readonly<Record<FailureKind, { status: number; module: string }>> = {
  missing: { status: 4, module: '010' },
  'wrong-characters': { status: 2, module: '011' },
  invalid: { status: 2, module: '012' },
  'too-short': { status: 2, module: '013' },
  'too-long': { status: 2, module: '014' },
  'not-in-enum': { status: 2, module: '016' },
  'not-allowed': { status: 2, module: '019' },
};

const names = Object.keys(parameters) as ParameterName[];

function failure(parameter: string, kind: FailureKind) {
  return { parameter, kind, message: `${parameter} ${kind}` };
}

describe('codeForFailure', () => {
  it('knows every failure kind', () => {
    expect([...failureKinds].sort()).toEqual(Object.keys(expectedLayout).sort());
  });

  it('gives every parameter and failure kind a code carrying the parameter number', () => {
    for (const name of names) {
      for (const kind of failureKinds) {
        const parsed = parseCode(codeForFailure(failure(name, kind)).code);
        expect(parsed, `${kind} ${name}`).toMatchObject({
          ok: true,
          ...expectedLayout[kind],
          detail: String(parameters[name].number).padStart(4, '0'),
          parameter: name,
        });
      }
    }
  });

  it('keys each generated entry by kind and parameter', () => {
    expect(codeForFailure(failure('Amount', 'too-long'))).toMatchObject({
      key: 'validation.too-long:Amount',
      status: 'FAILED',
      en: 'Amount too long',
      de: 'Amount zu lang',
      source: 'simulator',
    });
  });

  it('treats a missing mandatory parameter as fatal', () => {
    expect(codeForFailure(failure('TransID', 'missing')).code).toMatch(/^4010/);
  });

  it('matches parameter names in any case', () => {
    expect(codeForFailure(failure('amount', 'too-long')).key).toBe('validation.too-long:Amount');
  });

  it('falls back to the kind entry for a name outside the dictionary', () => {
    expect(codeForFailure(failure('NoSuchParameter', 'invalid'))).toMatchObject({
      key: 'validation.invalid',
      code: '20120000',
    });
  });

  it('answers an unknown PayID value with the business code that holds 016 + PayID', () => {
    expect(codeForFailure(failure('PayID', 'not-in-enum'))).toBe(
      catalogue.get('business.unknown-payid'),
    );
    expect(catalogue.byKey('validation.not-in-enum:PayID')).toBe(
      catalogue.get('business.unknown-payid'),
    );
  });

  it('uses the catalogue it is given', () => {
    const reworded = catalogue.withOverrides([
      { key: 'validation.too-long:Amount', en: 'Too long' },
    ]);
    expect(codeForFailure(failure('Amount', 'too-long'), reworded).en).toBe('Too long');
  });
});
