import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { GatewayPaymentRecord } from '../../../simulator/store/gateway-records.js';
import { createMemoryStore } from '../../../simulator/store/memory-store.js';
import { createSqliteStore } from '../../../simulator/store/sqlite/sqlite-store.js';
import type { Store } from '../../../simulator/store/store.js';
import { AT, payment } from './records.js';

/** What every store must do alike: the memory store and the SQLite store hold the same state. */
const dir = mkdtempSync(join(tmpdir(), 'paygate-sim-store-'));
let files = 0;
const opened: Store[] = [];
afterAll(() => {
  for (const store of opened) store.close();
});

const kinds: [string, () => Store][] = [
  ['memory', () => createMemoryStore()],
  [
    'sqlite',
    () => {
      files += 1;
      const store = createSqliteStore(join(dir, `store-${files}.db`));
      opened.push(store);
      return store;
    },
  ],
];

function card(payId: string): GatewayPaymentRecord {
  return {
    merchantId: 'shop-a',
    payId,
    transId: `T-${payId}`,
    method: 'card',
    currency: 'EUR',
    amount: 1000,
    state: 'authorized',
    capture: 'MANUAL',
    steps: [{ kind: 'authorize', xid: 'x'.repeat(32), transId: 'T', amount: 1000, at: AT }],
    createdAt: AT,
    updatedAt: AT,
  };
}

describe.each(kinds)('%s store', (_kind, create) => {
  it('commits a payment, its debtor and its TransIDs together', () => {
    const store = create();
    store.commit('shop-a', {
      payment: payment('P1'),
      debtors: [{ customerId: 'K-1', lastName: 'Muster', updatedAt: AT }],
      transIds: [{ transId: 'T-1', payId: 'P1' }],
    });
    expect(store.findPayment('shop-a', 'P1')?.payId).toBe('P1');
    expect(store.getDebtor('shop-a', 'K-1')).toMatchObject({ lastName: 'Muster', payIds: ['P1'] });
    expect(store.payIdOfTransId('shop-a', 'T-1')).toBe('P1');
  });

  it('keeps merchants apart and creation order across new versions', () => {
    const store = create();
    for (const payId of ['P1', 'P2', 'P3']) store.commit('shop-a', { payment: payment(payId) });
    store.commit('shop-a', { payment: payment('P1', { currency: 'CHF' }) });
    store.commit('shop-b', { payment: payment('P9', { merchantId: 'shop-b' }) });
    expect(store.listPayments('shop-a').map((p) => p.payId)).toEqual(['P1', 'P2', 'P3']);
    expect(store.findPayment('shop-a', 'P1')?.currency).toBe('CHF');
    expect(store.findPayment('shop-a', 'P9')).toBeUndefined();
    expect(store.listPayments('shop-a', { offset: 1, limit: 1 }).map((p) => p.payId)).toEqual([
      'P2',
    ]);
    expect(store.paymentsOfDebtor('shop-a', 'K-1').map((p) => p.payId)).toEqual(['P1', 'P2', 'P3']);
  });

  it('sets and removes a credit limit, remembers ReqId answers, keeps card payments', () => {
    const store = create();
    store.setCreditLimit('shop-a', 'K-7', 5000, AT);
    expect(store.findDebtor('shop-a', 'K-7')?.creditLimit).toBe(5000);
    store.setCreditLimit('shop-a', 'K-7', undefined, AT);
    expect(store.findDebtor('shop-a', 'K-7')?.creditLimit).toBeUndefined();
    store.rememberAnswer('shop-a', 'R-1', '{"body":"x"}');
    expect(store.recallAnswer('shop-a', 'R-1')).toBe('{"body":"x"}');
    expect(store.recallAnswer('shop-b', 'R-1')).toBeUndefined();
    store.commit('shop-a', { gatewayPayment: card('C1') });
    expect(store.findGatewayPayment('shop-a', 'C1')?.steps).toHaveLength(1);
    expect(store.listGatewayPayments('shop-a').map((p) => p.payId)).toEqual(['C1']);
    expect(store.stats().merchants['shop-a']).toMatchObject({ gatewayPayments: 1, reqIds: 1 });
  });

  it('exports and imports the whole state, and every store reads the other’s export', () => {
    const store = create();
    store.commit('shop-a', {
      payment: payment('P1'),
      debtors: [{ customerId: 'K-1', updatedAt: AT }],
      transIds: [{ transId: 'T-1', payId: 'P1' }],
      gatewayPayment: card('C1'),
    });
    store.rememberAnswer('shop-a', 'R-1', 'answer');
    const exported = store.exportState();
    for (const [, other] of kinds) {
      const target = other();
      target.importState(exported);
      expect(target.exportState()).toEqual(exported);
    }
  });

  it('forgets everything on reset', () => {
    const store = create();
    store.commit('shop-a', { payment: payment('P1'), gatewayPayment: card('C1') });
    store.rememberAnswer('shop-a', 'R-1', 'answer');
    store.reset();
    expect(store.findPayment('shop-a', 'P1')).toBeUndefined();
    expect(store.findGatewayPayment('shop-a', 'C1')).toBeUndefined();
    expect(store.recallAnswer('shop-a', 'R-1')).toBeUndefined();
    expect(store.exportState().merchants).toEqual({});
  });

  it('undoes the whole call when work inside atomically throws', () => {
    const store = create();
    expect(() =>
      store.atomically(() => {
        store.commit('shop-a', { payment: payment('P1') });
        throw new Error('crash in the middle of a call');
      }),
    ).toThrow('crash');
    // The memory store has no rollback; its engine never commits before its last check.
    if (_kind === 'sqlite') expect(store.findPayment('shop-a', 'P1')).toBeUndefined();
  });
});
