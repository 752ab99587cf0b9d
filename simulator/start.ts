import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { createApp, createParts, type PartOverrides, type SimulatorParts } from './app.js';
import {
  defineConfig,
  type SimulatorConfig,
  type SimulatorOptions,
} from './config/simulator-config.js';
import { answerParserFailures } from './encode/parser-failure.js';
import { servePaygate } from './http/paygate-route.js';

/** A listening simulator: where it is, its parts for inspecting state, and how to stop it. */
export interface RunningSimulator {
  /** `http://127.0.0.1:<port>`: the base URL a client is pointed at. */
  readonly url: string;
  readonly port: number;
  readonly app: Express;
  readonly parts: SimulatorParts;
  readonly config: SimulatorConfig;
  close(): Promise<void>;
}

/**
 * The config options and the swappable parts. `store` takes either: a
 * spec (`'sqlite:./data/sim.db'`, as in the config file) or a Store object.
 */
export type StartOptions = Omit<SimulatorOptions, 'store'> &
  Omit<PartOverrides, 'store'> & { store?: SimulatorOptions['store'] | PartOverrides['store'] };

/**
 * Starts a simulator for a test suite: 127.0.0.1 on a free port, silent,
 * the demo merchant unless `merchants` says otherwise.
 *
 * @example
 * const sim = await startSimulator({ seed: 1, clockStart: '2025-03-01' });
 * const client = new PaygateClient({ baseUrl: sim.url, ...keys });
 * afterAll(() => sim.close());
 */
export async function startSimulator(options: StartOptions = {}): Promise<RunningSimulator> {
  const { store, script, logger, ...configOptions } = options;
  if (typeof store === 'string') {
    return listen(defineConfig({ ...configOptions, store }), { script, logger });
  }
  return listen(defineConfig(configOptions), { store, script, logger });
}

/** Listens with an already parsed config; `main.ts` uses it with the environment's config. */
export async function listen(
  config: SimulatorConfig,
  overrides: PartOverrides = {},
): Promise<RunningSimulator> {
  const parts = createParts(config, withoutUndefined(overrides));
  // A shared store connects (and creates its tables) before the first call; an
  // unreachable database stops the start with its message.
  if (parts.store.ready) {
    try {
      await parts.store.ready();
    } catch (error) {
      parts.store.close();
      throw error;
    }
  }
  const app = createApp(config, parts);
  // The Paygate path never enters Express (decision 009); everything else does.
  const server = createServer((req, res) => {
    if (!servePaygate(parts, req, res)) app(req, res);
  });
  server.listen(config.port, config.host);
  // A client that stalls must not hold a socket for Node's default five minutes.
  server.requestTimeout = 15_000;
  server.headersTimeout = 10_000;
  answerParserFailures(server, parts);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    url: `http://${host}:${port}`,
    port,
    app,
    parts,
    config,
    close: () => {
      // Calls a fault holds (timeout, latency) must not keep close() waiting.
      parts.held.releaseAll();
      parts.notifier.close();
      return closeServer(server).finally(() => parts.store.close());
    },
  };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}

function withoutUndefined(overrides: PartOverrides): PartOverrides {
  return Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
}
