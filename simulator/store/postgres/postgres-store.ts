import pg from 'pg';
import type { GatewayPaymentRecord } from '../gateway-records.js';
import { createMemoryStore } from '../memory-store.js';
import type { DebtorRecord, PaymentRecord } from '../records.js';
import type { Store, StoreChanges } from '../store.js';
import { StoreError } from '../store-error.js';

/** Every call of every replica takes this lock: one call at a time across the team's sandbox. */
const CALL_LOCK = 0x5047_5353;

type Kind = 'debtor' | 'payment' | 'transId' | 'gateway' | 'answer';

interface Row {
  readonly kind: Kind;
  readonly merchantId: string;
  readonly key: string;
  readonly value: string;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS paygate_sim_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE SEQUENCE IF NOT EXISTS paygate_sim_version;
CREATE TABLE IF NOT EXISTS paygate_sim_records (
  kind TEXT NOT NULL, merchant_id TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,
  created BIGINT NOT NULL, version BIGINT NOT NULL,
  PRIMARY KEY (kind, merchant_id, key));
CREATE INDEX IF NOT EXISTS paygate_sim_records_version ON paygate_sim_records (version);
INSERT INTO paygate_sim_meta VALUES ('schema', '1'), ('epoch', '0') ON CONFLICT DO NOTHING;
`;

/**
 * The store for several simulators behind one load balancer
 * (`PAYGATE_SIM_STORE=postgres://...`). Each replica keeps the state in a
 * memory store and PostgreSQL holds the truth: a call takes a transaction-
 * scoped advisory lock (so calls of all replicas happen one at a time and
 * balances stay exact), reads what other replicas wrote since its last call,
 * runs the unchanged synchronous engine, writes its changes, and commits
 * before its answer leaves. A reset or an import bumps an epoch, on which
 * every replica reloads everything.
 */
export function createPostgresStore(url: string): Store {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // The pool reports a broken idle connection here; the next call gets a new one.
  pool.on('error', () => undefined);
  const local = createMemoryStore({
    maxPaymentsPerMerchant: Number.MAX_SAFE_INTEGER,
    maxAnswersPerMerchant: Number.MAX_SAFE_INTEGER,
  });
  let lastVersion = 0;
  let epoch: string | undefined;
  let pending: Row[] | undefined;
  let resetPending = false;
  let ready: Promise<void> | undefined;

  const record = (row: Row) => {
    if (!pending) {
      throw new StoreError('a change to the shared store outside a call (use atomically)');
    }
    pending.push(row);
  };

  const apply = (row: Row) => {
    switch (row.kind) {
      case 'debtor':
        return local.commit(row.merchantId, { debtors: [JSON.parse(row.value) as DebtorRecord] });
      case 'payment':
        return local.commit(row.merchantId, { payment: JSON.parse(row.value) as PaymentRecord });
      case 'gateway':
        return local.commit(row.merchantId, {
          gatewayPayment: JSON.parse(row.value) as GatewayPaymentRecord,
        });
      case 'transId':
        return local.commit(row.merchantId, { transIds: [{ transId: row.key, payId: row.value }] });
      case 'answer':
        return local.rememberAnswer(row.merchantId, row.key, row.value);
    }
  };

  /** Brings the local copy up to what PostgreSQL holds (inside the lock). */
  const sync = async (client: pg.PoolClient) => {
    const meta = await client.query<{ value: string }>(
      "SELECT value FROM paygate_sim_meta WHERE key = 'epoch'",
    );
    const current = meta.rows[0]?.value ?? '0';
    if (current !== epoch) {
      local.reset();
      lastVersion = 0;
      epoch = current;
    }
    const changed = await client.query<{
      kind: Kind;
      merchant_id: string;
      key: string;
      value: string;
      version: string;
    }>(
      `SELECT kind, merchant_id, key, value, version FROM paygate_sim_records
       WHERE version > $1 ORDER BY ${lastVersion === 0 ? 'created' : 'version'}`,
      [lastVersion],
    );
    for (const row of changed.rows) {
      apply({ kind: row.kind, merchantId: row.merchant_id, key: row.key, value: row.value });
      lastVersion = Math.max(lastVersion, Number(row.version));
    }
  };

  const write = async (client: pg.PoolClient, rows: readonly Row[], reset: boolean) => {
    if (reset) {
      await client.query('DELETE FROM paygate_sim_records');
      const bumped = await client.query<{ value: string }>(
        "UPDATE paygate_sim_meta SET value = (value::bigint + 1)::text WHERE key = 'epoch' RETURNING value",
      );
      epoch = bumped.rows[0]?.value;
    }
    for (const row of rows) {
      const written = await client.query<{ version: string }>(
        `INSERT INTO paygate_sim_records (kind, merchant_id, key, value, created, version)
         VALUES ($1, $2, $3, $4, nextval('paygate_sim_version'), currval('paygate_sim_version'))
         ON CONFLICT (kind, merchant_id, key)
         DO UPDATE SET value = excluded.value, version = nextval('paygate_sim_version')
         RETURNING version`,
        [row.kind, row.merchantId, row.key, row.value],
      );
      // Under the lock nobody else writes: the local copy already holds these.
      lastVersion = Math.max(lastVersion, Number(written.rows[0]?.version ?? 0));
    }
  };

  const connect = () => {
    ready ??= (async () => {
      const client = await pool.connect().catch((error: Error) => {
        throw new StoreError(`cannot reach PostgreSQL at ${redact(url)}: ${error.message}`);
      });
      try {
        await client.query('SELECT pg_advisory_lock($1)', [CALL_LOCK]);
        await client.query(SCHEMA);
        await client.query('SELECT pg_advisory_unlock($1)', [CALL_LOCK]);
      } finally {
        client.release();
      }
    })();
    return ready;
  };

  const commitLocal = (merchantId: string, changes: StoreChanges) => {
    local.commit(merchantId, changes);
    if (changes.payment) {
      record({
        kind: 'payment',
        merchantId,
        key: changes.payment.payId,
        value: JSON.stringify(changes.payment),
      });
    }
    for (const debtor of changes.debtors ?? []) {
      record({ kind: 'debtor', merchantId, key: debtor.customerId, value: JSON.stringify(debtor) });
    }
    for (const { transId, payId } of changes.transIds ?? []) {
      record({ kind: 'transId', merchantId, key: transId, value: payId });
    }
    if (changes.gatewayPayment) {
      record({
        kind: 'gateway',
        merchantId,
        key: changes.gatewayPayment.payId,
        value: JSON.stringify(changes.gatewayPayment),
      });
    }
  };

  const store: Store = {
    findPayment: local.findPayment,
    findDebtor: local.findDebtor,
    paymentsOfDebtor: local.paymentsOfDebtor,
    payIdOfTransId: local.payIdOfTransId,
    findGatewayPayment: local.findGatewayPayment,
    listGatewayPayments: local.listGatewayPayments,
    payIdInUse: local.payIdInUse,
    getDebtor: local.getDebtor,
    getPayment: local.getPayment,
    listPayments: local.listPayments,
    listDebtors: local.listDebtors,
    recallAnswer: local.recallAnswer,
    exportState: local.exportState,
    stats: local.stats,

    commit: commitLocal,
    setCreditLimit(merchantId, customerId, limit, at) {
      local.setCreditLimit(merchantId, customerId, limit, at);
      const debtor = local.findDebtor(merchantId, customerId);
      if (debtor)
        record({ kind: 'debtor', merchantId, key: customerId, value: JSON.stringify(debtor) });
    },
    rememberAnswer(merchantId, reqId, answer) {
      local.rememberAnswer(merchantId, reqId, answer);
      record({ kind: 'answer', merchantId, key: reqId, value: answer });
    },
    reset() {
      local.reset();
      pending = [];
      resetPending = true;
    },
    importState(state) {
      store.reset();
      for (const [merchantId, data] of Object.entries(state.merchants)) {
        for (const debtor of data.debtors) commitLocal(merchantId, { debtors: [debtor] });
        for (const payment of data.payments) commitLocal(merchantId, { payment });
        commitLocal(merchantId, { transIds: data.transIds });
        for (const payment of data.gatewayPayments)
          commitLocal(merchantId, { gatewayPayment: payment });
        for (const { reqId, answer } of data.answers)
          store.rememberAnswer(merchantId, reqId, answer);
      }
    },

    /**
     * One call across all replicas: lock, catch up, run `work` (synchronous,
     * as the engine is), write its changes, commit. Resolves after the commit.
     */
    async atomically<T>(work: () => T): Promise<T> {
      await connect();
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('SELECT pg_advisory_xact_lock($1)', [CALL_LOCK]);
        await sync(client);
        pending = [];
        resetPending = false;
        let result: T;
        try {
          result = work();
        } catch (error) {
          // The local copy holds changes PostgreSQL never got: reload it on the next call.
          epoch = undefined;
          throw error;
        }
        const rows = pending;
        pending = undefined;
        await write(client, rows, resetPending);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        pending = undefined;
        epoch = undefined;
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },

    async ready() {
      await connect();
      // Reads outside a call (the admin API) see what the other replicas wrote.
      await store.atomically(() => undefined);
    },

    close() {
      void pool.end();
    },
  };
  return store;
}

/** The URL without its password, for messages and the start banner. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
