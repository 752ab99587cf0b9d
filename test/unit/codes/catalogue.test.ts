import { describe, expect, it } from 'vitest';
import { type BusinessKey, catalogue, parseCode } from '../../../protocol/codes/index.js';
import { parameters } from '../../../protocol/reference/parameters.js';

const businessKeys: readonly BusinessKey[] = [
  'business.unknown-payid',
  'business.payid-wrong-merchant',
  'business.credit-declined',
  'business.amount-above-checked',
  'business.order-exists',
  'business.no-order',
  'business.order-cancelled',
  'business.amount-above-open',
  'business.credit-above-invoiced',
  'business.payment-above-balance',
  'business.already-paid-auto',
  'business.not-overdue',
  'business.no-dunning',
  'business.already-defaulted',
  'business.currency-mismatch',
  'business.duplicate-transid',
  'business.invoice-unknown',
  'business.order-fully-invoiced',
  'business.replay-mismatch',
];

function detailOf(name: keyof typeof parameters): string {
  return String(parameters[name].number).padStart(4, '0');
}

describe('the built-in catalogue', () => {
  const entries = catalogue.all();

  it('holds every code once', () => {
    const codes = entries.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('holds every key once', () => {
    const keys = entries.map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('holds only codes that fit the layout, OK exactly for status digit 0', () => {
    for (const entry of entries) {
      const parsed = parseCode(entry.code);
      expect(parsed, entry.key).toMatchObject({ ok: true, code: entry.code });
      expect(entry.status === 'OK', entry.key).toBe(parsed.ok && parsed.status === 0);
    }
  });

  it('describes every code in English and German', () => {
    for (const entry of entries) {
      expect(entry.en, entry.key).not.toBe('');
      expect(entry.de, entry.key).not.toBe('');
    }
  });

  it('marks success and the documented examples as Computop codes', () => {
    for (const code of ['00000000', '21000068', '22720040', '40301003']) {
      expect(catalogue.byCode(code)?.source, code).toBe('computop');
    }
    expect(catalogue.get('ok').code).toBe('00000000');
    expect(catalogue.byCode('40301003')?.de).toBe('Strom verloren bei Transaktion');
  });

  it('marks every other entry as assigned by the simulator', () => {
    const computop = entries
      .filter((entry) => entry.source === 'computop')
      .map((entry) => entry.key);
    expect(computop.sort()).toEqual(
      ['computop.21000068', 'computop.22720040', 'computop.power-lost', 'ok'].sort(),
    );
    expect(entries.every((entry) => entry.source !== 'user')).toBe(true);
  });

  it.each(businessKeys)('holds the business key %s as a failure', (key) => {
    expect(catalogue.byKey(key)).toMatchObject({ key, status: 'FAILED', source: 'simulator' });
  });

  it("gives QA's code 22010012 the Real Solution credit decline", () => {
    expect(catalogue.byCode('22010012')).toMatchObject({
      key: 'business.credit-declined',
      source: 'simulator',
    });
  });

  it('ties parameter-bound business codes to the parameter number', () => {
    expect(catalogue.get('business.unknown-payid').code).toBe(`2016${detailOf('PayID')}`);
    expect(catalogue.get('business.order-exists').code).toBe(`2017${detailOf('PayID')}`);
    expect(catalogue.get('business.order-cancelled').code).toBe(`2018${detailOf('PayID')}`);
    expect(catalogue.get('business.duplicate-transid').code).toBe(`2017${detailOf('TransID')}`);
  });

  it('puts the crypto and merchant codes on MAC and MerchantID', () => {
    expect(catalogue.get('crypto.decrypt-failed').code).toMatch(/^2001/);
    expect(catalogue.get('crypto.mac-mismatch').code).toBe(`2001${detailOf('MAC')}`);
    expect(catalogue.get('auth.merchant-mismatch').code).toBe(`2001${detailOf('MerchantID')}`);
    expect(catalogue.get('auth.unknown-merchant').code).toBe(`2016${detailOf('MerchantID')}`);
  });

  it('keeps transport and internal errors in the internal module range', () => {
    for (const key of ['transport.body-too-large', 'internal.error'] as const) {
      expect(parseCode(catalogue.get(key).code), key).toMatchObject({ category: 'internal' });
    }
  });

  it('finds codes in either case and misses unknown ones', () => {
    expect(catalogue.byCode('2201000c')).toBeUndefined();
    expect(catalogue.byCode(catalogue.get('crypto.mac-mismatch').code.toLowerCase())?.key).toBe(
      'crypto.mac-mismatch',
    );
    expect(catalogue.byKey('business.no-such-rule')).toBeUndefined();
  });

  it('treats a miss in get as a bug', () => {
    // @ts-expect-error: not a known key, on purpose
    expect(() => catalogue.get('business.no-such-rule')).toThrow(/business.no-such-rule/);
  });

  it('hands out frozen entries', () => {
    expect(Object.isFrozen(catalogue.get('ok'))).toBe(true);
  });
});
