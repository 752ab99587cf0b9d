import { describe, expect, it } from 'vitest';
import {
  PaygateClient,
  PaygateDeclinedError,
  PaygateRequestError,
  PaygateValidationError,
  toStorable,
} from '../../../client/index.js';
import { catalogue } from '../../../protocol/codes/default-catalogue.js';
import { requestMac } from '../../../protocol/mac.js';
import {
  answer,
  clientKeys,
  fakeGateway,
  keys,
  okFields,
  orderInput,
  PAY_ID,
} from './fake-gateway.js';

function clientWith(gateway = fakeGateway(), extra = {}) {
  return new PaygateClient({ ...clientKeys, transport: gateway.transport, ...extra });
}

describe('PaygateClient request envelope', () => {
  it('posts a form to /debtor.aspx under the base URL', async () => {
    const gateway = fakeGateway();
    await clientWith(gateway).createOrder(orderInput);
    const [first] = gateway.seen;
    expect(first?.request.url).toBe('http://paygate.test/debtor.aspx');
    expect(first?.request.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(Object.keys(first?.form ?? {})).toEqual(['MerchantID', 'Len', 'Data']);
  });

  it('puts MerchantID outside and inside the encrypted data', async () => {
    const gateway = fakeGateway();
    await clientWith(gateway).createOrder(orderInput);
    expect(gateway.seen[0]?.form.MerchantID).toBe('shop-test');
    expect(gateway.seen[0]?.fields.MerchantID).toBe('shop-test');
  });

  it('signs PayID*TransID*MerchantID*Amount*Currency with the HMAC key', async () => {
    const gateway = fakeGateway();
    await clientWith(gateway).createOrder(orderInput);
    const expected = requestMac({ ...orderInput, MerchantID: 'shop-test' }, keys.hmacKey);
    expect(gateway.seen[0]?.fields.MAC).toBe(expected);
  });

  it('fills EventToken, and RequestReason for UP calls', async () => {
    const gateway = fakeGateway();
    const client = clientWith(gateway);
    await client.createOrder(orderInput);
    await client.payment(orderInput);
    await client.cancelOrder(orderInput);
    const sent = gateway.seen.map((s) => [s.fields.EventToken, s.fields.RequestReason]);
    expect(sent).toEqual([
      ['OC', undefined],
      ['UP', 'ZA'],
      ['OS', undefined],
    ]);
  });

  it('replaces a MerchantID or MAC the caller slipped in', async () => {
    const gateway = fakeGateway();
    await clientWith(gateway).send('OC', { ...orderInput, MerchantID: 'other', mac: 'AAAA' });
    const fields: Record<string, string> = gateway.seen[0]?.fields ?? {};
    expect(fields.MerchantID).toBe('shop-test');
    expect(Object.keys(fields).filter((k) => k.toLowerCase() === 'mac')).toEqual(['MAC']);
    expect(fields.MAC).toBe(requestMac({ ...orderInput, MerchantID: 'shop-test' }, keys.hmacKey));
  });

  it('sends parameter names in their canonical case through send()', async () => {
    const gateway = fakeGateway();
    await clientWith(gateway).send('OC', {
      payid: PAY_ID,
      transid: 'T-1',
      refnr: '1',
      amount: '100',
      currency: 'EUR',
    });
    expect(gateway.seen[0]?.fields).toMatchObject({ PayID: PAY_ID, TransID: 'T-1', Amount: '100' });
  });
});

describe('PaygateClient local validation', () => {
  it('throws a validation error and sends nothing when a mandatory field is missing', async () => {
    const gateway = fakeGateway();
    const { Currency: _omitted, ...withoutCurrency } = orderInput;
    const error = await clientWith(gateway)
      // @ts-expect-error The input type already demands Currency; JavaScript callers meet the check.
      .createOrder(withoutCurrency)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaygateValidationError);
    expect((error as PaygateValidationError).failures).toContainEqual(
      expect.objectContaining({ parameter: 'Currency', kind: 'missing' }),
    );
    expect(gateway.seen).toHaveLength(0);
  });

  it('rejects a format error before sending', async () => {
    const gateway = fakeGateway();
    const error = await clientWith(gateway)
      .createOrder({ ...orderInput, Amount: '12,50' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ type: 'PaygateValidationError', parameter: 'Amount' });
    expect(gateway.seen).toHaveLength(0);
  });

  it('sends what breaks a rule as it is with validate: false', async () => {
    const gateway = fakeGateway();
    await clientWith(gateway).createOrder({ ...orderInput, Amount: '12,50' }, { validate: false });
    expect(gateway.seen).toHaveLength(1);
    expect(gateway.seen[0]?.fields).toMatchObject({ Amount: '12,50', EventToken: 'OC' });
  });

  it('refuses & and line breaks even with validate: false, sending nothing', async () => {
    const gateway = fakeGateway();
    const error = await clientWith(gateway)
      .send('OC', { ...orderInput, RefNr: '1&CustomerID=INJECTED' }, { validate: false })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaygateValidationError);
    expect(error).toMatchObject({ parameter: 'RefNr' });
    const crlf = clientWith(gateway).send(
      'OC',
      { ...orderInput, RefNr: '1\r\n2' },
      { validate: false },
    );
    await expect(crlf).rejects.toBeInstanceOf(PaygateValidationError);
    expect(gateway.seen).toHaveLength(0);
  });

  it('still signs and fills the envelope with validate: false', async () => {
    const gateway = fakeGateway();
    const input = { ...orderInput, Currency: undefined, MAC: 'mine' };
    await clientWith(gateway).send('OC', input, { validate: false });
    const fields = gateway.seen[0]?.fields ?? {};
    expect(fields).not.toHaveProperty('Currency');
    expect(fields.MAC).toBe(requestMac(fields, keys.hmacKey));
  });
});

