// A vitest globalSetup for a project that depends on paygate-sim: one
// simulator for the whole run, its URL and the demo merchant's keys handed to
// the tests through the environment the PaygateClient reads.
//
//   // vitest.config.ts
//   export default defineConfig({ test: { globalSetup: ['./vitest.global-setup.ts'] } });
//
// Tests then create `new PaygateClient()` and talk to the simulator.
import { type RunningSimulator, startSimulator } from 'paygate-sim/simulator';

let simulator: RunningSimulator | undefined;

export async function setup(): Promise<void> {
  simulator = await startSimulator({ seed: 1, clockStart: '2025-03-03' });
  const [merchant] = simulator.config.merchants;
  if (!merchant?.blowfishKey) throw new Error('the simulator has no Blowfish merchant');
  process.env.PAYGATE_BASE_URL = simulator.url;
  process.env.PAYGATE_MERCHANT_ID = merchant.merchantId;
  process.env.PAYGATE_BLOWFISH_KEY = merchant.blowfishKey;
  process.env.PAYGATE_HMAC_KEY = merchant.hmacKey;
}

export async function teardown(): Promise<void> {
  await simulator?.close();
}
