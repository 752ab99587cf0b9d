import type { GatewayPaymentRecord } from './gateway-records.js';
import type { DebtorRecord, PaymentRecord } from './records.js';
import { DEFAULT_MAX_PAYMENTS, DEFAULT_REQID_MEMORY, paymentToDrop } from './retention.js';
import { debtorSnapshot, paymentSnapshot } from './snapshots.js';
import type {
  MerchantExport,
  Page,
  Store,
  StoreChanges,
  StoreExport,
  StorePressure,
} from './store.js';

export interface MemoryStoreOptions {
  /** Remembered ReqId answers per merchant before the oldest are forgotten. */
  maxAnswersPerMerchant?: number;
  /** Payments per merchant before the oldest settled ones are dropped (decision 011). */
  maxPaymentsPerMerchant?: number;
  /** Told when a cap comes near or data is dropped, once per merchant and kind until a reset. */
  onPressure?: (pressure: StorePressure) => void;
}

/** A warning goes out when a merchant's payments reach this share of the cap. */
const NEAR_CAP = 0.9;

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
  /** Card and PayPal payments, in creation order. */
  readonly gatewayPayments: Map<string, GatewayPaymentRecord>;
  readonly answers: Map<string, string>;
  droppedPayments: number;
  forgottenReqIds: number;
  /** Pressure kinds already reported for this merchant. */
  readonly told: Set<StorePressure['kind']>;
}

