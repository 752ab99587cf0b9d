import { PaygateClient, type PaygateClientOptions } from '../../client/index.js';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The public demo merchant a bare `npm start` answers (simulator/merchants/
 * demo-merchant.ts, printed in its start banner). Repeated here because an
 * integrating system never imports the simulator; test/e2e checks both agree.
 */
export const DEMO_MERCHANT_ENV = {
  PAYGATE_MERCHANT_ID: 'sim_demo',
  PAYGATE_BLOWFISH_KEY: 'sim-demo-blowfish',
  PAYGATE_AES_KEY: 'sim-demo-aes-key',
  PAYGATE_HMAC_KEY: 'sim-demo-hmac-key',
} as const;

const DEMO_KEY_NAMES = new Set(Object.keys(DEMO_MERCHANT_ENV));

/**
 * A client for the examples: the `PAYGATE_*` settings of `env` when a
 * merchant is configured there, else the demo merchant's keys (the base URL,
 * encryption and timeout still come from `env`). Every call gets its own ReqId,
 * so a timeout may be retried without booking twice.
 *
 * @example
 * const client = demoClient(process.env); // http://127.0.0.1:8080, sim_demo
 * const client = demoClient({ PAYGATE_BASE_URL: simulator.url });
 */
export function demoClient(env: Env, options: PaygateClientOptions = {}): PaygateClient {
  return new PaygateClient({ autoReqId: true, ...options, env: withDemoMerchant(env) });
}

/** `env` itself when it names a merchant; otherwise `env` with the demo merchant's keys. */
export function withDemoMerchant(env: Env): Env {
  if (env.PAYGATE_MERCHANT_ID) return env;
  // Keys without a merchant would not fit the demo merchant: they are dropped.
  const rest = Object.fromEntries(
    Object.entries(env).filter(([name]) => !DEMO_KEY_NAMES.has(name)),
  );
  return { ...rest, ...DEMO_MERCHANT_ENV };
}
