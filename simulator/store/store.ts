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
  /** Applies all changes of one call at once; never partially. */
  commit(merchantId: string, changes: StoreChanges): void;

  getDebtor(merchantId: string, customerId: string): DebtorSnapshot | undefined;
  getPayment(merchantId: string, payId: string): PaymentSnapshot | undefined;
  listPayments(merchantId: string): readonly PaymentSnapshot[];
  listDebtors(merchantId: string): readonly DebtorSnapshot[];
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
}
