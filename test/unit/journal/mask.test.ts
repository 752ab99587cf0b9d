import { describe, expect, it } from 'vitest';
import { parameterDef, parameterNames } from '../../../protocol/reference/parameters.js';
import { maskFields, maskValue } from '../../../simulator/journal/mask.js';

describe('maskFields', () => {
  it('masks every sensitive parameter of the dictionary, whatever the case of its name', () => {
    const sensitive = parameterNames.filter((name) => parameterDef(name).sensitive === true);
    expect(sensitive).toContain('IBAN');
    for (const name of sensitive) {
      const value = 'DE89370400440532013000';
      for (const spelling of [name, name.toLowerCase(), name.toUpperCase()]) {
        expect(maskFields({ [spelling]: value })).toEqual({ [spelling]: maskValue(value) });
      }
    }
  });

  it('masks card fields a shop may send, and keeps everything else as sent', () => {
    const masked = maskFields({
      CCNumber: '4111111111111111',
      cvc: '123',
      TransID: 'T-1',
      lastname: 'Mustermann',
      Unknown: 'kept',
    });
    expect(masked).toEqual({
      CCNumber: '************1111',
      cvc: '****',
      TransID: 'T-1',
      lastname: 'Mustermann',
      Unknown: 'kept',
    });
  });

  it('keeps short values fully hidden and long ones recognisable', () => {
    expect(maskValue('1980-04-01')).toBe('****');
    expect(maskValue('DE89370400440532013000')).toBe('******************3000');
  });
});
