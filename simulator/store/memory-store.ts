import type { DebtorRecord, PaymentRecord } from './records.js';
import { debtorSnapshot, paymentSnapshot } from './snapshots.js';
import type { Store, StoreChanges } from './store.js';

export interface MemoryStoreOptions {
  /** Remembered ReqId answers per merchant before the oldest are forgotten. */
  maxAnswersPerMerchant?: number;
}

interface MerchantState {
  readonly debtors: Map<string, DebtorRecord>;
  /** Insertion order is creation order: "oldest first" everywhere relies on it. */
  readonly payments: Map<string, PaymentRecord>;
  readonly transIds: Map<string, string>;
  readonly answers: Map<string, string>;
}

/** The default store: plain maps, lost on restart. */
export function createMemoryStore(options: MemoryStoreOptions = {}): Store {
  const maxAnswers = options.maxAnswersPerMerchant ?? 10_000;
  const merchants = new Map<string, MerchantState>();

  const read = (merchantId: string): MerchantState | undefined => merchants.get(merchantId);
  const write = (merchantId: string): MerchantState => {
    let state = merchants.get(merchantId);
    if (!state) {
      state = { debtors: new Map(), payments: new Map(), transIds: new Map(), answers: new Map() };
      merchants.set(merchantId, state);
    }
    return state;
  };
  const paymentsOfDebtor = (merchantId: string, customerId: string): PaymentRecord[] =>
    [...(read(merchantId)?.payments.values() ?? [])].filter((p) => p.customerId === customerId);

  return {
    findPayment: (merchantId, payId) => read(merchantId)?.payments.get(payId),
    findDebtor: (merchantId, customerId) => read(merchantId)?.debtors.get(customerId),
    paymentsOfDebtor,
    payIdOfTransId: (merchantId, transId) => read(merchantId)?.transIds.get(transId),

    commit(merchantId: string, changes: StoreChanges) {
      // Only map writes below: nothing can throw between the first and the last.
      const state = write(merchantId);
      if (changes.payment) state.payments.set(changes.payment.payId, changes.payment);
      for (const debtor of changes.debtors ?? []) state.debtors.set(debtor.customerId, debtor);
      for (const { transId, payId } of changes.transIds ?? []) state.transIds.set(transId, payId);
    },

    getDebtor(merchantId, customerId) {
      const debtor = read(merchantId)?.debtors.get(customerId);
      return debtor && debtorSnapshot(debtor, paymentsOfDebtor(merchantId, customerId));
    },
    getPayment(merchantId, payId) {
      const payment = read(merchantId)?.payments.get(payId);
      return payment && paymentSnapshot(payment);
    },
    listPayments: (merchantId) =>
      [...(read(merchantId)?.payments.values() ?? [])].map(paymentSnapshot),
    listDebtors: (merchantId) =>
      [...(read(merchantId)?.debtors.values() ?? [])].map((debtor) =>
        debtorSnapshot(debtor, paymentsOfDebtor(merchantId, debtor.customerId)),
      ),

    setCreditLimit(merchantId, customerId, limit, at) {
      const state = write(merchantId);
      const { creditLimit: _old, ...debtor } = state.debtors.get(customerId) ?? { customerId };
      state.debtors.set(customerId, {
        ...debtor,
        ...(limit === undefined ? {} : { creditLimit: limit }),
        updatedAt: at,
      });
    },

    rememberAnswer(merchantId, reqId, answer) {
      const answers = write(merchantId).answers;
      answers.set(reqId, answer);
      // Maps iterate in insertion order, so the first key is the oldest answer.
      for (const oldest of answers.keys()) {
        if (answers.size <= maxAnswers) break;
        answers.delete(oldest);
      }
    },
    recallAnswer: (merchantId, reqId) => read(merchantId)?.answers.get(reqId),

    reset: () => merchants.clear(),
  };
}
