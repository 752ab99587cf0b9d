import type { Store } from './store.js';

/**
 * Runs `work` as one store transaction, then `then` with its result: at once
 * for the memory and SQLite stores, after the commit for the shared
 * PostgreSQL store. `failed` gets what went wrong (never thrown past it).
 */
export function withinCall<T>(
  store: Store,
  work: () => T,
  then: (value: T) => void,
  failed: (error: unknown) => void,
): void {
  let done: T | Promise<T>;
  try {
    done = store.atomically(work);
  } catch (error) {
    failed(error);
    return;
  }
  if (done instanceof Promise) done.then(then, failed);
  else then(done);
}
