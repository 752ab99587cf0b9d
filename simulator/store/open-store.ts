import { createMemoryStore, type MemoryStoreOptions } from './memory-store.js';
import { createPostgresStore } from './postgres/postgres-store.js';
import { createSqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';
import { StoreError } from './store-error.js';

/** Where the state lives: `memory` (default), `sqlite:<file>` or `postgres://...`. */
export type StoreSpec = string;

/**
 * Opens the store a setting names (`PAYGATE_SIM_STORE`, `store` in the
 * config file, `--store`).
 *
 * @example
 * openStore('sqlite:./data/paygate-sim.db', {});
 */
export function openStore(spec: StoreSpec | undefined, memory: MemoryStoreOptions): Store {
  if (spec === undefined || spec === '' || spec === 'memory') return createMemoryStore(memory);
  if (spec.startsWith('sqlite:')) {
    const path = spec.slice('sqlite:'.length);
    if (path === '')
      throw new StoreError('sqlite: needs a file, e.g. sqlite:./data/paygate-sim.db');
    return createSqliteStore(path);
  }
  if (/^postgres(ql)?:\/\//.test(spec)) return createPostgresStore(spec);
  throw new StoreError(
    `unknown store '${spec}': use memory, sqlite:<file> (e.g. sqlite:./data/paygate-sim.db) or postgres://user:password@host/database`,
  );
}
