import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parameterNames } from '../../protocol/reference/parameters.js';
import { validateResult } from '../../protocol/validate.js';
import type { MerchantKeys } from '../../protocol/wire.js';
import type { PaymentSnapshot } from '../../simulator/store/snapshots.js';
import {
  validBcFields,
  validDcFields,
  validOcFields,
  validOsFields,
  validUpFields,
} from '../fixtures/requests.js';
import { openInvoice, openOrder } from '../helpers/flows.js';
import { AES_MERCHANT, BLOWFISH_MERCHANT, keysOf } from '../helpers/merchants.js';
import { createTestSimulator } from '../helpers/simulator.js';
import { encryptPlaintext, plaintextWithMac, sendEnvelope } from '../helpers/wire.js';

/**
 * Requests that decrypt with the merchant's key but say something wrong:
 * random pairs, valid calls with fields dropped or garbled, a wrong or
 * missing MAC. Every answer must be encrypted with a valid MAC (or, for
 * unreadable plaintext, the plain decrypt failure), carry a catalogue code,
 * and leave the store as it was unless the call succeeded or was a declined
 * credit check (which 004 stores on purpose). Whatever succeeds must leave
 * the balances consistent.
 */

const MERCHANTS = [BLOWFISH_MERCHANT, AES_MERCHANT] as const;
type Fields = Record<string, string>;

