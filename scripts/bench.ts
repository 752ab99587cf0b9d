/**
 * Throughput of the simulator against a bare node:http server, same machine,
 * same run, so the ratios mean something even where absolute numbers do not.
 *
 *   [PAYGATE_SIM_BENCH_POSTGRES=postgres://...] npm run build && npx tsx scripts/bench.ts [--seconds 5] [--connections 50] [--warmup 1] [--rounds 1] [--pool N] [--mixes N]
 *
 * The servers run in a child process (under the same loader as this one, so
 * tsx as with `npm start`) and autocannon in this one; both listen and talk
 * on 127.0.0.1 only. Targets, each warmed up, then measured:
 *   bare      node:http answering a fixed body (the floor of any Node server)
 *   health    GET /__sim/health (Express routing + JSON)
 *   bc same   POST /debtor.aspx with one BC encrypted once and sent again and
 *             again: decode, Blowfish decrypt, MAC, validation, engine (which
 *             refuses every repeat with business.duplicate-transid, so the
 *             state stays flat), encrypted answer.
 *   bc fresh  the mixed flow: a different BC per request (TransID and
 *             CustomerID vary), so the engine checks credit and stores a
 *             debtor and a payment each time. The bodies are encrypted before
 *             the run, from a pool sized to the rate `bc same` reached.
 * With --rounds N every target runs N times, in turn, and the round with the
 * median req/s is shown. Besides req/s, the table gives the servers' CPU time
 * per request (read from the child around each measured run) and bare's
 * divided by it: on a shared machine that moves far less than req/s does.
 * Numbers are printed, never asserted: timings do not belong in tests.
 * See docs/decisions/009-performance.md.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { encodeRequest, type MerchantKeys } from '../protocol/wire.js';
import { DEMO_MERCHANT } from '../simulator/merchants/demo-merchant.js';
import { configuredKeys } from '../simulator/merchants/registry.js';
import {
  captureBodies,
  directBodies,
  inquireBody,
  invoiceBodies,
  orderBodies,
  prepareCardPayments,
  preparePayments,
} from './bench-mixes.js';
import { benchBcFields } from './bench-requests.js';
import { measureStart } from './bench-start.js';
import { startWireMock } from './bench-wiremock.js';

/** The part of autocannon's API used here (it ships no types). */
interface Histogram {
  average: number;
  total: number;
  p50: number;
  p99: number;
}
interface AutocannonResult {
  requests: Histogram;
  /** Added here: the servers' CPU time (user + system) per answered request, in µs. */
  cpuPerRequest?: number;
  latency: Histogram;
  duration: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}
interface RequestSpec {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  setupRequest?: (request: RequestSpec) => RequestSpec;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  requests?: RequestSpec[];
}) => Promise<AutocannonResult>;

interface Urls {
  simulator: string;
  /** A second simulator in the same process, on a SQLite file in a temporary folder. */
  sqlite: string;
  /** With PAYGATE_SIM_BENCH_POSTGRES=postgres://...: a third one on that (emptied) database. */
  postgres?: string;
  bare: string;
}

interface Setup {
  seconds: number;
  warmup: number;
  connections: number;
  rounds: number;
  pool: number | undefined;
  /** Payments prepared for each of the OC and UP RG rows; 0 leaves the rows out. */
  mixes: number;
}

const SERVE_FLAG = '--serve';
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const DEBTOR = '/debtor.aspx';

if (process.argv.includes(SERVE_FLAG)) await serve();
else await measure();

/**
 * Child: the simulator and a bare server on 127.0.0.1; prints their URLs as
 * one JSON line. The simulator is the compiled one from dist/ (what users
 * run), not the sources through tsx; the script itself still needs tsx.
 */
async function serve(): Promise<void> {
  const { startSimulator } = (await import(
    new URL('../dist/simulator/index.js', import.meta.url).href
  )) as typeof import('../simulator/index.js');
  const simulator = await startSimulator({ seed: 1, clockStart: '2025-03-01' });
  const folder = mkdtempSync(join(tmpdir(), 'paygate-sim-bench-'));
  const sqlite = await startSimulator({
    seed: 2,
    clockStart: '2025-03-01',
    store: `sqlite:${join(folder, 'bench.db')}`,
  });
  const body = 'PayID=00000000000000000000000000000000&TransID=na&Status=FAILED&Code=20160001';
  const bare = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain' }).end(body);
  });
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
  const barePort = (bare.address() as AddressInfo).port;
  const postgresUrl = process.env.PAYGATE_SIM_BENCH_POSTGRES;
  const postgres = postgresUrl
    ? await startSimulator({ seed: 3, clockStart: '2025-03-01', store: postgresUrl })
    : undefined;
  if (postgres) await fetch(`${postgres.url}/__sim/reset`, { method: 'POST' });
  const urls: Urls = {
    simulator: simulator.url,
    sqlite: sqlite.url,
    ...(postgres ? { postgres: postgres.url } : {}),
    bare: `http://127.0.0.1:${barePort}`,
  };
  process.stdout.write(`${JSON.stringify(urls)}\n`);
  // The parent asks for this process's CPU time around each measured run.
  process.on('message', () => {
    const { user, system } = process.cpuUsage();
    process.send?.(user + system);
  });
}

