import type { RequestEnvelope } from '../../protocol/wire.js';
import type { MerchantConfig } from '../config/merchant-schema.js';
import { type PlainOutcome, plainFailure } from '../encode/outcome.js';
import type { MerchantRegistry } from '../merchants/registry.js';

/** Merchants named in the hint at most: a sandbox with hundreds lists them in /__sim/health. */
const NAMED = 5;

/**
 * Stage 2: the merchant named by the plain MerchantID, whose keys open Data.
 * An unknown one is answered with the merchants this simulator knows (ours:
 * live says less), since a wrong PAYGATE_MERCHANT_ID is the usual cause.
 */
export function findMerchant(
  merchants: MerchantRegistry,
  envelope: RequestEnvelope,
): { ok: true; merchant: MerchantConfig } | { ok: false; outcome: PlainOutcome } {
  const merchant = merchants.find(envelope.merchantId);
  if (merchant) return { ok: true, merchant };
  const ids = merchants.ids();
  const named = ids.slice(0, NAMED).join(', ') + (ids.length > NAMED ? ', ...' : '');
  return {
    ok: false,
    outcome: plainFailure(
      'auth.unknown-merchant',
      `MerchantID unknown; this simulator knows ${named} (check PAYGATE_MERCHANT_ID)`,
    ),
  };
}
