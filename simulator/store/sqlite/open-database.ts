import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import DatabaseConstructor, { type Database } from 'better-sqlite3';
import { StoreError } from '../store-error.js';
import { APPLICATION_ID, migrate, SCHEMA_VERSION } from './schema.js';

/**
 * Opens (or creates) the simulator's SQLite file: WAL, so readers never
 * wait for the writer and a crash loses no committed call; a foreign,
 * unreadable or newer file is refused with a message, never reset.
 */
export function openDatabase(path: string): Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let db: Database;
  try {
    db = new DatabaseConstructor(path);
    // The first read is where SQLite notices a file that is no database.
    db.pragma('journal_mode = WAL');
  } catch (error) {
    throw new StoreError(
      `${path} cannot be opened as a SQLite database (${(error as Error).message}). Point PAYGATE_SIM_STORE at a new file or at one paygate-sim wrote.`,
    );
  }
  try {
    // NORMAL: a committed transaction survives the process being killed; only a power
    // loss may cost the newest ones. FULL would sync every commit to disk.
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    // 64 MB of page cache and memory-mapped reads: a sandbox's file is read far more than written.
    db.pragma('cache_size = -65536');
    db.pragma('mmap_size = 268435456');
    checkOwnership(db, path);
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

function checkOwnership(db: Database, path: string): void {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  const tables = db
    .prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'")
    .get() as { n: number };
  if (applicationId === 0 && tables.n === 0) return; // a new, empty file
  if (applicationId !== APPLICATION_ID) {
    throw new StoreError(
      `${path} is a SQLite database of another program (application_id ${applicationId}); paygate-sim does not write into it. Use a file of its own.`,
    );
  }
  if (version > SCHEMA_VERSION) {
    throw new StoreError(
      `${path} was written by a newer paygate-sim (schema ${version}, this one knows up to ${SCHEMA_VERSION}). Update the simulator or use another file.`,
    );
  }
}