async function measure(): Promise<void> {
  const setup = readSetup();
  const load = loadavg()[0] ?? 0;
  const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
  const child = spawn(
    process.execPath,
    [...process.execArgv, new URL(import.meta.url).pathname, SERVE_FLAG],
    { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] },
  );
  const serverCpu = () => cpuOf(child);
  try {
    const urls = await firstLine(child);
    const keys = configuredKeys(DEMO_MERCHANT);
    const sameBc = new URLSearchParams(encodeRequest(benchBcFields('BENCH-SAME', 'K-SAME'), keys));
    // A fixed body: autocannon builds the request once, as for `bare` and `health`.
    const sameRequest = { method: 'POST', path: DEBTOR, headers: FORM, body: sameBc.toString() };
    const fresh = freshBcPool(keys);
    const freshSqlite = freshBcPool(keys);
    const freshPostgres = freshBcPool(keys);
    const results: Record<string, AutocannonResult[]> = {};
    const summaries: (() => string)[] = [];
    // WireMock serves the very bytes the simulator answers to `bc same`, as a static stub.
    const answer = await (
      await fetch(`${urls.simulator}${DEBTOR}`, {
        method: 'POST',
        headers: FORM,
        body: sameRequest.body,
      })
    ).text();
    const wiremock = await startWireMock(DEBTOR, answer);
    if ('skipped' in wiremock) process.stdout.write(`${wiremock.skipped}\n`);
    const targets: Record<string, () => Promise<AutocannonResult>> = {
      bare: () =>
        run(autocannon, urls.bare, { method: 'GET', path: '/', headers: {} }, setup, serverCpu),
      health: () =>
        run(
          autocannon,
          urls.simulator,
          { method: 'GET', path: '/__sim/health', headers: {} },
          setup,
          serverCpu,
        ),
      'bc same': () => run(autocannon, urls.simulator, sameRequest, setup, serverCpu),
      'bc fresh': () => {
        fresh.ensure(poolSize(setup, results['bc same']?.[0]));
        return run(autocannon, urls.simulator, post(fresh.next), setup, serverCpu);
      },
      ...(urls.postgres
        ? {
            // One replica on PostgreSQL: each call a locked transaction over the network stack.
            'bc fresh postgres': () => {
              freshPostgres.ensure(poolSize(setup, results['bc same']?.[0]));
              return run(
                autocannon,
                urls.postgres ?? '',
                post(freshPostgres.next),
                setup,
                serverCpu,
              );
            },
          }
        : {}),
      // The same fresh BCs against the SQLite store: each call one transaction on disk.
      'bc fresh sqlite': () => {
        freshSqlite.ensure(poolSize(setup, results['bc same']?.[0]));
        return run(autocannon, urls.sqlite, post(freshSqlite.next), setup, serverCpu);
      },
      ...('skipped' in wiremock
        ? {}
        : {
            wiremock: () =>
              run(autocannon, wiremock.url, sameRequest, setup, async () => wiremock.cpu()),
          }),
    };
    if (setup.mixes > 0) {
      const started = performance.now();
      const checked = await preparePayments(urls.simulator, keys, 'MIXA', setup.mixes, false);
      const ordered = await preparePayments(urls.simulator, keys, 'MIXB', setup.mixes, true);
      const oc = listPool('oc fresh', orderBodies(checked, keys));
      const rg = listPool('up rg', invoiceBodies(ordered, keys));
      targets['oc fresh'] = () => run(autocannon, urls.simulator, post(oc.next), setup, serverCpu);
      targets['up rg'] = () => run(autocannon, urls.simulator, post(rg.next), setup, serverCpu);
      // The card calls: new authorizations, partial captures on real ones, inquiries.
      const authorized = await prepareCardPayments(urls.simulator, keys, 'MIXC', setup.mixes);
      const direct = listPool('direct fresh', directBodies(setup.mixes, keys));
      const capture = listPool('capture', captureBodies(authorized, keys));
      const inquiry = inquireBody(authorized[0] ?? '', keys);
      targets['direct fresh'] = () =>
        run(autocannon, urls.simulator, post(direct.next, '/direct.aspx'), setup, serverCpu);
      targets.capture = () =>
        run(autocannon, urls.simulator, post(capture.next, '/capture.aspx'), setup, serverCpu);
      targets.inquire = () =>
        run(
          autocannon,
          urls.simulator,
          { method: 'POST', path: '/inquire.aspx', headers: FORM, body: inquiry },
          setup,
          serverCpu,
        );
      summaries.push(oc.summary, rg.summary, direct.summary, capture.summary);
      process.stdout.write(
        `mixes: ${setup.mixes} checked, ${setup.mixes} ordered and ${setup.mixes} card payments prepared in ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
      );
    }
    for (let round = 0; round < setup.rounds; round++) {
      for (const [name, target] of Object.entries(targets)) {
        const result = await target();
        results[name] = [...(results[name] ?? []), result];
      }
    }
    report(results, setup, load);
    process.stdout.write(`${await measureStart(5)}\n`);
    process.stdout.write(`${fresh.summary()}\n`);
    for (const summary of summaries) process.stdout.write(`${summary()}\n`);
    process.stdout.write(`${await freshAnswersOk(urls.simulator)}\n`);
    process.stdout.write(`${await freshAnswersOk(urls.sqlite)} (sqlite)\n`);
    if (!('skipped' in wiremock)) wiremock.stop();
  } finally {
    child.kill();
  }
}

function readSetup(): Setup {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '5' },
      warmup: { type: 'string', default: '1' },
      connections: { type: 'string', default: '50' },
      rounds: { type: 'string', default: '1' },
      pool: { type: 'string' },
      mixes: { type: 'string', default: '0' },
    },
  });
  const number = (name: string, text: string | undefined, min: number, max: number) => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new Error(`--${name} must be an integer from ${min} to ${max}`);
    }
    return value;
  };
  return {
    seconds: number('seconds', values.seconds, 1, 120),
    warmup: number('warmup', values.warmup, 0, 30),
    connections: number('connections', values.connections, 1, 1000),
    rounds: number('rounds', values.rounds, 1, 10),
    pool: values.pool === undefined ? undefined : number('pool', values.pool, 1, 1_000_000),
    mixes: number('mixes', values.mixes, 0, 200_000),
  };
}

/** A warm-up run (not reported), then the measured one. */
async function run(
  autocannon: Autocannon,
  url: string,
  request: RequestSpec,
  setup: Setup,
  serverCpu: () => Promise<number>,
): Promise<AutocannonResult> {
  const { connections } = setup;
  if (setup.warmup > 0) {
    await autocannon({ url, connections, duration: setup.warmup, requests: [{ ...request }] });
  }
  const before = await serverCpu();
  const result = await autocannon({
    url,
    connections,
    duration: setup.seconds,
    requests: [{ ...request }],
  });
  const used = (await serverCpu()) - before;
  return { ...result, cpuPerRequest: used / Math.max(1, result.requests.total) };
}

/** The child's CPU time so far, in µs. */
function cpuOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.once('message', (value) => resolve(Number(value)));
    child.send('cpu');
  });
}

/** A form POST whose body `body()` gives anew for every request. */
function post(body: () => string, path = DEBTOR): RequestSpec {
  return {
    method: 'POST',
    path,
    headers: FORM,
    setupRequest: (request) => ({ ...request, body: body() }),
  };
}

/**
 * Bodies of distinct BCs, encrypted before a run so that the load generator
 * spends its CPU on sending. `next` hands them out in turn; should a run
 * outgrow the pool it starts over, and the summary counts those repeats.
 */
function freshBcPool(keys: MerchantKeys) {
  const bodies: string[] = [];
  let used = 0;
  const add = (count: number) => {
    for (let i = bodies.length; i < count; i++) {
      const form = encodeRequest(benchBcFields(`BENCH-${i}`, `K-${i}`), keys);
      bodies.push(new URLSearchParams(form).toString());
    }
  };
  return {
    ensure: add,
    next: (): string => {
      const body = bodies[used % bodies.length] ?? '';
      used += 1;
      return body;
    },
    summary: () => {
      const repeated = Math.max(0, used - bodies.length);
      const note = repeated > 0 ? `, ${repeated} repeated: raise --pool` : ', none repeated';
      return `bc fresh: ${bodies.length} distinct BCs encrypted before the run, ${used} taken${note}`;
    },
  };
}

/** Bodies handed out in turn; past the end they repeat, and the summary says how often. */
function listPool(name: string, bodies: readonly string[]) {
  let used = 0;
  return {
    next: (): string => bodies[used++ % bodies.length] ?? '',
    summary: () => {
      const repeated = Math.max(0, used - bodies.length);
      const note =
        repeated > 0
          ? `, ${repeated} repeated (refused as duplicates): raise --mixes`
          : ', none repeated';
      return `${name}: ${bodies.length} prepared, ${used} taken${note}`;
    },
  };
}

/** Enough fresh BCs for every bc-fresh run, judged by the rate of the first bc-same run. */
function poolSize(setup: Setup, sameBc: AutocannonResult | undefined): number {
  if (setup.pool !== undefined) return setup.pool;
  const rate = sameBc ? sameBc.requests.total / sameBc.duration : 2000;
  const perRun = (setup.seconds + setup.warmup) * rate * 1.5 + setup.connections * 4;
  return Math.ceil(perRun * setup.rounds);
}

/** The journal's last answers: the fresh BCs must be accepted, else the row measures refusals. */
async function freshAnswersOk(simulator: string): Promise<string> {
  const response = await fetch(`${simulator}/__sim/journal?limit=200`);
  const { entries } = (await response.json()) as {
    entries: { answer: { Status?: string; Code?: string } }[];
  };
  const ok = entries.filter((entry) => entry.answer.Status === 'OK').length;
  return `bc fresh: ${ok} of the last ${entries.length} answers OK (journal)`;
}

/**
 * One row per target: the round with the median req/s, and the median of
 * the per-round ratios (each against the bare server of the same round, so
 * a machine that got busier between rounds skews the ratio less).
 */
function report(results: Record<string, AutocannonResult[]>, setup: Setup, load: number): void {
  const rate = (run: AutocannonResult) => run.requests.total / run.duration;
  const bareRuns = results.bare ?? [];
  const cpu = cpus();
  const lines = [
    `node ${process.version}, ${cpu.length} x ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ` +
      `load average ${load.toFixed(2)} before the run; autocannon on the same machine`,
    `${setup.connections} connections, ${setup.warmup} s warm-up + ${setup.seconds} s per target` +
      (setup.rounds > 1 ? `, ${setup.rounds} rounds: median` : ''),
    '',
    '| target   |  req/s | p50 ms | p99 ms | vs bare | CPU µs/req | CPU vs bare | errors |',
    '| -------- | -----: | -----: | -----: | ------: | ---------: | ----------: | -----: |',
  ];
  for (const [name, runs] of Object.entries(results)) {
    const run = median(runs, rate);
    if (!run) continue;
    const ratios = runs.map((each, i) => rate(each) / rate(bareRuns[i] ?? each));
    const ratio = median(ratios, (value) => value) ?? Number.NaN;
    const cpuPerRequest = median(runs.map(cpuOfRun), (value) => value) ?? Number.NaN;
    const cpuRatios = runs.map((each, i) => cpuOfRun(bareRuns[i] ?? each) / cpuOfRun(each));
    const cpuRatio = median(cpuRatios, (value) => value) ?? Number.NaN;
    const failures = runs.reduce((sum, each) => sum + each.errors + each.timeouts + each.non2xx, 0);
    const cells = [
      name.padEnd(8),
      rate(run).toFixed(0).padStart(6),
      ms(run.latency.p50).padStart(6),
      ms(run.latency.p99).padStart(6),
      `${ratio.toFixed(2)}x`.padStart(7),
      cpuPerRequest.toFixed(0).padStart(10),
      `${cpuRatio.toFixed(2)}x`.padStart(11),
      String(failures).padStart(6),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

function cpuOfRun(run: AutocannonResult): number {
  return run.cpuPerRequest ?? Number.NaN;
}

/** The middle element by `key` (the lower middle for an even count). */
function median<T>(values: readonly T[], key: (value: T) => number): T | undefined {
  const sorted = [...values].sort((a, b) => key(a) - key(b));
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

function ms(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

function firstLine(child: ChildProcess): Promise<Urls> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const end = buffer.indexOf('\n');
      if (end >= 0) resolve(JSON.parse(buffer.slice(0, end)) as Urls);
    });
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
}
