import type { Express } from 'express';
import fc from 'fast-check';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeResponseBody, type MerchantKeys } from '../../protocol/wire.js';
import { openInvoice } from '../helpers/flows.js';
import { AES_MERCHANT, BLOWFISH_MERCHANT, keysOf } from '../helpers/merchants.js';
import { createTestSimulator } from '../helpers/simulator.js';
import { encryptRequest } from '../helpers/wire.js';

/**
 * Whatever reaches /debtor.aspx before the keys are proven: random bytes,
 * broken envelopes, odd content types. Each answer must be a Paygate answer
 * (HTTP 200, Status=FAILED, a catalogue code, a description) and leave the
 * stored payments and debtors exactly as they were.
 */

const RUNS = 250;
const MERCHANT_KEYS: Readonly<Record<string, MerchantKeys>> = {
  [BLOWFISH_MERCHANT.merchantId]: keysOf(BLOWFISH_MERCHANT),
  [AES_MERCHANT.merchantId]: keysOf(AES_MERCHANT),
};
const ZEROS = '0'.repeat(32);

describe('the wire under random input', () => {
  const sim = createTestSimulator();
  const stateOf = () =>
    JSON.stringify(
      Object.keys(MERCHANT_KEYS).map((id) => [
        sim.parts.store.listPayments(id),
        sim.parts.store.listDebtors(id),
      ]),
    );

  beforeAll(async () => {
    // Something to lose: an invoice of one merchant, a credit check of the other.
    await openInvoice(sim);
    const aesCheck = await sim.call(
      { ...encryptableBc(sim.transId()), Amount: '1000' },
      { merchant: AES_MERCHANT },
    );
    expect(aesCheck.fields.Status).toBe('OK');
  });

  /** A Paygate failure as the live gateway words it; decrypted when it came encrypted. */
  function expectPaygateFailure(httpStatus: number, body: string, merchantId: string | undefined) {
    expect(httpStatus).toBe(200);
    const keys = MERCHANT_KEYS[merchantId ?? ''] ?? keysOf(BLOWFISH_MERCHANT);
    const decoded = decodeResponseBody(body, keys);
    expect(decoded.kind, body).not.toBe('garbled');
    if (decoded.kind === 'garbled') return;
    if (decoded.kind === 'plain') {
      expect(decoded.fields.PayID).toBe(ZEROS);
      expect(decoded.fields.TransID).toBe('na');
    } else {
      expect(decoded.macValid).toBe(true);
    }
    // A plain answer carries no Code, as live; the journal holds the one behind it.
    const journaled = sim.parts.journal.entries().at(-1)?.code;
    const { Status, Code = journaled ?? '', Description = '' } = decoded.fields;
    expect(Status).toBe('FAILED');
    expect(Code).toMatch(/^\d{8}$/);
    expect(Code).not.toBe('00000000');
    expect(sim.parts.catalogue.byCode(Code), `code ${Code}`).toBeDefined();
    expect(Description.trim()).not.toBe('');
  }

  it('answers random bytes of any content type with a plain FAILED answer', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 2048 }),
        fc.option(contentType, { nil: undefined }),
        async (bytes, type) => {
          const before = stateOf();
          const post = request(sim.app).post('/debtor.aspx');
          if (type) post.set('Content-Type', type);
          const response = await post.send(Buffer.from(bytes));
          expectPaygateFailure(response.status, response.text, undefined);
          expect(response.text).toMatch(/^PayID=0{32}&TransID=na&Status=FAILED&Description=[^&]+$/);
          expect(stateOf()).toBe(before);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('answers broken envelopes in any encoding with a FAILED answer and stores nothing', async () => {
    await fc.assert(
      fc.asyncProperty(envelope, encodings(sim.app), async (fields, encode) => {
        const before = stateOf();
        const response = await encode(fields);
        const merchantId = fields.find(([name]) => name.toLowerCase() === 'merchantid')?.[1];
        expectPaygateFailure(response.status, response.text, merchantId);
        expect(stateOf()).toBe(before);
      }),
      { numRuns: RUNS },
    );
  });

  it('answers a valid envelope with a Len of any shape, reading a too large Len leniently', async () => {
    const keys = keysOf(BLOWFISH_MERCHANT);
    let calls = 0;
    await fc.assert(
      fc.asyncProperty(len, async (lenText) => {
        calls += 1;
        const valid = encryptRequest(encryptableBc(`LEN-${calls}`), keys);
        const before = stateOf();
        const response = await request(sim.app)
          .post('/debtor.aspx')
          .type('form')
          .send({ ...valid, Len: lenText });
        // Len at or above the plaintext's length is read as "all of it" (decision 006).
        const lenient = /^\s*\d+\s*$/.test(lenText) && Number(lenText) >= Number(valid.Len);
        if (lenient && Number.isSafeInteger(Number(lenText))) {
          const decoded = decodeResponseBody(response.text, keys);
          expect(decoded.kind === 'encrypted' && decoded.macValid).toBe(true);
          return;
        }
        expectPaygateFailure(response.status, response.text, BLOWFISH_MERCHANT.merchantId);
        expect(stateOf()).toBe(before);
      }),
      { numRuns: 150 },
    );
  });

  it('answers a body above the limit with transport.body-too-large, not a 413', async () => {
    const response = await request(sim.app)
      .post('/debtor.aspx')
      .type('form')
      .send(`MerchantID=${BLOWFISH_MERCHANT.merchantId}&Len=8&Data=${'A'.repeat(70_000)}`);
    expectPaygateFailure(response.status, response.text, undefined);
    expect(sim.parts.journal.entries().at(-1)?.code).toBe(sim.code('transport.body-too-large'));
  });

  it('answers a compressed body it cannot read with a FAILED answer', async () => {
    const response = await request(sim.app)
      .post('/debtor.aspx')
      .set('Content-Encoding', 'gzip')
      .type('form')
      .send('MerchantID=x&Len=1&Data=00');
    expectPaygateFailure(response.status, response.text, undefined);
  });
});

