import { describe, expect, it } from 'vitest';
import { parseFormat } from '../../../protocol/format/notation.js';
import { eventTokens, requestTables } from '../../../protocol/reference/messages.js';
import { parameters } from '../../../protocol/reference/parameters.js';
import { requestSchema } from '../../../protocol/schema/request.js';
import { validOcFields, validUpFields } from '../../fixtures/requests.js';

type Issues = readonly { code: string; path: PropertyKey[]; params?: unknown }[] | undefined;

/** The params of each issue (all of ours are custom issues). */
const paramsOf = (issues: Issues) => (issues ?? []).map((issue) => issue.params);

describe('requestSchema', () => {
  it('has exactly the fields of the table in its shape, for every call', () => {
    for (const token of eventTokens) {
      const shape = Object.keys(requestSchema(token).shape);
      expect(shape, token).toEqual(requestTables[token].fields.map((f) => f.name));
    }
  });

  it('has the full UP table in its shape for every pinned reason', () => {
    for (const reason of requestTables.UP.requestReasons) {
      expect(Object.keys(requestSchema('UP', reason).shape).length).toBe(
        requestTables.UP.fields.length,
      );
    }
  });

  it('checks every field against the format the dictionary gives it', () => {
    for (const token of eventTokens) {
      for (const field of requestTables[token].fields) {
        const format = parseFormat(parameters[field.name].format);
        if (!format.length) continue;
        const limit = 'max' in format.length ? format.length.max : format.length.fixed;
        const filler = format.kind.startsWith('n') ? '1' : 'A';
        const result = requestSchema(token).shape[field.name]?.safeParse(filler.repeat(limit + 1));
        expect(paramsOf(result?.error?.issues), `${token}.${field.name}`).toEqual([
          { kind: 'too-long', parameter: field.name },
        ]);
      }
    }
  });

  it('marks each issue with the failure kind and the parameter', () => {
    const { Amount: _, ...rest } = validOcFields();
    const result = requestSchema('OC').safeParse({ ...rest, Currency: 'E1R' });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['Currency'], ['Amount']]);
    expect(paramsOf(result.error?.issues)).toEqual([
      { kind: 'wrong-characters', parameter: 'Currency' },
      { kind: 'missing', parameter: 'Amount' },
    ]);
  });

  it('pins the RequestReason when asked to', () => {
    const result = requestSchema('UP', 'RG').safeParse(validUpFields('ZA'));
    expect(paramsOf(result.error?.issues)).toContainEqual({
      kind: 'not-in-enum',
      parameter: 'RequestReason',
    });
  });

  it('narrows EventToken to its own call', () => {
    const result = requestSchema('OS').safeParse(validOcFields());
    expect(paramsOf(result.error?.issues)).toEqual([
      { kind: 'not-in-enum', parameter: 'EventToken' },
    ]);
  });

  it('strips unknown keys, as the Paygate ignores them', () => {
    const result = requestSchema('OC').safeParse({ ...validOcFields(), Custom: 'x' });
    expect(result.data).not.toHaveProperty('Custom');
  });

  it('refuses a reason the call does not take: that is a bug in the caller', () => {
    expect(() => requestSchema('UP', 'ZG')).toThrow();
    expect(() => requestSchema('OC', 'RG')).toThrow();
  });

  it('builds each schema once', () => {
    expect(requestSchema('UP', 'RG')).toBe(requestSchema('UP', 'RG'));
  });
});