describe('encrypted requests with wrong content', () => {
  const sim = createTestSimulator();
  const payIds = new Map<string, string[]>();
  const stateOf = () =>
    JSON.stringify(
      MERCHANTS.map(({ merchantId }) => [
        sim.parts.store.listPayments(merchantId),
        sim.parts.store.listDebtors(merchantId),
      ]),
    );

  beforeAll(async () => {
    for (const merchant of MERCHANTS) {
      const options = { merchant };
      const ordered = await openOrder(sim, options);
      const invoiced = await openOrder(sim, options);
      const invoice = await sim.call(
        {
          ...validUpFields('RG'),
          MerchantID: merchant.merchantId,
          PayID: invoiced,
          TransID: sim.transId(),
        },
        options,
      );
      expect(invoice.fields.Status).toBe('OK');
      payIds.set(merchant.merchantId, [ordered, invoiced]);
    }
    await openInvoice(sim);
  });

  /** Sends `plaintext` encrypted for `keys` and checks the answer; returns its fields. */
  async function sendAndCheck(plaintext: string, keys: MerchantKeys) {
    const before = stateOf();
    const answer = await sendEnvelope(sim.app, encryptPlaintext(plaintext, keys), keys);
    expect(answer.httpStatus).toBe(200);
    expect(answer.decoded.kind, answer.body).not.toBe('garbled');
    if (answer.decoded.kind === 'plain') {
      // Plain only for a plaintext that is not readable text (control characters) or a body above the limit.
      // An empty plaintext encrypts to empty Data: "Data missing".
      const plainCodes = [
        'crypto.decrypt-failed',
        'transport.body-too-large',
        'validation.missing',
      ];
      expect(plainCodes.map((key) => sim.code(key))).toContain(answer.code);
      if (answer.code === sim.code('validation.missing')) expect(plaintext).toBe('');
      expect(stateOf()).toBe(before);
      return answer.fields;
    }
    if (answer.decoded.kind === 'encrypted') expect(answer.decoded.macValid).toBe(true);
    // Whatever came in, the answer keeps the result table's formats (nothing echoed raw).
    const checked = validateResult(answer.fields);
    expect(checked.ok ? [] : checked.failures.map((f) => f.message)).toEqual([]);
    const { Status, Code = '', Description = '' } = answer.fields;
    expect(Code).toMatch(/^\d{8}$/);
    expect(sim.parts.catalogue.byCode(Code), `code ${Code}`).toBeDefined();
    expect(Description.trim()).not.toBe('');
    expect(Status === 'OK').toBe(Code === '00000000');
    if (Status !== 'OK' && Code !== sim.code('business.credit-declined')) {
      expect(stateOf()).toBe(before);
    }
    for (const { merchantId } of MERCHANTS) {
      for (const payment of sim.parts.store.listPayments(merchantId)) expectConsistent(payment);
    }
    return answer.fields;
  }

  it('answers random Key=Value plaintexts with a catalogue code and changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...MERCHANTS),
        fc.array(fc.tuple(fieldName, fieldValue), { maxLength: 12 }),
        merchantIdInside,
        macMode,
        async (merchant, pairs, inside, mac) => {
          const keys = keysOf(merchant);
          const fields: Fields = Object.fromEntries(pairs);
          if (inside !== undefined) fields.MerchantID = inside ?? merchant.merchantId;
          await sendAndCheck(withMac(fields, keys, mac), keys);
        },
      ),
      { numRuns: 250 },
    );
  });

  it('answers valid calls with garbled fields without losing or corrupting stored payments', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...MERCHANTS),
        baseCall,
        fc.boolean(),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        macMode,
        async (merchant, base, foreignPayId, mutations, mac) => {
          const keys = keysOf(merchant);
          const other = MERCHANTS.find((m) => m !== merchant) ?? merchant;
          const owner = foreignPayId ? other : merchant;
          const [ordered = '', invoiced = ''] = payIds.get(owner.merchantId) ?? [];
          const fields: Fields = {
            ...base(),
            MerchantID: merchant.merchantId,
            TransID: sim.transId(),
          };
          if (base === bc || base === dc) {
            fields.CustomerID = `K-${sim.transId()}`;
            delete fields.PayID;
          } else {
            fields.PayID = base === oc ? ordered : invoiced;
          }
          for (const mutate of mutations) mutate(fields);
          await sendAndCheck(withMac(fields, keys, mac), keys);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answers every EventToken and RequestReason, known or not, with a catalogue code', async () => {
    const tokens = ['BC', 'DC', 'OC', 'OS', 'UP', 'bc', 'up', 'XX', '', 'BCX', '__proto__'];
    const reasons = [
      'ZG',
      'ZL',
      'VK',
      'VL',
      'RG',
      'GU',
      'ZA',
      'MA',
      'RM',
      'DF',
      'zz',
      '',
      'toString',
    ];
    const keys = keysOf(BLOWFISH_MERCHANT);
    const [ordered = ''] = payIds.get(BLOWFISH_MERCHANT.merchantId) ?? [];
    for (const EventToken of tokens) {
      for (const RequestReason of reasons) {
        const fields = {
          ...validUpFields('RG'),
          ...validBcFields(),
          MerchantID: keys.merchantId,
          EventToken,
          RequestReason,
          PayID: ordered,
          TransID: sim.transId(),
          Amount: '1',
        };
        await sendAndCheck(withMac(fields, keys, 'computed'), keys);
      }
    }
  });
});

/** Invariants of a stored payment that no sequence of calls may break. */
function expectConsistent(payment: PaymentSnapshot): void {
  const { balances, order, invoices } = payment;
  const where = `payment ${payment.payId}`;
  if (balances.uninvoicedAmount !== null)
    expect(balances.uninvoicedAmount, where).toBeGreaterThanOrEqual(0);
  if (order) {
    expect(order.cancelledAmount, where).toBeGreaterThanOrEqual(0);
    expect(order.cancelledAmount + balances.invoicedAmount, where).toBeLessThanOrEqual(
      order.amount,
    );
  }
  for (const invoice of invoices) {
    expect(invoice.amount, where).toBeGreaterThan(0);
    expect(invoice.creditedAmount, where).toBeLessThanOrEqual(invoice.amount);
    expect(invoice.paidAmount + invoice.defaultedAmount, where).toBeLessThanOrEqual(invoice.amount);
    for (const part of [invoice.paidAmount, invoice.creditedAmount, invoice.defaultedAmount]) {
      expect(Number.isSafeInteger(part) && part >= 0, where).toBe(true);
    }
    expect(invoice.dunningLevel, where).toBeGreaterThanOrEqual(0);
  }
}

