import type { MerchantKeys } from '../../protocol/wire.js';
import type { MerchantInput } from '../../simulator/config/merchant-schema.js';
import { defineConfig, type SimulatorOptions } from '../../simulator/config/simulator-config.js';

/** A Blowfish merchant, as most live merchants are. */
export const BLOWFISH_MERCHANT = {
  merchantId: 'shop_blowfish',
  hmacKey: 'test-hmac-blowfish',
  encryption: 'blowfish',
  blowfishKey: 'test-blowfish-key',
} as const satisfies MerchantInput;

/** An AES-only merchant: Blowfish data from it cannot be decrypted. */
export const AES_MERCHANT = {
  merchantId: 'shop_aes',
  hmacKey: 'test-hmac-aes',
  encryption: 'aes',
  aesKey: '0123456789abcdef0123456789abcdef',
} as const satisfies MerchantInput;

/** The keys a live client of `merchant` holds. */
export function keysOf(merchant: MerchantInput): MerchantKeys {
  const encryption = merchant.encryption ?? 'blowfish';
  const encryptionKey = encryption === 'aes' ? merchant.aesKey : merchant.blowfishKey;
  return {
    merchantId: merchant.merchantId,
    hmacKey: merchant.hmacKey,
    encryptionKey: encryptionKey ?? '',
    encryption,
  };
}

/** Test defaults: both merchants, fixed ids and a standing clock on the fixtures' invoice day. */
export function testConfig(options: SimulatorOptions = {}) {
  return defineConfig({
    merchants: [BLOWFISH_MERCHANT, AES_MERCHANT],
    seed: 1,
    clockStart: '2024-05-02',
    ...options,
  });
}