/** The default store: plain maps, lost on restart. */
export function createMemoryStore(options: MemoryStoreOptions = {}): Store {
  const maxAnswers = options.maxAnswersPerMerchant ?? DEFAULT_REQID_MEMORY;
  const maxPayments = options.maxPaymentsPerMerchant ?? DEFAULT_MAX_PAYMENTS;
  const merchants = new Map<string, MerchantState>();
  const tell = (state: MerchantState, pressure: StorePressure) => {
    if (state.told.has(pressure.kind)) return;
    state.told.add(pressure.kind);
    options.onPressure?.(pressure);
  };

  const read = (merchantId: string): MerchantState | undefined => merchants.get(merchantId);
  const write = (merchantId: string): MerchantState => {
    let state = merchants.get(merchantId);
    if (!state) {
      state = {
        debtors: new Map(),
        payments: new Map(),
        payIdsByDebtor: new Map(),
        transIds: new Map(),
        gatewayPayments: new Map(),
        answers: new Map(),
        droppedPayments: 0,
        forgottenReqIds: 0,
        told: new Set(),
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
    findGatewayPayment: (merchantId, payId) => read(merchantId)?.gatewayPayments.get(payId),
    payIdInUse: (payId) => {
      for (const state of merchants.values()) {
        if (state.payments.has(payId) || state.gatewayPayments.has(payId)) return true;
      }
      return false;
    },
    listGatewayPayments: (merchantId, page) =>
      pageOf(read(merchantId)?.gatewayPayments.values(), page, (payment) => payment),

    commit(merchantId: string, changes: StoreChanges) {
      // Only map writes below: nothing can throw between the first and the last.
      const state = write(merchantId);
      if (changes.payment) putPayment(state, changes.payment);
      for (const debtor of changes.debtors ?? []) state.debtors.set(debtor.customerId, debtor);
      for (const { transId, payId } of changes.transIds ?? []) state.transIds.set(transId, payId);
      if (changes.gatewayPayment) putGatewayPayment(state, changes.gatewayPayment, maxPayments);
      // After the call's own writes, so the payment it acted on is never the one dropped.
      const count = state.payments.size;
      if (count >= Math.ceil(maxPayments * NEAR_CAP))
        tell(state, { kind: 'payments-near-cap', merchantId, count, cap: maxPayments });
      while (state.payments.size > maxPayments) {
        const dropped = paymentToDrop(state.payments.values());
        if (!dropped || dropped.payId === changes.payment?.payId) break;
        dropPayment(state, dropped);
        tell(state, { kind: 'payments-dropped', merchantId, count: maxPayments, cap: maxPayments });
      }
    },

    getDebtor(merchantId, customerId) {
      const debtor = read(merchantId)?.debtors.get(customerId);
      return debtor && debtorSnapshot(debtor, paymentsOfDebtor(merchantId, customerId));
    },
    getPayment(merchantId, payId) {
      const payment = read(merchantId)?.payments.get(payId);
      return payment && paymentSnapshot(payment);
    },
    listPayments: (merchantId, page) =>
      pageOf(read(merchantId)?.payments.values(), page, paymentSnapshot),
    listDebtors: (merchantId, page) =>
      pageOf(read(merchantId)?.debtors.values(), page, (debtor) =>
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
      const state = write(merchantId);
      const answers = state.answers;
      answers.set(reqId, answer);
      // Maps iterate in insertion order, so the first key is the oldest answer.
      for (const oldest of answers.keys()) {
        if (answers.size <= maxAnswers) break;
        answers.delete(oldest);
        state.forgottenReqIds++;
        tell(state, { kind: 'reqids-forgotten', merchantId, count: maxAnswers, cap: maxAnswers });
      }
    },
    recallAnswer: (merchantId, reqId) => read(merchantId)?.answers.get(reqId),

    reset: () => merchants.clear(),

    atomically: (work) => work(),

    exportState(): StoreExport {
      const exported: Record<string, MerchantExport> = {};
      for (const [merchantId, state] of merchants) {
        exported[merchantId] = {
          debtors: [...state.debtors.values()],
          payments: [...state.payments.values()],
          transIds: [...state.transIds].map(([transId, payId]) => ({ transId, payId })),
          gatewayPayments: [...state.gatewayPayments.values()],
          answers: [...state.answers].map(([reqId, answer]) => ({ reqId, answer })),
        };
      }
      return { format: 'paygate-sim-state', version: 1, merchants: exported };
    },

    importState(state) {
      merchants.clear();
      for (const [merchantId, data] of Object.entries(state.merchants)) {
        const target = write(merchantId);
        for (const debtor of data.debtors) target.debtors.set(debtor.customerId, debtor);
        for (const payment of data.payments) putPayment(target, payment);
        for (const { transId, payId } of data.transIds) target.transIds.set(transId, payId);
        for (const payment of data.gatewayPayments)
          target.gatewayPayments.set(payment.payId, payment);
        for (const { reqId, answer } of data.answers) target.answers.set(reqId, answer);
      }
    },

    close: () => undefined,

    stats: () => ({
      maxPayments,
      maxReqIds: maxAnswers,
      merchants: Object.fromEntries(
        [...merchants].map(([merchantId, state]) => [
          merchantId,
          {
            payments: state.payments.size,
            gatewayPayments: state.gatewayPayments.size,
            debtors: state.debtors.size,
            reqIds: state.answers.size,
            droppedPayments: state.droppedPayments,
            forgottenReqIds: state.forgottenReqIds,
          },
        ]),
      ),
    }),
  };
}

/** The records of one page, only those turned into snapshots (a sandbox may hold 100,000). */
function pageOf<Item, Snapshot>(
  items: Iterable<Item> | undefined,
  page: Page | undefined,
  snapshot: (item: Item) => Snapshot,
): Snapshot[] {
  if (!items) return [];
  const from = page?.offset ?? 0;
  const to = page ? from + page.limit : Number.POSITIVE_INFINITY;
  const snapshots: Snapshot[] = [];
  let index = 0;
  for (const item of items) {
    if (index >= to) break;
    if (index >= from) snapshots.push(snapshot(item));
    index++;
  }
  return snapshots;
}

/**
 * Forgets a payment with what only it referenced: its index entry, its
 * TransIDs, and its debtor when no other payment and no credit limit keep
 * that debtor meaningful. ReqId answers stay: a late retry still replays.
 */
function dropPayment(state: MerchantState, payment: PaymentRecord): void {
  state.payments.delete(payment.payId);
  state.droppedPayments++;
  const payIds = state.payIdsByDebtor.get(payment.customerId);
  payIds?.delete(payment.payId);
  if (payIds?.size === 0) {
    state.payIdsByDebtor.delete(payment.customerId);
    if (state.debtors.get(payment.customerId)?.creditLimit === undefined) {
      state.debtors.delete(payment.customerId);
    }
  }
  for (const { transId } of payment.transactions) {
    if (state.transIds.get(transId) === payment.payId) state.transIds.delete(transId);
  }
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

/**
 * Stores a card or PayPal payment version; past the payment cap the oldest
 * one goes (never the one just written), as debtor payments do.
 */
function putGatewayPayment(
  state: MerchantState,
  payment: GatewayPaymentRecord,
  maxPayments: number,
): void {
  state.gatewayPayments.set(payment.payId, payment);
  for (const oldest of state.gatewayPayments.keys()) {
    if (state.gatewayPayments.size <= maxPayments || oldest === payment.payId) break;
    state.gatewayPayments.delete(oldest);
    state.droppedPayments++;
  }
}
