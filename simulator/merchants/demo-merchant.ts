import type { MerchantConfig } from '../config/merchant-schema.js';

/**
 * The merchant a bare `npm start` knows, so a client can talk to the
 * simulator before anyone has keys. These values are public on purpose and
 * printed at start-up; they are the only keys the simulator ever prints.
 * The merchant holds both keys, so clients can try Blowfish and AES.
 */
export const DEMO_MERCHANT: MerchantConfig = Object.freeze({
  merchantId: 'sim_demo',
  hmacKey: 'sim-demo-hmac-key',
  encryption: 'blowfish',
  blowfishKey: 'sim-demo-blowfish',
  aesKey: 'sim-demo-aes-key',
});
