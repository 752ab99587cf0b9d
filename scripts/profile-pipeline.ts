/**
 * Where a call's CPU time goes, without HTTP: the Debitorenmanagement
 * pipeline (decode, decrypt, validate, engine, encode, journal, log) driven
 * in-process with pre-encrypted forms, BC, then OC and UP RG on the PayIDs
 * the BCs returned. Feeds docs/decisions/009-performance.md.
 *
 *   node --cpu-prof --cpu-prof-dir /tmp/prof --import tsx scripts/profile-pipeline.ts [--calls 3000] [--store sqlite:/tmp/p.db]
 *   npx tsx scripts/profile-pipeline.ts --summary /tmp/prof/<file>.cpuprofile
 *
 * It prints the CPU microseconds per call of each phase, after an untimed
 * first round for the JIT (a rough number for comparing two versions on one
 * machine, nothing more; never a test).
 * --summary reads a profile and books the samples under `runPhase` to
 * parts (key schedule, validation, engine, ...) by their innermost
 * matching frame, then lists the functions with the most self time.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Request } from 'express';
import { decodeResponseBody, encodeRequest, type MerchantKeys } from '../protocol/wire.js';
import { createParts, type SimulatorParts } from '../simulator/app.js';
import { defineConfig } from '../simulator/config/simulator-config.js';
import type { PlainForm } from '../simulator/decode/form.js';
import { type EncodedAnswer, encodeAnswer } from '../simulator/encode/answer.js';
import { debtorInterface } from '../simulator/interfaces/debtor.js';
import { recordCall } from '../simulator/journal/record-call.js';
import { DEMO_MERCHANT } from '../simulator/merchants/demo-merchant.js';
import { configuredKeys } from '../simulator/merchants/registry.js';
import { answerCall } from '../simulator/pipeline.js';
import { benchBcFields } from './bench-requests.js';

const { values } = parseArgs({
  options: {
    calls: { type: 'string', default: '3000' },
    store: { type: 'string' },
    summary: { type: 'string' },
  },
});

function drive(calls: number): void {
  const parts = createParts(
    defineConfig({
      seed: 1,
      clockStart: '2025-03-01',
      ...(values.store ? { store: values.store } : {}),
    }),
  );
  const keys = configuredKeys(DEMO_MERCHANT);
  const timings: string[] = [];
  /** Runs one call per form; returns the PayIDs answered. CPU time, so other processes count less. */
  const phase = (name: string | undefined, forms: PlainForm[]) => {
    const started = process.cpuUsage();
    const bodies = runPhase(parts, forms);
    const used = process.cpuUsage(started);
    const micros = (used.user + used.system) / forms.length;
    if (name) timings.push(`${name.padEnd(6)} ${micros.toFixed(0).padStart(6)} µs CPU/call`);
    return bodies.map((body) => {
      const decoded = decodeResponseBody(body, keys);
      const fields = decoded.kind === 'garbled' ? {} : decoded.fields;
      if (fields.Status !== 'OK') throw new Error(`${name} failed: ${JSON.stringify(fields)}`);
      return fields.PayID ?? '';
    });
  };
  /** BC, then OC and UP RG on the PayIDs it returned, for ids from..from+count. */
  const flow = (from: number, count: number, timed: boolean) => {
    const indexes = Array.from({ length: count }, (_, i) => from + i);
    const payIds = phase(
      timed ? 'BC' : undefined,
      indexes.map((i) => form(benchBcFields(`BC-${i}`, `K-${i}`), keys)),
    );
    phase(
      timed ? 'OC' : undefined,
      payIds.map((payId, i) => form(ocFields(from + i, payId), keys)),
    );
    phase(
      timed ? 'UP RG' : undefined,
      payIds.map((payId, i) => form(upRgFields(from + i, payId), keys)),
    );
  };
  // A first round lets the JIT settle, as a long-running simulator has.
  flow(1_000_000, Math.min(calls, 1000), false);
  flow(0, calls, true);
  process.stdout.write(`${timings.join('\n')}\n`);
}

/** What debtorCall in simulator/app.ts does per call (no scenario fault), minus Express. */
function runPhase(parts: SimulatorParts, forms: readonly PlainForm[]): string[] {
  const req = { method: 'POST', path: '/debtor.aspx' } as Request;
  return forms.map((form) => {
    const started = performance.now();
    // SQLite's group commit runs the work at once and commits on the next turn of the
    // event loop, so this loop measures the pipeline; PostgreSQL would run it later.
    let ran: { result: ReturnType<typeof answerCall>; answer: EncodedAnswer } | undefined;
    void parts.store.atomically(() => {
      const result = answerCall(parts, form, debtorInterface);
      const answer = encodeAnswer(result.outcome, parts.catalogue);
      if (result.rememberFor)
        parts.replay.remember(result.rememberFor.merchantId, result.rememberFor.fields, answer);
      ran = { result, answer };
    });
    if (!ran) throw new Error('profile-pipeline measures the memory and SQLite stores only');
    const { result, answer } = ran;
    recordCall(parts, { req, form, result, answer, durationMs: performance.now() - started });
    return answer.body;
  });
}

