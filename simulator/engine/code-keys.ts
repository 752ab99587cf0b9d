import type { BusinessKey } from '../../protocol/codes/index.js';

/**
 * Every business outcome the engine can answer with is a key of the
 * response-code catalogue (protocol/codes/business.ts), so a key the
 * catalogue does not know fails the typecheck.
 */
export type BusinessCodeKey = Exclude<
  BusinessKey,
  'business.payid-wrong-merchant' | 'business.replay-mismatch'
>;
