import { ConfigError } from './config/config-error.js';
import { configFromEnv } from './config/env.js';
import type { SimulatorConfig } from './config/simulator-config.js';
import { listen } from './start.js';

/**
 * `npm start`: the simulator on HOST:PORT (127.0.0.1:8080 by default),
 * configured from the environment once.
 */
async function main(): Promise<void> {
  let config: SimulatorConfig;
  try {
    config = configFromEnv(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`paygate-sim: configuration error\n${error.message}\n`);
    process.exit(2);
  }
  const simulator = await listen(config);
  process.stdout.write(banner(config, simulator.url));
  const stop = () => {
    simulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/**
 * What a person needs to point a client at the simulator. Real keys are
 * never printed, only whether they are set; the demo merchant's keys are
 * public values and printed in full so a first try needs no configuration.
 */
function banner(config: SimulatorConfig, url: string): string {
  const lines = [
    `paygate-sim listening on ${url} (POST ${url}/debtor.aspx, admin ${url}/__sim/health)`,
  ];
  for (const merchant of config.merchants) {
    if (config.demoMerchant) {
      lines.push(
        'No merchant configured: using the public demo merchant',
        `  MerchantID=${merchant.merchantId}  Blowfish key=${merchant.blowfishKey}  AES key=${merchant.aesKey}  HMAC key=${merchant.hmacKey}`,
      );
    } else {
      const key = (value: string | undefined) =>
        value === undefined ? 'not set' : `set (${value.length} characters)`;
      lines.push(
        `  merchant ${merchant.merchantId} (${merchant.encryption}): Blowfish key ${key(merchant.blowfishKey)}, AES key ${key(merchant.aesKey)}, HMAC key ${key(merchant.hmacKey)}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

await main();