function form(fields: Record<string, string>, keys: MerchantKeys): PlainForm {
  return encodeRequest(fields, keys);
}

function ocFields(i: number, payId: string): Record<string, string> {
  return {
    TransID: `OC-${i}`,
    RefNr: String(i),
    PayID: payId,
    Amount: '10000',
    Currency: 'EUR',
    EventToken: 'OC',
  };
}

function upRgFields(i: number, payId: string): Record<string, string> {
  return {
    TransID: `RG-${i}`,
    RefNr: String(i),
    PayID: payId,
    Amount: '10000',
    NetAmount: '8403',
    Currency: 'EUR',
    EventToken: 'UP',
    RequestReason: 'RG',
    DebitorID: `K-${i}`,
    FirstName: 'Erika',
    LastName: 'Mustermann',
    AddrStreet: 'Heidestr. 17',
    AddrDistrict: 'Mitte',
    AddrZIP: '51147',
    AddrCity: 'Koeln',
    AddrCountryCode: 'DE',
    InvoiceNr: `RE-${i}`,
    InvoiceDate: '2025-03-01',
    InvoiceText: 'Rechnung zur Bestellung',
    DueDate: '2025-03-31',
    TaxCode: '1900',
  };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  hitCount?: number;
  children?: number[];
}

/** Where a sample's time is booked: the innermost frame that matches a rule decides. */
const CATEGORIES: readonly (readonly [string, (name: string, url: string) => boolean])[] = [
  [
    'Blowfish key schedule',
    (name, url) =>
      url.includes('protocol/crypto/') &&
      ['BlowfishBlocks', 'expand', 'mixKeyIntoP', 'blowfishKeySchedule'].includes(name),
  ],
  ['Blowfish, hex, padding', (_, url) => url.includes('protocol/crypto/')],
  ['HMAC-SHA256', (_, url) => url.includes('protocol/mac.ts')],
  [
    'validation (zod, formats, M/O/C)',
    (_, url) => /protocol\/(schema|format|validate)|zod|simulator\/validate/.test(url),
  ],
  ['ids (seeded faker)', (_, url) => /simulator\/ids|resettable-ids|@faker-js/.test(url)],
  ['engine + store', (_, url) => /simulator\/(engine|store)/.test(url)],
  ['scenario stage', (_, url) => url.includes('simulator/script/')],
  ['journal + log', (_, url) => /simulator\/(journal|log)\//.test(url)],
  [
    'plaintext, envelope, answer',
    (_, url) => /protocol\/(plaintext|wire)|simulator\/(decode|encode|authenticate)/.test(url),
  ],
];

/** Self time under runPhase by category, and the functions with the most self time. */
function summarise(file: string): void {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[] };
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const byCategory = new Map<string, number>();
  const bySelf = new Map<string, number>();
  let total = 0;
  const walk = (node: ProfileNode, category: string | undefined) => {
    const { functionName, url } = node.callFrame;
    const inside = category ?? (functionName === 'runPhase' ? 'other' : undefined);
    const own = CATEGORIES.find(([, matches]) => matches(functionName, url))?.[0];
    const booked = inside === undefined ? undefined : (own ?? inside);
    const hits = node.hitCount ?? 0;
    if (booked !== undefined && hits > 0) {
      total += hits;
      byCategory.set(booked, (byCategory.get(booked) ?? 0) + hits);
      const name = `${functionName || '(anonymous)'} ${url.replace(/^.*\/(main|node_modules)\//, '')}`;
      bySelf.set(name, (bySelf.get(name) ?? 0) + hits);
    }
    for (const child of node.children ?? []) {
      const next = byId.get(child);
      if (next) walk(next, booked);
    }
  };
  const root = profile.nodes[0];
  if (root) walk(root, undefined);
  const rows = (map: Map<string, number>, count: number) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, hits]) => `${((hits / total) * 100).toFixed(1).padStart(6)} %  ${name}`)
      .join('\n');
  process.stdout.write(`samples under runPhase: ${total}\n\n${rows(byCategory, 20)}\n`);
  process.stdout.write(`\nmost self time:\n${rows(bySelf, 25)}\n`);
}

if (values.summary) summarise(values.summary);
else drive(Number(values.calls));
