import type { Database, Statement } from 'better-sqlite3';
import type { GatewayPaymentRecord } from '../gateway-records.js';
import type { DebtorRecord, PaymentRecord } from '../records.js';
import { DEFAULT_MAX_PAYMENTS, DEFAULT_REQID_MEMORY } from '../retention.js';
import { debtorSnapshot, paymentSnapshot } from '../snapshots.js';
import type { MerchantExport, Page, Store, StoreExport, StoreStats } from '../store.js';
import { openDatabase } from './open-database.js';

/**
 * The store in a SQLite file (`PAYGATE_SIM_STORE=sqlite:<file>`): the same
 * records as the memory store, as JSON, in tables per kind. `atomically`
 * wraps a whole call (its reads, its commit, its ReqId answer) in one
 * `BEGIN IMMEDIATE` transaction, so a call is on disk before its answer
 * leaves, and several processes on one file still act one call at a time.
 * Nothing is dropped at a cap: disk is cheap; `reset` empties the tables.
 */
export function createSqliteStore(path: string): Store {
  const db = openDatabase(path);
  const q = statements(db);
  const parse = <T>(row: { record: string } | undefined): T | undefined =>
    row === undefined ? undefined : (JSON.parse(row.record) as T);
  const all = <T>(rows: unknown[]): T[] =>
    rows.map((row) => JSON.parse((row as { record: string }).record) as T);
  const paymentsOfDebtor = (merchantId: string, customerId: string) =>
    all<PaymentRecord>(q.paymentsOfDebtor.all(merchantId, customerId));
  const page = (p: Page | undefined) => [p?.limit ?? -1, p?.offset ?? 0] as const;
  const transaction = db.transaction((work: () => unknown) => work());
  // Inside a call's transaction (atomically) a commit needs no savepoint of its own.
  const inOne = (work: () => unknown) => (db.inTransaction ? work() : transaction(work));

  let inCall = false;
  const groupCommit = createGroupCommit(db, (work) => {
    inCall = true;
    try {
      return work();
    } finally {
      inCall = false;
    }
  });

  const putPayment = (merchantId: string, payment: PaymentRecord) =>
    q.putPayment.run(merchantId, payment.payId, payment.customerId, JSON.stringify(payment));
  const putDebtor = (merchantId: string, debtor: DebtorRecord) =>
    q.putDebtor.run(merchantId, debtor.customerId, JSON.stringify(debtor));
  const putGateway = (merchantId: string, payment: GatewayPaymentRecord) =>
    q.putGateway.run(merchantId, payment.payId, JSON.stringify(payment));

  const store: Store = {
    findPayment: (merchantId, payId) => parse(q.payment.get(merchantId, payId) as never),
    findDebtor: (merchantId, customerId) => parse(q.debtor.get(merchantId, customerId) as never),
    paymentsOfDebtor,
    payIdOfTransId: (merchantId, transId) =>
      (q.transId.get(merchantId, transId) as { pay_id: string } | undefined)?.pay_id,
    findGatewayPayment: (merchantId, payId) => parse(q.gateway.get(merchantId, payId) as never),
    payIdInUse: (payId) => q.payIdInUse.get(payId, payId) !== undefined,
    listGatewayPayments: (merchantId, p) => all(q.gatewayPage.all(merchantId, ...page(p))),

    commit(merchantId, changes) {
      inOne(() => {
        if (changes.payment) putPayment(merchantId, changes.payment);
        for (const debtor of changes.debtors ?? []) putDebtor(merchantId, debtor);
        for (const { transId, payId } of changes.transIds ?? [])
          q.putTransId.run(merchantId, transId, payId);
        if (changes.gatewayPayment) putGateway(merchantId, changes.gatewayPayment);
      });
    },

    getDebtor(merchantId, customerId) {
      const debtor = store.findDebtor(merchantId, customerId);
      return debtor && debtorSnapshot(debtor, paymentsOfDebtor(merchantId, customerId));
    },
    getPayment(merchantId, payId) {
      const payment = store.findPayment(merchantId, payId);
      return payment && paymentSnapshot(payment);
    },
    listPayments: (merchantId, p) =>
      all<PaymentRecord>(q.paymentPage.all(merchantId, ...page(p))).map(paymentSnapshot),
    listDebtors: (merchantId, p) =>
      all<DebtorRecord>(q.debtorPage.all(merchantId, ...page(p))).map((debtor) =>
        debtorSnapshot(debtor, paymentsOfDebtor(merchantId, debtor.customerId)),
      ),

    setCreditLimit(merchantId, customerId, limit, at) {
      inOne(() => {
        const { creditLimit: _old, ...debtor } = store.findDebtor(merchantId, customerId) ?? {
          customerId,
        };
        putDebtor(merchantId, {
          ...debtor,
          ...(limit === undefined ? {} : { creditLimit: limit }),
          updatedAt: at,
        });
      });
    },

    rememberAnswer: (merchantId, reqId, answer) => {
      q.putAnswer.run(merchantId, reqId, answer);
    },
    recallAnswer: (merchantId, reqId) =>
      (q.answer.get(merchantId, reqId) as { answer: string } | undefined)?.answer,

    reset() {
      transaction(() => {
        for (const table of TABLES) db.exec(`DELETE FROM ${table}`);
      });
    },

    atomically: <T>(work: () => T): T | Promise<T> => {
      // A call inside a call (an import from the admin API) is part of the outer one.
      if (inCall) return work();
      return groupCommit.run(work);
    },

    exportState(): StoreExport {
      const merchants: Record<string, MerchantExport> = {};
      const ids = (q.merchants.all() as { merchant_id: string }[]).map((row) => row.merchant_id);
      for (const merchantId of ids) {
        merchants[merchantId] = {
          debtors: all(q.debtorPage.all(merchantId, -1, 0)),
          payments: all(q.paymentPage.all(merchantId, -1, 0)),
          transIds: (q.transIds.all(merchantId) as { trans_id: string; pay_id: string }[]).map(
            (row) => ({ transId: row.trans_id, payId: row.pay_id }),
          ),
          gatewayPayments: all(q.gatewayPage.all(merchantId, -1, 0)),
          answers: (q.answers.all(merchantId) as { req_id: string; answer: string }[]).map(
            (row) => ({ reqId: row.req_id, answer: row.answer }),
          ),
        };
      }
      return { format: 'paygate-sim-state', version: 1, merchants };
    },

    importState(state) {
      transaction(() => {
        store.reset();
        for (const [merchantId, data] of Object.entries(state.merchants)) {
          for (const debtor of data.debtors) putDebtor(merchantId, debtor);
          for (const payment of data.payments) putPayment(merchantId, payment);
          for (const { transId, payId } of data.transIds)
            q.putTransId.run(merchantId, transId, payId);
          for (const payment of data.gatewayPayments) putGateway(merchantId, payment);
          for (const { reqId, answer } of data.answers) q.putAnswer.run(merchantId, reqId, answer);
        }
      });
    },

    stats(): StoreStats {
      const merchants: Record<string, StoreStats['merchants'][string]> = {};
      for (const row of q.counts.all() as {
        merchant_id: string;
        payments: number;
        gateway: number;
        debtors: number;
        answers: number;
      }[]) {
        merchants[row.merchant_id] = {
          payments: row.payments,
          gatewayPayments: row.gateway,
          debtors: row.debtors,
          reqIds: row.answers,
          droppedPayments: 0,
          forgottenReqIds: 0,
        };
      }
      // The file keeps everything; the caps are the memory store's, reported for comparison.
      return { maxPayments: DEFAULT_MAX_PAYMENTS, maxReqIds: DEFAULT_REQID_MEMORY, merchants };
    },

    close: () => {
      if (!db.open) return;
      groupCommit.flush();
      db.close();
    },
  };
  return store;
}

