import { looksLikeAes } from '../../protocol/crypto/select.js';
import type { AnswerDialect, MerchantKeys } from '../../protocol/wire.js';
import type { MerchantConfig } from '../config/merchant-schema.js';

/** The merchants the simulator answers, by MerchantID (exact spelling, as live). */
export interface MerchantRegistry {
  find(merchantId: string): MerchantConfig | undefined;
  ids(): readonly string[];
}

export function createMerchantRegistry(merchants: readonly MerchantConfig[]): MerchantRegistry {
  const byId = new Map(merchants.map((merchant) => [merchant.merchantId, merchant]));
  return { find: (merchantId) => byId.get(merchantId), ids: () => [...byId.keys()] };
}

/**
 * The keys that fit a request's Data: its shape tells AES from Blowfish, and
 * the answer goes back in the same cipher. `undefined` when the merchant has
 * no key for that cipher (then the data cannot be theirs).
 */
export function keysForData(merchant: MerchantConfig, data: string): MerchantKeys | undefined {
  const encryption = looksLikeAes(data) ? 'aes' : 'blowfish';
  const encryptionKey = encryption === 'aes' ? merchant.aesKey : merchant.blowfishKey;
  if (encryptionKey === undefined) return undefined;
  return {
    merchantId: merchant.merchantId,
    hmacKey: merchant.hmacKey,
    encryptionKey,
    encryption,
    answer: answerDialect(merchant),
  };
}

/** The merchant's answer options (decision 010); empty means live's defaults. */
function answerDialect(merchant: MerchantConfig): AnswerDialect {
  return {
    ...(merchant.answerPadding ? { padding: merchant.answerPadding } : {}),
    ...(merchant.answerMac === false ? { mac: false } : {}),
  };
}

/** The keys of the merchant's configured cipher, as a client of that merchant would hold them. */
export function configuredKeys(merchant: MerchantConfig): MerchantKeys {
  const encryptionKey = merchant.encryption === 'aes' ? merchant.aesKey : merchant.blowfishKey;
  return {
    merchantId: merchant.merchantId,
    hmacKey: merchant.hmacKey,
    encryptionKey: encryptionKey ?? '',
    encryption: merchant.encryption,
    answer: answerDialect(merchant),
  };
}
