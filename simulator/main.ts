#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError } from './config/config-error.js';
import { withConfigFile } from './config/config-file.js';
import { configFromEnv } from './config/env.js';
import type { SimulatorConfig } from './config/simulator-config.js';
import { listen, type RunningSimulator } from './start.js';
import { redact } from './store/postgres/postgres-store.js';
import { StoreError } from './store/store-error.js';

const USAGE = `Usage: paygate-sim [options]

A local stand-in for the Computop Paygate (npm start runs it too).

Options:
  --port <n>        port to listen on (default 8080; env PORT; 0 picks a free one)
  --host <address>  interface to listen on (default 127.0.0.1; env HOST)
  --config <file>   JSON or YAML with startSimulator's options (merchants, scenarios,
                    seed, clockStart, creditLimit, allowedHosts, maxPayments, ...);
                    its settings go over the environment's, flags over both
  --seed <n>        deterministic PayIDs, XIDs and ReferenzIDs (env SIM_SEED)
  --store <spec>    where the state lives: memory (default) or sqlite:<file>,
                    kept across restarts (env PAYGATE_SIM_STORE)
  -h, --help        this text
  -v, --version     the version

Environment: PAYGATE_MERCHANT_ID, PAYGATE_BLOWFISH_KEY, PAYGATE_HMAC_KEY, PAYGATE_AES_KEY,
PAYGATE_ENCRYPTION, SIM_* and LOG_LEVEL (see the README's Configuration).`;

const OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  config: { type: 'string' },
  seed: { type: 'string' },
  store: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/**
 * `paygate-sim` and `npm start`: the simulator on HOST:PORT (127.0.0.1:8080
 * by default), configured once from the environment, a `--config` file and
 * the flags, in that order of precedence (flags win).
 */
async function main(argv: readonly string[]): Promise<void> {
  let flags: ReturnType<typeof parseFlags>;
  try {
    flags = parseFlags(argv);
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USAGE}`, 2);
  }
  if (flags.help) return void process.stdout.write(`${USAGE}\n`);
  if (flags.version) return void process.stdout.write(`${packageVersion()}\n`);

  let config: SimulatorConfig;
  try {
    config = configure(flags);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    fail(`paygate-sim: configuration error\n${error.message}`, 2);
  }
  let simulator: RunningSimulator;
  try {
    simulator = await listen(config);
  } catch (error) {
    if (error instanceof StoreError) fail(`paygate-sim: store: ${error.message}`, 2);
    fail(listenError(error as NodeJS.ErrnoException, config), 1);
  }
  process.stdout.write(banner(config, simulator.url));
  simulator.parts.logger.info('started', {
    url: simulator.url,
    merchants: config.merchants.map((merchant) => merchant.merchantId).join(', '),
    scenarioRules: simulator.parts.scenarios.list().length,
    seed: config.seed,
    clock: simulator.parts.clock.now(),
  });
  const stop = () => {
    simulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function parseFlags(argv: readonly string[]) {
  const { values } = parseArgs({ args: [...argv], options: OPTIONS, strict: true });
  for (const name of ['port', 'seed'] as const) {
    const value = values[name];
    if (value !== undefined && !/^\d+$/.test(value)) {
      throw new Error(`--${name} takes a whole number, not '${value}'`);
    }
  }
  return values;
}

/** The environment, then the --config file, then the flags. */
function configure(flags: ReturnType<typeof parseFlags>): SimulatorConfig {
  const env: Record<string, string | undefined> = { ...process.env };
  if (flags.port !== undefined) env.PORT = flags.port;
  if (flags.host !== undefined) env.HOST = flags.host;
  if (flags.store !== undefined) env.PAYGATE_SIM_STORE = flags.store;
  const fromEnv = configFromEnv(env);
  const config = flags.config ? withConfigFile(fromEnv, flags.config) : fromEnv;
  return {
    ...config,
    ...(flags.port === undefined ? {} : { port: Number(flags.port) }),
    ...(flags.host === undefined ? {} : { host: flags.host }),
    ...(flags.seed === undefined ? {} : { seed: Number(flags.seed) }),
    ...(flags.store === undefined ? {} : { store: flags.store }),
  };
}

/** What to do about a port that cannot be had, instead of a stack trace. */
function listenError(error: NodeJS.ErrnoException, config: SimulatorConfig): string {
  const where = `${config.host}:${config.port}`;
  if (error.code === 'EADDRINUSE') {
    return `paygate-sim: port ${config.port} on ${config.host} is in use (another simulator?). Pick another: paygate-sim --port 9000, npm start -- --port 9000 or PORT=9000`;
  }
  if (error.code === 'EACCES') {
    return `paygate-sim: not allowed to listen on ${where}; ports below 1024 need privileges: use --port 8080 or higher`;
  }
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') {
    return `paygate-sim: this machine has no address ${config.host}; use --host 127.0.0.1`;
  }
  return `paygate-sim: cannot listen on ${where}: ${error.message}`;
}

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function packageVersion(): string {
  // dist/simulator/main.js sits one folder deeper below package.json than simulator/main.ts.
  const compiled = new URL(import.meta.url).pathname.includes('/dist/simulator/');
  const source = new URL(compiled ? '../../package.json' : '../package.json', import.meta.url);
  return (JSON.parse(readFileSync(source, 'utf8')) as { version: string }).version;
}

/** Where the state lives, as the banner says it (a database password never printed). */
function storeLine(store: string | undefined): string {
  if (store?.startsWith('sqlite:'))
    return `state kept in ${store.slice('sqlite:'.length)} (SQLite)`;
  if (store?.startsWith('postgres')) {
    return `state shared with the other replicas in PostgreSQL at ${redact(store)}`;
  }
  return 'state in memory: lost on restart (keep it with --store sqlite:<file>)';
}

/**
 * What a person needs to point a client at the simulator. Real keys are
 * never printed, only whether they are set; the demo merchant's keys are
 * public values and printed in full so a first try needs no configuration.
 */
function banner(config: SimulatorConfig, url: string): string {
  const lines = [
    `paygate-sim listening on ${url} (POST ${url}/debtor.aspx, console ${url}/__sim/ui, admin ${url}/__sim/health)`,
    storeLine(config.store),
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

await main(process.argv.slice(2));
