import type { StoreChanges } from '../store/store.js';
import type { BusinessCodeKey } from './code-keys.js';
import type { EngineOutcome } from './types.js';

/**
 * A handler's verdict: the answer plus the changes to commit. Handlers only
 * read the store; `createEngine` commits, so a rejected call changes nothing.
 */
export interface Decision {
  readonly outcome: EngineOutcome;
  readonly changes?: StoreChanges;
}

export function reject(
  codeKey: BusinessCodeKey,
  description: string,
  result?: Record<string, string>,
): Decision {
  return { outcome: { ok: false, codeKey, description, ...(result ? { result } : {}) } };
}
