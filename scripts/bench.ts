/**
 * Throughput of the simulator against a bare node:http server, same machine,
 * same run, so the ratios mean something even where absolute numbers do not.
 *
 *   npx tsx scripts/bench.ts [--duration 10] [--connections 50]
 *
 * The servers run in a child process and autocannon in this one, so the
 * load generator does not steal the servers' event loop. Three targets:
 *   bare     node:http answering a fixed body (the floor of any Node server)
 *   health   GET /__sim/health (Express routing + JSON)
 *   bc       POST /debtor.aspx with one BC, encrypted once and sent again
 *            and again: decode, Blowfish decrypt, MAC, validation, engine
 *            (the engine refuses every repeat with business.duplicate-transid,
 *            so the state stays flat), encrypted answer.
 * Numbers are printed, never asserted: timings do not belong in tests.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { encodeRequest } from '../protocol/wire.js';
import { DEMO_MERCHANT } from '../simulator/merchants/demo-merchant.js';
import { keysForData } from '../simulator/merchants/registry.js';
import { startSimulator } from '../simulator/start.js';

/** The part of autocannon's API used here (it ships no types). */
interface Histogram {
  average: number;
  p50: number;
  p99: number;
}
interface AutocannonResult {
  requests: Histogram;
  latency: Histogram;
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (options: {
  url: string;
  method?: string;
  body?: string;
  headers?: Record<string, string>;
  connections: number;
  duration: number;
}) => Promise<AutocannonResult>;

const SERVE_FLAG = '--serve';

if (process.argv.includes(SERVE_FLAG)) await serve();
else await measure();

/** Child: the simulator and a bare server; prints their URLs as one JSON line. */
async function serve(): Promise<void> {
  const simulator = await startSimulator({ seed: 1, clockStart: '2025-03-01' });
  const body = 'PayID=00000000000000000000000000000000&TransID=na&Status=FAILED&Code=20160001';
  const bare = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain' }).end(body);
  });
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
  const barePort = (bare.address() as AddressInfo).port;
  process.stdout.write(
    `${JSON.stringify({ simulator: simulator.url, bare: `http://127.0.0.1:${barePort}` })}\n`,
  );
}

async function measure(): Promise<void> {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '50' },
    },
  });
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
  const child = spawn(
    process.execPath,
    [...process.execArgv, new URL(import.meta.url).pathname, SERVE_FLAG],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  try {
    const urls = await firstLine(child);
    const keys = keysForData(DEMO_MERCHANT, 'AA');
    if (!keys) throw new Error('the demo merchant has no Blowfish key');
    const form = encodeRequest(bcFields(), keys);
    const runs = {
      bare: await autocannon({ url: urls.bare, connections, duration }),
      health: await autocannon({ url: `${urls.simulator}/__sim/health`, connections, duration }),
      bc: await autocannon({
        url: `${urls.simulator}/debtor.aspx`,
        method: 'POST',
        body: new URLSearchParams(form).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        connections,
        duration,
      }),
    };
    report(runs, { duration, connections });
  } finally {
    child.kill();
  }
}

function bcFields(): Record<string, string> {
  return {
    TransID: 'BENCH-1',
    RefNr: '4711',
    Amount: '10000',
    Currency: 'EUR',
    EventToken: 'BC',
    RequestReason: 'ZG',
    CustomerID: 'K-BENCH',
    FirstName: 'Erika',
    LastName: 'Mustermann',
    AddrStreet: 'Heidestr. 17',
    AddrDistrict: 'Mitte',
    AddrZIP: '51147',
    AddrCity: 'Koeln',
    AddrCountryCode: 'DE',
    IBAN: 'DE89370400440532013000',
  };
}

function report(
  runs: Record<string, AutocannonResult>,
  setup: { duration: number; connections: number },
): void {
  const bare = runs.bare?.requests.average ?? 1;
  process.stdout.write(`autocannon, ${setup.connections} connections, ${setup.duration} s each\n`);
  process.stdout.write('target   req/s     p50 ms  p99 ms  vs bare  errors\n');
  for (const [name, run] of Object.entries(runs)) {
    const failures = run.errors + run.timeouts + run.non2xx;
    const cells = [
      name.padEnd(8),
      run.requests.average.toFixed(0).padStart(8),
      String(run.latency.p50).padStart(8),
      String(run.latency.p99).padStart(7),
      `${(run.requests.average / bare).toFixed(2)}x`.padStart(8),
      String(failures).padStart(7),
    ];
    process.stdout.write(`${cells.join(' ')}\n`);
  }
}

function firstLine(child: ChildProcess): Promise<{ simulator: string; bare: string }> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const end = buffer.indexOf('\n');
      if (end >= 0) resolve(JSON.parse(buffer.slice(0, end)));
    });
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
}