type MacMode = 'computed' | 'wrong' | 'missing' | 'lower-case';
const macMode = fc.constantFrom<MacMode>(
  'computed',
  'computed',
  'computed',
  'wrong',
  'missing',
  'lower-case',
);

function withMac(fields: Fields, keys: MerchantKeys, mode: MacMode): string {
  const withComputed = plaintextWithMac(fields, keys);
  if (mode === 'computed') return withComputed;
  const rest = Object.entries(fields)
    .filter(([name]) => name.toLowerCase() !== 'mac')
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  if (mode === 'missing') return rest;
  if (mode === 'wrong') return `${rest}&MAC=${'AB'.repeat(32)}`;
  return withComputed.replace(
    /MAC=([0-9A-F]{64})$/,
    (_, mac: string) => `MAC=${mac.toLowerCase()}`,
  );
}

/** `undefined`: no MerchantID inside; `null`: the right one; else that one. */
const merchantIdInside = fc.oneof(
  fc.constant(null),
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom('nobody', BLOWFISH_MERCHANT.merchantId.toUpperCase(), ''),
);

const knownName = fc
  .tuple(
    fc.constantFrom(...parameterNames, 'MAC', 'ReqId'),
    fc.constantFrom('as-is', 'lower', 'upper'),
  )
  .map(([name, casing]) =>
    casing === 'lower' ? name.toLowerCase() : casing === 'upper' ? name.toUpperCase() : name,
  );

const fieldName = fc.oneof(
  knownName,
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', ' '),
  fc.string({ maxLength: 12 }),
);

/** Values a careless or hostile client might send. */
const fieldValue = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc
    .array(fc.constantFrom('&', '=', '%', '+', 'a', ' ', '&&', '=='), { maxLength: 30 })
    .map((parts) => parts.join('')),
  fc.nat({ max: 8000 }).map((n) => 'x'.repeat(n)),
  fc.constantFrom(
    '0',
    '-1',
    '1e3',
    '99999999999',
    '9007199254740993',
    'NaN',
    '',
    ' ',
    'null',
    'undefined',
  ),
  fc.bigInt({ min: -1n, max: 10n ** 12n }).map(String),
  fc.constantFrom('2024-02-30', '2024-13-01', '0000-00-00', '9999-12-31', '2024-05-02T00:00'),
);

const bc = () => ({ ...validBcFields() }) as Fields;
const dc = () => ({ ...validDcFields() }) as Fields;
const oc = () => ({ ...validOcFields() }) as Fields;
const os = () => ({ ...validOsFields() }) as Fields;
const up = (reason: 'RG' | 'GU' | 'ZA' | 'MA' | 'RM' | 'DF') => () =>
  ({ ...validUpFields(reason) }) as Fields;
const baseCall = fc.constantFrom(
  bc,
  dc,
  oc,
  os,
  up('RG'),
  up('GU'),
  up('ZA'),
  up('MA'),
  up('RM'),
  up('DF'),
);

const amountValue = fc.oneof(
  fc.nat({ max: 200_000 }).map(String),
  fc.constantFrom('0', '1', '9999999999'),
);

/** One change to a valid call: a field dropped, garbled, replaced by another amount, or added. */
const mutation: fc.Arbitrary<(fields: Fields) => void> = fc.oneof(
  fc.nat().map((i) => (fields: Fields) => {
    const names = Object.keys(fields);
    const name = names[i % names.length];
    if (name !== undefined) delete fields[name];
  }),
  fc.tuple(fc.nat(), fieldValue).map(([i, value]) => (fields: Fields) => {
    const names = Object.keys(fields);
    const name = names[i % names.length];
    if (name !== undefined) fields[name] = value;
  }),
  amountValue.map((amount) => (fields: Fields) => {
    fields.Amount = amount;
  }),
  fc.tuple(fieldName, fieldValue).map(([name, value]) => (fields: Fields) => {
    fields[name] = value;
  }),
  fc
    .constantFrom('EventToken', 'RequestReason', 'Currency', 'InvoiceNr')
    .map((name) => (fields: Fields) => {
      delete fields[name];
    }),
);
