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
  /**
   * PayIDs by customerId, in the order of `payments`: every ZG/ZL check reads
   * the debtor's payments, and a scan of all payments would make a long run
   * (a CI suite, a benchmark) slower with every call.
   */
  readonly payIdsByDebtor: Map<string, Set<string>>;
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
      state = {
        debtors: new Map(),
        payments: new Map(),
        payIdsByDebtor: new Map(),
        transIds: new Map(),
        answers: new Map(),
      };
      merchants.set(merchantId, state);
    }
    return state;
  };
  const paymentsOfDebtor = (merchantId: string, customerId: string): PaymentRecord[] => {
    const state = read(merchantId);
    const payIds = state?.payIdsByDebtor.get(customerId);
    if (!state || !payIds) return [];
    const payments: PaymentRecord[] = [];
    for (const payId of payIds) {
      const payment = state.payments.get(payId);
      if (payment) payments.push(payment);
    }
    return payments;
  };

  return {
    findPayment: (merchantId, payId) => read(merchantId)?.payments.get(payId),
    findDebtor: (merchantId, customerId) => read(merchantId)?.debtors.get(customerId),
    paymentsOfDebtor,
    payIdOfTransId: (merchantId, transId) => read(merchantId)?.transIds.get(transId),

    commit(merchantId: string, changes: StoreChanges) {
      // Only map writes below: nothing can throw between the first and the last.
      const state = write(merchantId);
      if (changes.payment) putPayment(state, changes.payment);
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

/** Stores a payment version and keeps the debtor index in `payments` order. */
function putPayment(state: MerchantState, payment: PaymentRecord): void {
  const previous = state.payments.get(payment.payId);
  // Replacing a key keeps its place in a Map: creation order survives every update.
  state.payments.set(payment.payId, payment);
  if (previous === undefined) {
    indexOf(state, payment.customerId).add(payment.payId);
    return;
  }
  if (previous.customerId === payment.customerId) return;
  // No engine rule moves a payment to another debtor; should one ever do,
  // the new debtor's list is rebuilt so that it stays oldest first.
  state.payIdsByDebtor.get(previous.customerId)?.delete(payment.payId);
  const moved = new Set<string>();
  for (const other of state.payments.values()) {
    if (other.customerId === payment.customerId) moved.add(other.payId);
  }
  state.payIdsByDebtor.set(payment.customerId, moved);
}

function indexOf(state: MerchantState, customerId: string): Set<string> {
  let payIds = state.payIdsByDebtor.get(customerId);
  if (!payIds) {
    payIds = new Set();
    state.payIdsByDebtor.set(customerId, payIds);
  }
  return payIds;
}
