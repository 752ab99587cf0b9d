import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { macEquals, requestMac, responseMac } from '../../protocol/mac.js';

// Both vectors are the verified ones of shared/paygate-protocol.md.
const requestVector = {
  fields: {
    TransID: 'TID-4453732122167114558',
    MerchantID: 'yourMerchantId',
    Amount: '1234',
    Currency: 'EUR',
  },
  mac: '38ced807e293fc634a6c36ffaea7bd2687038d40615781918aef2de7bb9a9903',
};
const responseVector = {
  fields: {
    PayID: '7bbb448155234d8cbee323778952ce28',
    TransID: 'TID-12033175321270170232',
    MerchantID: 'yourMerchantId',
    Status: 'AUTHORIZED',
    Code: '00000000',
  },
  mac: '4CDCB4DE587AC210F21DE0591689B920CF56D89B38D4C7B1B7F8867BFC93E02C',
};

describe('requestMac', () => {
  it('matches the verified vector, with an empty PayID, in upper case', () => {
    expect(requestMac(requestVector.fields, 'mySecret')).toBe(requestVector.mac.toUpperCase());
  });

  it('treats a missing value like an empty one', () => {
    const withEmpty = requestMac({ ...requestVector.fields, PayID: '' }, 'mySecret');
    expect(withEmpty).toBe(requestVector.mac.toUpperCase());
  });

  it('depends on the key', () => {
    expect(requestMac(requestVector.fields, 'otherSecret')).not.toBe(
      requestVector.mac.toUpperCase(),
    );
  });
});

describe('responseMac', () => {
  it('matches the verified vector', () => {
    expect(responseMac(responseVector.fields, 'mySecret')).toBe(responseVector.mac);
  });

  it('keeps the asterisks when every value is missing', () => {
    const ofFourAsterisks = createHmac('sha256', 'k').update('****').digest('hex').toUpperCase();
    expect(responseMac({}, 'k')).toBe(ofFourAsterisks);
  });
});

describe('macEquals', () => {
  it('accepts the same MAC in another case', () => {
    expect(macEquals(responseVector.mac.toLowerCase(), responseVector.mac)).toBe(true);
  });

  it('rejects a MAC that differs in one digit', () => {
    const tampered = `${responseVector.mac.slice(0, -1)}D`;
    expect(macEquals(tampered, responseVector.mac)).toBe(false);
  });

  it('rejects a MAC of another length without comparing its content', () => {
    expect(macEquals(responseVector.mac.slice(0, 32), responseVector.mac)).toBe(false);
    expect(macEquals('', responseVector.mac)).toBe(false);
  });

  it('folds ASCII case only', () => {
    expect(macEquals('ß', 'SS')).toBe(false);
    expect(macEquals('ä', 'Ä')).toBe(false);
  });
});
