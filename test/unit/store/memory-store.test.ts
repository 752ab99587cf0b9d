import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../simulator/store/memory-store.js';
import { AT, invoice, payment } from './records.js';

describe('memory store', () => {
  it('commits a payment, its debtor and its TransIDs together', () => {
    const store = createMemoryStore();
    store.commit('shop-a', {
      payment: payment('P1'),
      debtors: [{ customerId: 'K-1', lastName: 'Muster', updatedAt: AT }],
      transIds: [{ transId: 'T-1', payId: 'P1' }],
    });
    expect(store.findPayment('shop-a', 'P1')?.payId).toBe('P1');
    expect(store.getDebtor('shop-a', 'K-1')).toMatchObject({ lastName: 'Muster', payIds: ['P1'] });
    expect(store.payIdOfTransId('shop-a', 'T-1')).toBe('P1');
    expect(store.paymentsOfDebtor('shop-a', 'K-1')).toHaveLength(1);
  });

  it('derives the balances of a payment snapshot', () => {
    const store = createMemoryStore();
    const order = {
      refNr: '1',
      amount: 30_000,
      cancelledAmount: 5_000,
      status: 'open' as const,
      createdAt: AT,
    };
    const invoices = [
      invoice('R-1', 10_000, { paidAmount: 4_000, creditedAmount: 1_000, dunningLevel: 2 }),
      invoice('R-2', 5_000, { defaultedAmount: 5_000, defaulted: true }),
    ];
    store.commit('shop-a', { payment: payment('P1', { order, invoices }) });
    const snapshot = store.getPayment('shop-a', 'P1');
    expect(snapshot?.balances).toEqual({
      orderAmount: 30_000,
      cancelledAmount: 5_000,
      invoicedAmount: 15_000,
      creditedAmount: 1_000,
      paidAmount: 4_000,
      defaultedAmount: 5_000,
      openAmount: 5_000,
      uninvoicedAmount: 10_000,
      dunningLevel: 2,
    });
    expect(snapshot?.invoices.map((i) => i.openAmount)).toEqual([5_000, 0]);
  });

  it('hands out copies that cannot change the stored state', () => {
    const store = createMemoryStore();
    store.commit('shop-a', { payment: payment('P1', { invoices: [invoice('R-1', 100)] }) });
    // Readonly is a compile-time promise only; a careless caller can still write.
    const snapshot = store.getPayment('shop-a', 'P1') as unknown as {
      invoices: { amount: number }[];
    };
    const first = snapshot.invoices[0];
    if (first) first.amount = 1;
    expect(store.getPayment('shop-a', 'P1')?.invoices[0]?.amount).toBe(100);
  });

  it('keeps merchants apart', () => {
    const store = createMemoryStore();
    store.commit('shop-a', { payment: payment('P1'), transIds: [{ transId: 'T-1', payId: 'P1' }] });
    expect(store.findPayment('shop-b', 'P1')).toBeUndefined();
    expect(store.payIdOfTransId('shop-b', 'T-1')).toBeUndefined();
    expect(store.listPayments('shop-b')).toEqual([]);
  });

  it('lists payments in the order they were opened', () => {
    const store = createMemoryStore();
    for (const payId of ['P2', 'P1', 'P3']) store.commit('shop-a', { payment: payment(payId) });
    store.commit('shop-a', { payment: payment('P2', { currency: 'CHF' }) });
    expect(store.listPayments('shop-a').map((p) => p.payId)).toEqual(['P2', 'P1', 'P3']);
  });

  it("finds a debtor's payments oldest first, the latest version of each", () => {
    const store = createMemoryStore();
    const opened = [
      ['P3', 'K-1'],
      ['P1', 'K-2'],
      ['P2', 'K-1'],
      ['P4', 'K-1'],
    ] as const;
    for (const [payId, customerId] of opened) {
      store.commit('shop-a', { payment: payment(payId, { customerId }) });
    }
    store.commit('shop-a', { payment: payment('P3', { currency: 'CHF' }) });
    const ofK1 = store.paymentsOfDebtor('shop-a', 'K-1');
    expect(ofK1.map((p) => p.payId)).toEqual(['P3', 'P2', 'P4']);
    expect(ofK1[0]?.currency).toBe('CHF');
    expect(store.paymentsOfDebtor('shop-a', 'K-2').map((p) => p.payId)).toEqual(['P1']);
    expect(store.paymentsOfDebtor('shop-a', 'K-3')).toEqual([]);
    expect(store.paymentsOfDebtor('shop-b', 'K-1')).toEqual([]);
    expect(store.getDebtor('shop-a', 'K-1')).toBeUndefined();
  });

  it('keeps creation order when a payment version names another debtor', () => {
    const store = createMemoryStore();
    for (const payId of ['P1', 'P2', 'P3']) {
      store.commit('shop-a', {
        payment: payment(payId, { customerId: payId === 'P2' ? 'K-2' : 'K-1' }),
      });
    }
    store.commit('shop-a', { payment: payment('P1', { customerId: 'K-2' }) });
    expect(store.paymentsOfDebtor('shop-a', 'K-1').map((p) => p.payId)).toEqual(['P3']);
    expect(store.paymentsOfDebtor('shop-a', 'K-2').map((p) => p.payId)).toEqual(['P1', 'P2']);
  });

  it('sets and removes a debtor credit limit, creating a bare debtor if needed', () => {
    const store = createMemoryStore();
    store.setCreditLimit('shop-a', 'K-9', 0, AT);
    expect(store.findDebtor('shop-a', 'K-9')).toEqual({
      customerId: 'K-9',
      creditLimit: 0,
      updatedAt: AT,
    });
    store.setCreditLimit('shop-a', 'K-9', undefined, AT);
    expect(store.findDebtor('shop-a', 'K-9')?.creditLimit).toBeUndefined();
  });

  it('remembers answers per merchant and ReqId and forgets the oldest beyond the limit', () => {
    const store = createMemoryStore({ maxAnswersPerMerchant: 2 });
    store.rememberAnswer('shop-a', 'R1', 'MID=a&Len=1&Data=1');
    store.rememberAnswer('shop-a', 'R2', 'two');
    store.rememberAnswer('shop-a', 'R3', 'three');
    expect(store.recallAnswer('shop-a', 'R1')).toBeUndefined();
    expect(store.recallAnswer('shop-a', 'R3')).toBe('three');
    expect(store.recallAnswer('shop-b', 'R3')).toBeUndefined();
  });

  it('forgets everything on reset', () => {
    const store = createMemoryStore();
    store.commit('shop-a', { payment: payment('P1') });
    store.rememberAnswer('shop-a', 'R1', 'one');
    store.reset();
    expect(store.listPayments('shop-a')).toEqual([]);
    expect(store.paymentsOfDebtor('shop-a', 'K-1')).toEqual([]);
    expect(store.recallAnswer('shop-a', 'R1')).toBeUndefined();
  });
});