/**
 * Group commit: the calls that arrive in one turn of the event loop share one
 * `BEGIN IMMEDIATE ... COMMIT` (each in its own savepoint, so a failing call
 * undoes only itself), and their answers wait for that commit. A commit is
 * the dearest part of a call; under load it is now shared by many, and
 * still none of them is answered before it is on disk.
 */
function createGroupCommit(db: Database, inside: <T>(work: () => T) => T) {
  let open = false;
  let waiting: { done: () => void; failed: (error: unknown) => void }[] = [];
  const flush = () => {
    if (!open) return; // already committed (close() flushes early)
    const settled = waiting;
    waiting = [];
    open = false;
    try {
      db.exec('COMMIT');
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      for (const call of settled) call.failed(error);
      return;
    }
    for (const call of settled) call.done();
  };
  return {
    /** Commits the open batch now (before the file is closed). */
    flush,
    run<T>(work: () => T): Promise<T> {
      if (!open) {
        db.exec('BEGIN IMMEDIATE');
        open = true;
        setImmediate(flush);
      }
      db.exec('SAVEPOINT call');
      let result: T;
      try {
        result = inside(work);
        db.exec('RELEASE call');
      } catch (error) {
        db.exec('ROLLBACK TO call');
        db.exec('RELEASE call');
        throw error;
      }
      return new Promise<T>((resolve, reject) => {
        waiting.push({ done: () => resolve(result), failed: reject });
      });
    },
  };
}

