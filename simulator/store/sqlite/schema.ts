import type { Database } from 'better-sqlite3';

/**
 * Marks a file as ours (`PRAGMA application_id`, "PGSS"): a SQLite file
 * of another program is refused at start instead of being written into.
 */
export const APPLICATION_ID = 0x50475353;

/**
 * The schema, one migration per version (`PRAGMA user_version`). A newer
 * simulator opens an older file by running the missing migrations in one
 * transaction; a file from a newer simulator is refused. Append only:
 * a shipped migration never changes.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: the debtor interface's state and the ReqId answers.
  `CREATE TABLE debtors (
     merchant_id TEXT NOT NULL, customer_id TEXT NOT NULL, record TEXT NOT NULL,
     PRIMARY KEY (merchant_id, customer_id));
   CREATE TABLE payments (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     merchant_id TEXT NOT NULL, pay_id TEXT NOT NULL, customer_id TEXT NOT NULL, record TEXT NOT NULL,
     UNIQUE (merchant_id, pay_id));
   CREATE INDEX payments_of_debtor ON payments (merchant_id, customer_id, seq);
   CREATE TABLE trans_ids (
     merchant_id TEXT NOT NULL, trans_id TEXT NOT NULL, pay_id TEXT NOT NULL,
     PRIMARY KEY (merchant_id, trans_id));
   CREATE TABLE answers (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     merchant_id TEXT NOT NULL, req_id TEXT NOT NULL, answer TEXT NOT NULL,
     UNIQUE (merchant_id, req_id));`,
  // 2: card and PayPal payments (issue 13).
  `CREATE TABLE gateway_payments (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     merchant_id TEXT NOT NULL, pay_id TEXT NOT NULL, record TEXT NOT NULL,
     UNIQUE (merchant_id, pay_id));`,
  // 3: PayIDs looked up across merchants (a seeded id source must skip the ones in use).
  `CREATE INDEX payments_pay_id ON payments (pay_id);
   CREATE INDEX gateway_payments_pay_id ON gateway_payments (pay_id);`,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Brings a database of ours (or an empty one) to `target`, all in one transaction. */
export function migrate(db: Database, target = SCHEMA_VERSION): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current >= target) return;
  db.transaction(() => {
    for (let version = current; version < target; version++) {
      db.exec(MIGRATIONS[version] ?? '');
    }
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${target}`);
  }).immediate();
}
