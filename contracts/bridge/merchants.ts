import { clientConfigFromEnv } from '../../client/index.js';
import type { MerchantKeys } from '../../protocol/wire.js';

/**
 * The consumer's merchant: the simulator's public demo merchant. Keys are not
 * part of the contract (the bridges strip the crypto); MerchantID is, as a
 * format, so any merchant's id satisfies it.
 */
export const CONSUMER_KEYS: MerchantKeys = Object.freeze({
  merchantId: 'sim_demo',
  encryptionKey: 'sim-demo-blowfish',
  hmacKey: 'sim-demo-hmac-key',
  encryption: 'blowfish',
});

/** The variables a live verification needs. */
export const LIVE_VARIABLES = [
  'PAYGATE_BASE_URL',
  'PAYGATE_MERCHANT_ID',
  'PAYGATE_BLOWFISH_KEY',
  'PAYGATE_HMAC_KEY',
] as const;

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '0.0.0.0']);

/**
 * The live Paygate's base URL and keys, when the environment names a
 * non-local base URL and the merchant's keys; otherwise `undefined`.
 * (A local base URL is the simulator, which the provider test verifies anyway.)
 */
export function liveTarget(
  env: Readonly<Record<string, string | undefined>>,
): { baseUrl: string; keys: MerchantKeys } | undefined {
  const baseUrl = env.PAYGATE_BASE_URL;
  if (!baseUrl || LOCAL_HOSTS.has(new URL(baseUrl).hostname)) return undefined;
  if (!env.PAYGATE_MERCHANT_ID || !env.PAYGATE_HMAC_KEY) return undefined;
  if (!env.PAYGATE_BLOWFISH_KEY && !env.PAYGATE_AES_KEY) return undefined;
  const config = clientConfigFromEnv(env);
  const { merchantId, encryptionKey, hmacKey, encryption } = config;
  return { baseUrl: config.baseUrl, keys: { merchantId, encryptionKey, hmacKey, encryption } };
}