const TABLES = ['debtors', 'payments', 'trans_ids', 'answers', 'gateway_payments'] as const;

/** Every merchant with anything stored, from every table. */
const ANY_MERCHANT = TABLES.map((table) => `SELECT merchant_id FROM ${table}`).join(' UNION ');

/** Every statement, prepared once. */
function statements(db: Database) {
  const prepare = (sql: string): Statement => db.prepare(sql);
  return {
    payment: prepare('SELECT record FROM payments WHERE merchant_id = ? AND pay_id = ?'),
    debtor: prepare('SELECT record FROM debtors WHERE merchant_id = ? AND customer_id = ?'),
    paymentsOfDebtor: prepare(
      'SELECT record FROM payments WHERE merchant_id = ? AND customer_id = ? ORDER BY seq',
    ),
    transId: prepare('SELECT pay_id FROM trans_ids WHERE merchant_id = ? AND trans_id = ?'),
    gateway: prepare('SELECT record FROM gateway_payments WHERE merchant_id = ? AND pay_id = ?'),
    answer: prepare('SELECT answer FROM answers WHERE merchant_id = ? AND req_id = ?'),
    payIdInUse: prepare(
      'SELECT 1 FROM payments WHERE pay_id = ? UNION ALL SELECT 1 FROM gateway_payments WHERE pay_id = ? LIMIT 1',
    ),
    paymentPage: prepare(
      'SELECT record FROM payments WHERE merchant_id = ? ORDER BY seq LIMIT ? OFFSET ?',
    ),
    debtorPage: prepare(
      'SELECT record FROM debtors WHERE merchant_id = ? ORDER BY rowid LIMIT ? OFFSET ?',
    ),
    gatewayPage: prepare(
      'SELECT record FROM gateway_payments WHERE merchant_id = ? ORDER BY seq LIMIT ? OFFSET ?',
    ),
    transIds: prepare(
      'SELECT trans_id, pay_id FROM trans_ids WHERE merchant_id = ? ORDER BY rowid',
    ),
    answers: prepare('SELECT req_id, answer FROM answers WHERE merchant_id = ? ORDER BY seq'),
    // Upserts keep a row's place (seq, rowid): creation order survives every new version.
    putPayment: prepare(
      `INSERT INTO payments (merchant_id, pay_id, customer_id, record) VALUES (?, ?, ?, ?)
       ON CONFLICT (merchant_id, pay_id) DO UPDATE SET customer_id = excluded.customer_id, record = excluded.record`,
    ),
    putDebtor: prepare(
      `INSERT INTO debtors (merchant_id, customer_id, record) VALUES (?, ?, ?)
       ON CONFLICT (merchant_id, customer_id) DO UPDATE SET record = excluded.record`,
    ),
    putTransId: prepare(
      `INSERT INTO trans_ids (merchant_id, trans_id, pay_id) VALUES (?, ?, ?)
       ON CONFLICT (merchant_id, trans_id) DO UPDATE SET pay_id = excluded.pay_id`,
    ),
    putGateway: prepare(
      `INSERT INTO gateway_payments (merchant_id, pay_id, record) VALUES (?, ?, ?)
       ON CONFLICT (merchant_id, pay_id) DO UPDATE SET record = excluded.record`,
    ),
    putAnswer: prepare(
      `INSERT INTO answers (merchant_id, req_id, answer) VALUES (?, ?, ?)
       ON CONFLICT (merchant_id, req_id) DO UPDATE SET answer = excluded.answer`,
    ),
    merchants: prepare(`SELECT merchant_id FROM (${ANY_MERCHANT}) ORDER BY merchant_id`),
    counts: prepare(
      `SELECT m.merchant_id,
         (SELECT count(*) FROM payments p WHERE p.merchant_id = m.merchant_id) AS payments,
         (SELECT count(*) FROM gateway_payments g WHERE g.merchant_id = m.merchant_id) AS gateway,
         (SELECT count(*) FROM debtors d WHERE d.merchant_id = m.merchant_id) AS debtors,
         (SELECT count(*) FROM answers a WHERE a.merchant_id = m.merchant_id) AS answers
       FROM (${ANY_MERCHANT}) m`,
    ),
  };
}
