/**
 * A bounded soak run on loopback: many credit checks (fresh TransID and
 * CustomerID each, with ReqIds) against an in-process simulator whose
 * payment and ReqId caps are small, sampling the heap after a forced GC
 * every so many calls. At the caps the heap must stay flat.
 *
 *   node --expose-gc --import tsx scripts/soak.ts [--calls 60000] [--cap 5000] [--every 5000]
 *
 * Prints a table; asserts nothing (memory figures vary by machine). See
 * docs/decisions/011-limits.md for a recorded run.
 */
import { parseArgs } from 'node:util';
import { encodeRequest } from '../protocol/wire.js';
import { configuredKeys } from '../simulator/merchants/registry.js';
import { startSimulator } from '../simulator/start.js';
import { benchBcFields } from './bench-requests.js';

const { values } = parseArgs({
  options: {
    calls: { type: 'string', default: '60000' },
    cap: { type: 'string', default: '5000' },
    every: { type: 'string', default: '5000' },
    connections: { type: 'string', default: '8' },
  },
});
const calls = Number(values.calls);
const cap = Number(values.cap);
const every = Number(values.every);
const connections = Number(values.connections);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');

const sim = await startSimulator({ maxPayments: cap, reqIdMemory: cap, seed: 1 });
const merchant = sim.parts.config.merchants[0];
if (!merchant) throw new Error('no merchant');
const keys = configuredKeys(merchant);
const url = `${sim.url}/debtor.aspx`;

let sent = 0;
const rows: { calls: number; heapMb: number; rssMb: number; payments: number; reqIds: number }[] =
  [];
const sample = () => {
  gc();
  const memory = process.memoryUsage();
  const stats = sim.parts.store.stats().merchants[merchant.merchantId];
  rows.push({
    calls: sent,
    heapMb: Math.round(memory.heapUsed / 1e5) / 10,
    rssMb: Math.round(memory.rss / 1e5) / 10,
    payments: stats?.payments ?? 0,
    reqIds: stats?.reqIds ?? 0,
  });
};

async function worker(): Promise<void> {
  while (sent < calls) {
    const n = ++sent;
    const fields = { ...benchBcFields(`SOAK-${n}`, `K${n}`), ReqId: `R${n}` };
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(encodeRequest(fields, keys)).toString(),
    });
    await response.text();
    if (n % every === 0) sample();
  }
}

sample();
const started = performance.now();
await Promise.all(Array.from({ length: connections }, worker));
const seconds = (performance.now() - started) / 1000;
await sim.close();

console.table(rows);
const atCap = rows.filter((row) => row.payments >= cap);
const heaps = atCap.map((row) => row.heapMb);
console.log(
  `${calls} calls in ${seconds.toFixed(1)} s; cap ${cap} payments and ReqIds per merchant; ` +
    `heap at the cap: min ${Math.min(...heaps)} MB, max ${Math.max(...heaps)} MB over ${heaps.length} samples`,
);