describe('PaygateClient answers', () => {
  it('returns the decoded result with the parsed code for Status OK', async () => {
    const result = await clientWith().createOrder(orderInput);
    expect(result).toMatchObject({
      ok: true,
      status: 'OK',
      code: '00000000',
      payId: PAY_ID,
      transId: 'T-1001',
      refNr: '4711',
      merchantId: 'shop-test',
    });
    expect(result.codeInfo).toMatchObject({ status: 0, key: 'ok', category: 'none' });
  });

  it('keeps no request data in the result; toStorable keeps only references', async () => {
    const result = await clientWith().createOrder(orderInput);
    expect(Object.keys(result.raw)).not.toContain('Amount');
    expect(toStorable(result)).toEqual({
      payId: PAY_ID,
      xid: 'fedcba9876543210fedcba9876543210',
      transId: 'T-1001',
      refNr: '4711',
      status: 'OK',
      code: '00000000',
    });
  });

  it('throws a declined error for a FAILED answer with a module-specific code', async () => {
    const declined = catalogue.get('business.credit-declined');
    const gateway = fakeGateway((seen) =>
      answer({ ...okFields(seen), Status: 'FAILED', Code: declined.code, Description: 'declined' }),
    );
    const error = await clientWith(gateway)
      .createOrder(orderInput)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaygateDeclinedError);
    expect(error).toMatchObject({
      code: declined.code,
      status: 'FAILED',
      category: 'module-specific',
    });
    expect((error as PaygateDeclinedError).result.payId).toBe(PAY_ID);
  });

  it('throws a request error naming the parameter of a parameter code', async () => {
    const unknownPayId = catalogue.get('business.unknown-payid');
    const gateway = fakeGateway((seen) =>
      answer({ ...okFields(seen), Status: 'FAILED', Code: unknownPayId.code }),
    );
    const error = await clientWith(gateway)
      .createOrder(orderInput)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaygateRequestError);
    expect(error).toMatchObject({ parameter: 'PayID', type: 'PaygateRequestError' });
  });

  it('returns a FAILED answer as a result when throwOnFailure is false', async () => {
    const gateway = fakeGateway((seen) =>
      answer({ ...okFields(seen), Status: 'FAILED', Code: '21000068' }),
    );
    const perCall = await clientWith(gateway).createOrder(orderInput, { throwOnFailure: false });
    const perClient = await clientWith(gateway, { throwOnFailure: false }).createOrder(orderInput);
    expect(perCall).toMatchObject({ ok: false, status: 'FAILED', code: '21000068' });
    expect(perClient.ok).toBe(false);
  });

  it('reads answer parameters in any case', async () => {
    const gateway = fakeGateway(() =>
      answer({ payid: PAY_ID, transid: 'T-1001', STATUS: 'OK', code: '00000000' }),
    );
    const result = await clientWith(gateway).createOrder(orderInput);
    expect(result).toMatchObject({ ok: true, payId: PAY_ID, transId: 'T-1001' });
  });
});

describe('PaygateClient typed inputs', () => {
  it("sends a credit check with the caller's RequestReason", async () => {
    const gateway = fakeGateway();
    await clientWith(gateway).creditCheck({
      TransID: 'T-1',
      RefNr: '4711',
      Amount: '10000',
      Currency: 'EUR',
      RequestReason: 'ZL',
      CustomerID: 'C-1',
      FirstName: 'Erika',
      LastName: 'Mustermann',
      AddrStreet: 'Hauptstr. 1',
      AddrDistrict: 'Mitte',
    });
    expect(gateway.seen[0]?.fields).toMatchObject({ EventToken: 'BC', RequestReason: 'ZL' });
  });

  it('sends an invoice as UP RG', async () => {
    const gateway = fakeGateway();
    await clientWith(gateway).invoice({
      ...orderInput,
      DebitorID: 'D-1',
      FirstName: 'Erika',
      LastName: 'Mustermann',
      AddrStreet: 'Hauptstr. 1',
      AddrDistrict: 'Mitte',
      InvoiceDate: '2025-01-31',
      InvoiceText: 'Rechnung 1',
      NetAmount: '840',
    });
    expect(gateway.seen[0]?.fields).toMatchObject({ EventToken: 'UP', RequestReason: 'RG' });
  });
});

describe('PaygateClient with AES', () => {
  it('encrypts with AES when configured and reads an AES answer', async () => {
    const aesKeys = { ...keys, encryption: 'aes' as const, encryptionKey: '0123456789abcdef' };
    const gateway = fakeGateway((seen) => answer(okFields(seen), aesKeys), aesKeys);
    const client = clientWith(gateway, { encryption: 'aes', encryptionKey: aesKeys.encryptionKey });
    const result = await client.createOrder(orderInput);
    expect(gateway.seen[0]?.form.Data).toContain('-');
    expect(result.ok).toBe(true);
  });
});
