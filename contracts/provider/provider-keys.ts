import type { MerchantKeys } from '../../protocol/wire.js';
import type { MerchantConfig } from '../../simulator/config/merchant-schema.js';
import { DEMO_MERCHANT } from '../../simulator/merchants/demo-merchant.js';
import { type RunningSimulator, type StartOptions, startSimulator } from '../../simulator/start.js';
import { CONTRACT_TODAY } from '../states.js';

/** The keys a client of a simulator merchant holds. */
export function keysOf(merchant: MerchantConfig): MerchantKeys {
  const encryption = merchant.encryption;
  const encryptionKey = (encryption === 'aes' ? merchant.aesKey : merchant.blowfishKey) ?? '';
  return { merchantId: merchant.merchantId, encryptionKey, hmacKey: merchant.hmacKey, encryption };
}

export const SIMULATOR_KEYS = keysOf(DEMO_MERCHANT);

/**
 * The simulator as the contract verifies it: deterministic ids, a standing
 * clock on the contract's day, the demo merchant; `options` change it (drift tests).
 */
export function startContractSimulator(options: StartOptions = {}): Promise<RunningSimulator> {
  return startSimulator({ seed: 1, clockStart: CONTRACT_TODAY, ...options });
}
