import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, SCHEMA_VERSION } from '../../../simulator/store/sqlite/schema.js';
import { createSqliteStore } from '../../../simulator/store/sqlite/sqlite-store.js';
import { StoreError } from '../../../simulator/store/store-error.js';
import { AT } from './records.js';

const dir = mkdtempSync(join(tmpdir(), 'paygate-sim-file-'));

describe('the SQLite file', () => {
  it('keeps the state across close and reopen', () => {
    const path = join(dir, 'reopen.db');
    const first = createSqliteStore(path);
    first.commit('shop', { debtors: [{ customerId: 'K-1', lastName: 'Muster', updatedAt: AT }] });
    first.close();
    const second = createSqliteStore(path);
    expect(second.findDebtor('shop', 'K-1')?.lastName).toBe('Muster');
    second.close();
  });

  it('refuses a file that is no SQLite database, and leaves it as it was', () => {
    const path = join(dir, 'notes.txt');
    writeFileSync(path, 'shopping list: milk, bread, '.repeat(200));
    expect(() => createSqliteStore(path)).toThrow(StoreError);
    expect(() => createSqliteStore(path)).toThrow(/cannot be opened as a SQLite database/);
  });

  it("refuses another program's SQLite database instead of writing into it", () => {
    const path = join(dir, 'other.db');
    const other = new Database(path);
    other.exec('CREATE TABLE contacts (name TEXT)');
    other.close();
    expect(() => createSqliteStore(path)).toThrow(/another program/);
  });

  it('refuses a file written by a newer simulator', () => {
    const path = join(dir, 'newer.db');
    createSqliteStore(path).close();
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => createSqliteStore(path)).toThrow(/newer paygate-sim/);
  });

  it('migrates an older file and keeps what it holds', () => {
    const path = join(dir, 'older.db');
    const db = new Database(path);
    migrate(db, 1); // a file from before the card payments (schema 1)
    db.prepare('INSERT INTO debtors VALUES (?, ?, ?)').run(
      'shop',
      'K-1',
      JSON.stringify({ customerId: 'K-1', lastName: 'Alt', updatedAt: AT }),
    );
    db.close();
    const store = createSqliteStore(path);
    expect(store.findDebtor('shop', 'K-1')?.lastName).toBe('Alt');
    expect(store.listGatewayPayments('shop')).toEqual([]);
    store.close();
    const reopened = new Database(path);
    expect(reopened.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    reopened.close();
  });
});

describe('group commit', () => {
  it('commits an open batch when the store closes, and answers its calls', async () => {
    const path = join(dir, 'closing.db');
    const store = createSqliteStore(path);
    const answered = store.atomically(() => {
      store.commit('shop', { debtors: [{ customerId: 'K-9', updatedAt: AT }] });
      return 'answer';
    });
    store.close(); // before the event loop's next turn would commit
    await expect(answered).resolves.toBe('answer');
    const reopened = createSqliteStore(path);
    expect(reopened.findDebtor('shop', 'K-9')).toBeDefined();
    reopened.close();
  });

  it('lets one call of a batch fail without undoing the others', async () => {
    const store = createSqliteStore(join(dir, 'batch.db'));
    const first = store.atomically(() =>
      store.commit('shop', { debtors: [{ customerId: 'K-1', updatedAt: AT }] }),
    );
    expect(() =>
      store.atomically(() => {
        store.commit('shop', { debtors: [{ customerId: 'K-2', updatedAt: AT }] });
        throw new Error('this call fails');
      }),
    ).toThrow('this call fails');
    await first;
    expect(store.findDebtor('shop', 'K-1')).toBeDefined();
    expect(store.findDebtor('shop', 'K-2')).toBeUndefined();
    store.close();
  });
});