/** BC fields a client could encrypt: fixture values, fresh ids. */
function encryptableBc(transId: string): Record<string, string> {
  return {
    EventToken: 'BC',
    RequestReason: 'ZG',
    TransID: transId,
    RefNr: '4711',
    Amount: '1000',
    Currency: 'EUR',
    CustomerID: `K-${transId}`.slice(0, 30),
    FirstName: 'Erika',
    LastName: 'Mustermann',
    AddrStreet: 'Heidestr. 17',
    AddrDistrict: 'Mitte',
  };
}

const contentType = fc.constantFrom(
  'application/x-www-form-urlencoded',
  'application/x-www-form-urlencoded; charset=latin1',
  'text/plain',
  'text/plain; charset=utf-16',
  'application/json',
  'application/octet-stream',
  'multipart/form-data; boundary=xyz',
  'multipart/form-data',
  'image/png',
  ';;;',
);

const hexOf = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

const merchantId = fc.oneof(
  fc.constantFrom(BLOWFISH_MERCHANT.merchantId, AES_MERCHANT.merchantId),
  fc.constantFrom(
    'nobody',
    '',
    ' ',
    'SHOP_BLOWFISH',
    `${BLOWFISH_MERCHANT.merchantId} `,
    'x'.repeat(3000),
  ),
  fc.string({ maxLength: 40 }),
);

const badLen = fc.oneof(
  fc.constantFrom('-1', '-0', 'NaN', 'Infinity', '1e3', '0x10', '12.5', ' ', '+5', '０１'),
  fc.constantFrom('0', '1', '9007199254740991', '9007199254740993', '9'.repeat(40)),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
  fc.string({ maxLength: 12 }),
);

const len = fc.oneof(fc.nat({ max: 5000 }).map(String), badLen);

