import { describe, expect, it } from 'vitest';
import {
  PaygateApiError,
  PaygateClient,
  PaygateDeclinedError,
  PaygateError,
  PaygateRequestError,
  type PaygateResult,
  PaygateUnencryptedFailure,
} from '../../client/index.js';
import type { KnownKey } from '../../protocol/codes/index.js';
import { DEMO_MERCHANT } from '../../simulator/merchants/demo-merchant.js';
import { clientCalls, DEMO_KEYS, UNKNOWN_PAY_ID } from './client-calls.js';
import { useE2e } from './support.js';

/**
 * The typed client against a real simulator (in-process, over HTTP): every
 * method once OK and once FAILED, as the error class its code maps to.
 */

const e2e = useE2e();
const client = () => new PaygateClient({ ...DEMO_KEYS, baseUrl: e2e().sim.url, env: {} });
const { next, onPayId, checkFields, invoiceOf, creditNoteOf, checked, ordered, invoiced } =
  clientCalls(client, 'CAS');

interface Case {
  readonly method: string;
  readonly ok: () => Promise<PaygateResult>;
  readonly failed: () => Promise<PaygateResult>;
  readonly error: typeof PaygateDeclinedError | typeof PaygateRequestError;
  readonly key: KnownKey;
  readonly parameter?: string;
}

const cases: Case[] = [
  {
    method: 'creditCheck',
    ok: () => checked(),
    failed: () => checked(600_000), // above the default limit of 500000
    error: PaygateDeclinedError,
    key: 'business.credit-declined',
  },
  {
    method: 'directChange',
    ok: () => client().directChange(checkFields()),
    failed: async () => {
      const { transId = '' } = await checked();
      return client().directChange({ ...checkFields(), TransID: transId });
    },
    error: PaygateRequestError,
    key: 'business.duplicate-transid',
    parameter: 'TransID',
  },
  {
    method: 'createOrder',
    ok: async () => client().createOrder(onPayId((await checked()).payId ?? '')),
    failed: () => client().createOrder(onPayId(UNKNOWN_PAY_ID)),
    error: PaygateRequestError,
    key: 'business.unknown-payid',
    parameter: 'PayID',
  },
  {
    method: 'invoice',
    ok: async () => client().invoice(invoiceOf(await ordered(), 10_000)),
    failed: async () => client().invoice(invoiceOf(await ordered(), 10_001)),
    error: PaygateDeclinedError,
    key: 'business.amount-above-open',
  },
  {
    method: 'creditNote',
    ok: async () => client().creditNote(creditNoteOf(await invoiced(), 2_000)),
    failed: async () => client().creditNote(creditNoteOf(await invoiced(), 10_001)),
    error: PaygateDeclinedError,
    key: 'business.credit-above-invoiced',
  },
  {
    method: 'payment',
    ok: async () => client().payment(onPayId(await invoiced())),
    failed: async () => client().payment(onPayId(await invoiced(), 10_001)),
    error: PaygateDeclinedError,
    key: 'business.payment-above-balance',
  },
  {
    method: 'dunning',
    ok: async () => client().dunning(onPayId(await invoiced())),
    failed: async () => client().dunning(onPayId(await invoiced(10_000, '2025-04-01'))),
    error: PaygateDeclinedError,
    key: 'business.not-overdue',
  },
  {
    method: 'resetDunning',
    ok: async () => {
      const payId = await invoiced();
      await client().dunning(onPayId(payId));
      return client().resetDunning(onPayId(payId));
    },
    failed: async () => client().resetDunning(onPayId(await invoiced())),
    error: PaygateDeclinedError,
    key: 'business.no-dunning',
  },
  {
    method: 'writeOff',
    ok: async () => client().writeOff(onPayId(await invoiced())),
    failed: async () => client().writeOff(onPayId(await invoiced(), 10_001)),
    error: PaygateDeclinedError,
    key: 'business.default-above-balance',
  },
  {
    method: 'cancelOrder',
    ok: async () => client().cancelOrder(onPayId(await ordered(), 4_000)),
    failed: async () => client().cancelOrder(onPayId(await ordered(), 10_001)),
    error: PaygateDeclinedError,
    key: 'business.amount-above-open',
  },
  {
    method: 'send',
    ok: async () =>
      client().send('OC', {
        payid: (await checked()).payId,
        transid: next(),
        refnr: '1',
        amount: '10000',
        currency: 'eur',
      }),
    failed: async () =>
      client().send('OC', {
        payid: await ordered(),
        transid: next(),
        refnr: '1',
        amount: '10000',
        currency: 'EUR',
      }),
    error: PaygateRequestError,
    key: 'business.order-exists',
    parameter: 'PayID',
  },
];

