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

  it("masks Computop's card and direct debit names and German account names", () => {
    const masked = maskFields({
      CCNr: '4111111111111111',
      CCCVC: '123',
      AccNr: '0532013000',
      AccIBAN: 'DE89370400440532013000',
      KontoNr: '0532013000',
    });
    expect(Object.values(masked).every((v) => v.startsWith('****'))).toBe(true);
  });

  it('masks an unknown field whose value is a card number or an IBAN', () => {
    const masked = maskFields({
      card_no: '4111 1111 1111 1111',
      iban_kunde: 'de89 3704 0044 0532 0130 00',
      Zahlungsreferenz: 'GB82-WEST-1234-5698-7654-32',
      // Digits that fail Luhn, and text that fails mod 97, stay readable.
      Bestellnummer: '4111111111111112',
      Kennung: 'DE00370400440532013000',
    });
    expect(masked).toMatchObject({
      card_no: '***************1111',
      iban_kunde: `${'*'.repeat(23)}0 00`,
      Zahlungsreferenz: '***********************4-32',
      Bestellnummer: '4111111111111112',
      Kennung: 'DE00370400440532013000',
    });
  });

  it('judges known parameters by their name only: a TransID of digits stays readable', () => {
    expect(maskFields({ TransID: '4111111111111111', RefNr: '4111111111111111' })).toEqual({
      TransID: '4111111111111111',
      RefNr: '4111111111111111',
    });
  });

  it('keeps short values fully hidden and long ones recognisable', () => {
    expect(maskValue('1980-04-01')).toBe('****');
    expect(maskValue('DE89370400440532013000')).toBe('******************3000');
  });
});
