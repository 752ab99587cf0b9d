import type { RequestEnvelope } from '../../protocol/wire.js';
import type { MerchantConfig } from '../config/merchant-schema.js';
import { type PlainOutcome, plainFailure } from '../encode/outcome.js';
import type { MerchantRegistry } from '../merchants/registry.js';

const unknownMerchant = plainFailure('auth.unknown-merchant');

/** Stage 2: the merchant named by the plain MerchantID, whose keys open Data. */
export function findMerchant(
  merchants: MerchantRegistry,
  envelope: RequestEnvelope,
): { ok: true; merchant: MerchantConfig } | { ok: false; outcome: PlainOutcome } {
  const merchant = merchants.find(envelope.merchantId);
  return merchant ? { ok: true, merchant } : { ok: false, outcome: unknownMerchant };
}