describe('every client method against the simulator', () => {
  it.each(cases)('$method answers OK with the ids of the payment', async ({ ok }) => {
    const result = await ok();
    expect(result).toMatchObject({
      ok: true,
      status: 'OK',
      code: '00000000',
      merchantId: 'sim_demo',
    });
    expect(result.codeInfo).toMatchObject({ meaning: 'ok', key: 'ok' });
    expect(result.payId).toMatch(/^[0-9a-f]{32}$/);
    expect(result.xid).toMatch(/^[0-9a-f]{32}$/);
    expect(result.transId).toMatch(/^CAS-\d+$/);
  });

  it.each(cases)(
    '$method throws $error.name for $key',
    async ({ failed, error, key, parameter }) => {
      const thrown = await failed().then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(thrown).toBeInstanceOf(error);
      const failure = thrown as InstanceType<typeof error>;
      const expectedCode = e2e().code(key);
      expect(failure).toMatchObject({ type: error.name, status: 'FAILED', code: expectedCode });
      expect(failure.result.codeInfo).toMatchObject({ code: expectedCode, meaning: 'error', key });
      if (parameter) expect(failure.parameter).toBe(parameter);
      else expect(failure.category).toBe('module-specific');
    },
  );
});

describe('answers that are not about the business', () => {
  it("lets the gateway's format check answer with validate: false", async () => {
    const fields = { ...checkFields(), Amount: '12,50' };
    const thrown = await client()
      .creditCheck(fields, { validate: false })
      .catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(PaygateRequestError);
    expect(thrown).toMatchObject({
      code: e2e().code('validation.wrong-characters:Amount'),
      parameter: 'Amount',
    });
  });

  it('returns a FAILED answer as a result with throwOnFailure: false', async () => {
    const result = await client().createOrder(onPayId(UNKNOWN_PAY_ID), { throwOnFailure: false });
    expect(result).toMatchObject({
      ok: false,
      status: 'FAILED',
      code: e2e().code('business.unknown-payid'),
    });
  });

  it('rejects the answer to a request signed with a wrong HMAC key', async () => {
    const wrongMac = new PaygateClient({
      ...DEMO_KEYS,
      hmacKey: 'not-the-key',
      baseUrl: e2e().sim.url,
      env: {},
    });
    const fields = checkFields();
    const thrown = await wrongMac.creditCheck(fields).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    // The simulator refused the MAC; its answer is signed with the right key, which
    // this client cannot verify either, so it is not trusted but names the likely cause.
    expect(thrown).toBeInstanceOf(PaygateError);
    expect((thrown as PaygateError).type).toBe('PaygateMacError');
    expect((thrown as PaygateError).message).toContain('PAYGATE_HMAC_KEY');
    const [seen] = await e2e().callsWith(fields.TransID);
    expect(seen?.answer).toMatchObject({
      Status: 'FAILED',
      Code: e2e().code('crypto.mac-mismatch'),
    });
  });

  it.each([
    ['an unknown merchant', { merchantId: 'nobody' }],
    ['a wrong Blowfish key', { encryptionKey: 'not-the-blowfish-key' }],
  ])('throws PaygateUnencryptedFailure for %s', async (_, wrong) => {
    const stranger = new PaygateClient({ ...DEMO_KEYS, ...wrong, baseUrl: e2e().sim.url, env: {} });
    const thrown = stranger.createOrder(onPayId(UNKNOWN_PAY_ID));
    await expect(thrown).rejects.toBeInstanceOf(PaygateUnencryptedFailure);
    await expect(thrown).rejects.not.toBeInstanceOf(PaygateApiError);
  });

  it('speaks AES with the same merchant', async () => {
    const aes = new PaygateClient({
      ...DEMO_KEYS,
      encryption: 'aes',
      encryptionKey: DEMO_MERCHANT.aesKey ?? '',
      baseUrl: e2e().sim.url,
      env: {},
    });
    const result = await aes.creditCheck(checkFields());
    expect(result.ok).toBe(true);
  });
});
