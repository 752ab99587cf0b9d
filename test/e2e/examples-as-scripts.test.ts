import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { useE2e } from './support.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

/** Runs `tsx examples/<name>.ts` as a reader would, against the test's simulator. */
async function runExample(name: string, baseUrl: string) {
  const { stdout } = await run(tsx, [`examples/${name}.ts`], {
    cwd: root,
    env: { PATH: process.env.PATH, PAYGATE_BASE_URL: baseUrl },
    timeout: 30_000,
  });
  return JSON.parse(stdout) as Record<string, unknown>;
}

describe.concurrent('every example runs as a script against a simulator', {
  timeout: 60_000,
}, () => {
  const e2e = useE2e();

  it('order entry: one order accepted, one declined', async () => {
    const out = await runExample('order-entry', e2e().sim.url);
    expect(out).toMatchObject({
      accepted: { status: 'accepted', packingSlip: true },
      declined: { status: 'stopped', packingSlip: false, stop: { kind: 'declined' } },
    });
  });

  it('delivery: partial invoice, rest cancelled, late invoice refused', async () => {
    const out = await runExample('delivery', e2e().sim.url);
    expect(out).toMatchObject({
      cancelled: { result: { status: 'OK' } },
      lateInvoice: { key: 'business.order-cancelled' },
    });
  });

  it('card order: authorized, captured in two shipments, one return refunded, one card declined', async () => {
    const out = await runExample('card-order', e2e().sim.url);
    expect(out).toMatchObject({
      order: { status: 'accepted', packingSlip: true },
      status: { lastStatus: 'CREDITED' },
      declined: { status: 'stopped', packingSlip: false, stop: { step: 'AUTH' } },
    });
  });

  it('payment link: paid with PayPal, captured, refunded to PayPal', async () => {
    const out = await runExample('payment-link', e2e().sim.url);
    expect(out).toMatchObject({
      paid: { status: 'AUTHORIZED' },
      order: { status: 'accepted' },
      refund: { result: { status: 'OK' } },
    });
  });

  it('returns: the second credit note is above the invoice', async () => {
    const out = await runExample('returns', e2e().sim.url);
    expect(out).toMatchObject({
      creditNote: { payType: 'RG', result: { status: 'OK' } },
      tooMuch: { key: 'business.credit-above-invoiced' },
    });
  });

  it('dunning: paid late and written off, and the clock is put back', async () => {
    const { sim } = e2e();
    const before = sim.parts.clock.today();
    const out = await runExample('dunning', sim.url);
    expect(out).toMatchObject({ states: ['paid', 'written-off'] });
    expect(sim.parts.clock.today()).toBe(before);
  });

  it('sensitive data: nothing personal is stored', async () => {
    const out = await runExample('sensitive-data', e2e().sim.url);
    expect(out).toMatchObject({ storedHoldsIban: false, storedHoldsName: false });
  });

  it('session: four calls on one PayID', async () => {
    const out = (await runExample('session', e2e().sim.url)) as unknown as { status: string }[];
    expect(out.map((call) => call.status)).toEqual(['OK', 'OK', 'OK', 'OK']);
  });
});
