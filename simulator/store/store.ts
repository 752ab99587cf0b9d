import type { GatewayPaymentRecord } from './gateway-records.js';
import type { DebtorRecord, PaymentRecord } from './records.js';
import type { DebtorSnapshot, PaymentSnapshot } from './snapshots.js';

/** Everything one engine call changes, applied together by `Store.commit`. */
export interface StoreChanges {
  /** The new version of the payment the call acted on (replaces the old one). */
  readonly payment?: PaymentRecord;
  /** New versions of debtors (replace by customerId). */
  readonly debtors?: readonly DebtorRecord[];
  /** TransIDs seen for the first time, now bound to a PayID. */
  readonly transIds?: readonly { readonly transId: string; readonly payId: string }[];
  /** The new version of a card or PayPal payment (replaces the old one). */
  readonly gatewayPayment?: GatewayPaymentRecord;
}

/**
 * The simulator's state, partitioned by merchant: no method ever returns
 * another merchant's data.
 *
 * Synchronous on purpose: the engine then runs check-and-commit without an
 * `await` in between, so Node's single thread makes every call atomic. A
 * persistent store can follow behind this interface with a synchronous
 * driver (node:sqlite and better-sqlite3 both are), wrapping `commit` in one
 * transaction.
 */
export interface Store {
  /** Raw record for the engine; `undefined` for unknown PayIDs and other merchants' PayIDs. */
  findPayment(merchantId: string, payId: string): PaymentRecord | undefined;
  findDebtor(merchantId: string, customerId: string): DebtorRecord | undefined;
  /** Payments opened (BC/DC) for a debtor, oldest first: the base of the credit exposure. */
  paymentsOfDebtor(merchantId: string, customerId: string): readonly PaymentRecord[];
  /** The PayID a TransID was first used with. */
  payIdOfTransId(merchantId: string, transId: string): string | undefined;
  /** A card or PayPal payment (generic interfaces); `undefined` for unknown and other merchants' PayIDs. */
  findGatewayPayment(merchantId: string, payId: string): GatewayPaymentRecord | undefined;
  /** Card and PayPal payments, oldest first. */
  listGatewayPayments(merchantId: string, page?: Page): readonly GatewayPaymentRecord[];
  /** Whether any merchant's payment (debtor, card or PayPal) has this PayID. */
  payIdInUse(payId: string): boolean;
  /** Applies all changes of one call at once; never partially. */
  commit(merchantId: string, changes: StoreChanges): void;

  getDebtor(merchantId: string, customerId: string): DebtorSnapshot | undefined;
  getPayment(merchantId: string, payId: string): PaymentSnapshot | undefined;
  /** Oldest first; a page only builds the snapshots it returns. */
  listPayments(merchantId: string, page?: Page): readonly PaymentSnapshot[];
  /** In order of first appearance; a page only builds the snapshots it returns. */
  listDebtors(merchantId: string, page?: Page): readonly DebtorSnapshot[];
  /** Admin: a per-debtor credit limit (`undefined` removes it); creates a bare debtor if needed. */
  setCreditLimit(
    merchantId: string,
    customerId: string,
    limit: number | undefined,
    at: string,
  ): void;

  /** ReqId replay (used by the HTTP pipeline): the encoded answer of the first call. */
  rememberAnswer(merchantId: string, reqId: string, answer: string): void;
  recallAnswer(merchantId: string, reqId: string): string | undefined;

  /** Forgets everything, for every merchant. */
  reset(): void;

  /**
   * Runs one call's work (its reads, its commit, its remembered ReqId
   * answer) as one transaction: a persistent store commits it before the
   * answer leaves, or not at all. The memory store just runs it; the shared
   * PostgreSQL store resolves once the transaction is committed.
   */
  atomically<T>(work: () => T): T | Promise<T>;

  /**
   * Shared stores: connects, and brings this replica's copy up to what the
   * others wrote, so reads outside a call (the admin API) are current.
   */
  ready?(): Promise<void>;

  /** The whole state as plain data, for `/__sim/state/export` and bug reports. */
  exportState(): StoreExport;
  /** Replaces the whole state with an export; nothing is kept of the old one. */
  importState(state: StoreExport): void;

  /** Releases files and connections (persistent stores). */
  close(): void;

  /** What the store holds and how close it is to its caps, for `/__sim/health`. */
  stats(): StoreStats;
}

export interface Page {
  readonly offset: number;
  readonly limit: number;
}

export interface StoreStats {
  /** Payments kept per merchant before the oldest settled ones are dropped. */
  readonly maxPayments: number;
  /** ReqId answers kept per merchant before the oldest are forgotten. */
  readonly maxReqIds: number;
  readonly merchants: Readonly<
    Record<
      string,
      {
        readonly payments: number;
        /** Card and PayPal payments. */
        readonly gatewayPayments: number;
        readonly debtors: number;
        readonly reqIds: number;
        /** Payments dropped at the cap since start (or reset). */
        readonly droppedPayments: number;
        /** ReqId answers forgotten at the cap since start (or reset). */
        readonly forgottenReqIds: number;
      }
    >
  >;
}

/** A store nearing or at a cap, so the simulator can warn before and when it drops data. */
export interface StorePressure {
  readonly kind: 'payments-near-cap' | 'payments-dropped' | 'reqids-forgotten';
  readonly merchantId: string;
  readonly count: number;
  readonly cap: number;
}

/** One merchant's state in an export: records as the engine wrote them. */
export interface MerchantExport {
  readonly debtors: readonly DebtorRecord[];
  readonly payments: readonly PaymentRecord[];
  readonly transIds: readonly { readonly transId: string; readonly payId: string }[];
  readonly gatewayPayments: readonly GatewayPaymentRecord[];
  /** ReqId answers (digest of the request and the encrypted answer; no request values). */
  readonly answers: readonly { readonly reqId: string; readonly answer: string }[];
}

/** The whole state of a simulator (ours: `format` and `version` name this layout). */
export interface StoreExport {
  readonly format: 'paygate-sim-state';
  readonly version: 1;
  readonly merchants: Readonly<Record<string, MerchantExport>>;
}
