import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findField, omitFields, parsePlaintext, writePlaintext } from '../../protocol/plaintext.js';

describe('parsePlaintext', () => {
  it('splits pairs on & and each pair on its first = only', () => {
    expect(parsePlaintext('TransID=T1&UserData=a=b=c')).toEqual({
      TransID: 'T1',
      UserData: 'a=b=c',
    });
  });

  it('skips empty pairs and pairs without a name', () => {
    expect(parsePlaintext('&A=1&&=orphan&B=2&')).toEqual({ A: '1', B: '2' });
  });

  it('reads a pair without = as a name with an empty value', () => {
    expect(parsePlaintext('Flag&A=')).toEqual({ Flag: '', A: '' });
  });

  it('keeps names as sent, in their own case', () => {
    expect(parsePlaintext('Mac=ab&MAC=CD')).toEqual({ Mac: 'ab', MAC: 'CD' });
  });

  it('keeps the first value when a name repeats', () => {
    expect(parsePlaintext('A=1&A=2')).toEqual({ A: '1' });
  });

  it('does not url-decode by default', () => {
    expect(parsePlaintext('Name=M%C3%BCller+X')).toEqual({ Name: 'M%C3%BCller+X' });
  });

  it('url-decodes names and values when asked to', () => {
    const fields = parsePlaintext('Na%6De=M%C3%BCller+X&Raw=100%', { urlDecoded: true });
    expect(fields).toEqual({ Name: 'Müller X', Raw: '100%' });
  });

  it('treats __proto__ as an ordinary name', () => {
    const fields = parsePlaintext('__proto__=x&A=1');
    expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
    expect(Object.keys(fields)).toEqual(['__proto__', 'A']);
  });

  it('reads the empty text as no fields', () => {
    expect(parsePlaintext('')).toEqual({});
  });
});

describe('writePlaintext', () => {
  it('writes fields in order and skips undefined values', () => {
    expect(writePlaintext({ TransID: 'T1', PayID: undefined, Amount: '100', Empty: '' })).toBe(
      'TransID=T1&Amount=100&Empty=',
    );
  });

  it('writes values raw, without url-encoding', () => {
    expect(writePlaintext({ Name: 'Müller & Söhne' })).toBe('Name=Müller & Söhne');
  });

  it('round-trips any fields whose values contain no &', () => {
    const name = fc.string({ minLength: 1 }).filter((text) => !/[&=]/.test(text));
    const value = fc.string({ unit: 'grapheme' }).filter((text) => !text.includes('&'));
    fc.assert(
      fc.property(fc.dictionary(name, value), (fields) => {
        expect(parsePlaintext(writePlaintext(fields))).toEqual(fields);
      }),
    );
  });
});

describe('findField', () => {
  it('finds a field whatever the case of its name', () => {
    expect(findField({ Mac: 'ab' }, 'MAC')).toBe('ab');
  });

  it('prefers the exact name when several cases are present', () => {
    expect(findField({ mac: 'lower', MAC: 'upper' }, 'MAC')).toBe('upper');
  });

  it('gives undefined for an absent field', () => {
    expect(findField({ A: '1' }, 'B')).toBeUndefined();
  });
});

describe('omitFields', () => {
  it('drops the named fields whatever their case and keeps the order of the rest', () => {
    const fields = { A: '1', mac: 'x', B: '2', MerchantId: 'y' };
    expect(omitFields(fields, ['MAC', 'MerchantID'])).toEqual({ A: '1', B: '2' });
    expect(Object.keys(omitFields(fields, ['mac']))).toEqual(['A', 'B', 'MerchantId']);
  });
});