const data = fc.oneof(
  // Hex of random bytes, block-aligned or not, in either case.
  fc.uint8Array({ maxLength: 512 }).map(hexOf),
  fc.uint8Array({ minLength: 8, maxLength: 512 }).map((b) => hexOf(b).toUpperCase()),
  fc
    .uint8Array({ minLength: 1, maxLength: 64 })
    .map((b) => hexOf(b.subarray(0, b.length - (b.length % 8)))),
  // Odd length, not hex, AES-looking.
  fc.uint8Array({ minLength: 1, maxLength: 64 }).map((b) => hexOf(b).slice(1)),
  fc.string({ maxLength: 200 }),
  fc
    .tuple(fc.uint8Array({ maxLength: 32 }), fc.uint8Array({ maxLength: 96 }))
    .map(([iv, ct]) => `${hexOf(iv)}-${hexOf(ct)}`),
  fc
    .tuple(fc.uint8Array({ minLength: 16, maxLength: 16 }), fc.nat({ max: 6 }))
    .map(([iv, blocks]) => `${hexOf(iv)}-${'00'.repeat(16 * blocks)}`),
  fc.constantFrom('x-y', '-', '--', 'AB-CD-EF', ' ', '00\n', '\u0000'),
);

type FormPairs = [string, string][];

/** Envelope fields, possibly renamed, repeated or given as arrays. */
const envelope: fc.Arbitrary<FormPairs> = fc
  .record({
    merchantId,
    len,
    data,
    extra: fc.array(fc.tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 30 })), {
      maxLength: 3,
    }),
    shape: fc.constantFrom('plain', 'lower', 'array', 'duplicated', 'missing'),
    drop: fc.constantFrom('MerchantID', 'Len', 'Data'),
    second: fc.tuple(merchantId, len, data),
  })
  .map(({ merchantId, len, data, extra, shape, drop, second }) => {
    const base: FormPairs = [
      ['MerchantID', merchantId],
      ['Len', len],
      ['Data', data],
    ];
    const shaped: FormPairs =
      shape === 'lower'
        ? base.map(([name, value]) => [name.toLowerCase(), value])
        : shape === 'array'
          ? base.map(([name, value]) => [`${name}[]`, value])
          : shape === 'duplicated'
            ? [...base, ['MerchantID', second[0]], ['Len', second[1]], ['Data', second[2]]]
            : shape === 'missing'
              ? base.filter(([name]) => name !== drop)
              : base;
    return [...shaped, ...extra];
  });

const urlEncoded = (pairs: FormPairs) => new URLSearchParams(pairs).toString();

/** Pairs joined as sent by a sloppy client: `%` and `&` raw, only what HTTP forbids escaped. */
const rawQuery = (pairs: FormPairs) =>
  pairs
    .map(([name, value]) => `${name}=${value}`)
    .join('&')
    .replace(/[^\x21-\x7e]|#/g, (c) =>
      [...Buffer.from(c)].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join(''),
    )
    .slice(0, 6000);

/** The ways a client may put a form on the wire, right or wrong. */
function encodings(app: Express) {
  return fc.constantFrom(
    (pairs: FormPairs) => request(app).post('/debtor.aspx').type('form').send(urlEncoded(pairs)),
    (pairs: FormPairs) =>
      request(app)
        .post('/debtor.aspx')
        .set('Content-Type', 'application/json')
        .send(JSON.stringify(Object.fromEntries(pairs))),
    (pairs: FormPairs) => {
      const post = request(app).post('/debtor.aspx');
      for (const [name, value] of pairs) post.field(name || 'x', value);
      return post;
    },
    (pairs: FormPairs) => request(app).get(`/debtor.aspx?${urlEncoded(pairs).slice(0, 6000)}`),
    (pairs: FormPairs) => request(app).get(`/debtor.aspx?${rawQuery(pairs)}`),
    (pairs: FormPairs) =>
      request(app)
        .post(`/debtor.aspx?${urlEncoded(pairs.slice(0, 1))}`)
        .type('form')
        .send(urlEncoded(pairs.slice(1))),
    (_pairs: FormPairs) => request(app).post('/debtor.aspx'),
  );
}
