import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type EventToken, PaygateClient, type PaygateResult } from '../../client/index.js';
import { DEMO_MERCHANT } from '../../simulator/merchants/demo-merchant.js';
import type { PaymentSnapshot } from '../../simulator/store/snapshots.js';
import { PERSON } from '../e2e/client-calls.js';
import { output, startCompiledMain } from '../helpers/spawn-main.js';

/**
 * `kill -9` in the middle of a concurrent load: the compiled simulator on a
 * SQLite file is killed while eight ERPs run BC → OC → RG → ZA; a new
 * process on the same file must hold every answered call, answer every
 * retry with the first answer, and keep every ledger consistent.
 */
const dir = mkdtempSync(join(tmpdir(), 'paygate-sim-crash-'));
const file = join(dir, 'sandbox.db');
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
});

async function startOnFile(): Promise<{ child: ChildProcess; url: string }> {
  const child = startCompiledMain({ LOG_LEVEL: 'silent' }, [
    '--port',
    '0',
    '--store',
    `sqlite:${file}`,
  ]);
  children.push(child);
  const [, url = ''] = await output(child).until(/listening on (http:\/\/[\d.:]+)/);
  return { child, url };
}

const client = (url: string) =>
  new PaygateClient({
    baseUrl: url,
    merchantId: DEMO_MERCHANT.merchantId,
    encryptionKey: DEMO_MERCHANT.blowfishKey ?? '',
    hmacKey: DEMO_MERCHANT.hmacKey,
    env: {},
    retry: { maxAttempts: 1 },
  });

interface Answered {
  readonly token: EventToken;
  readonly fields: Record<string, string>;
  readonly reqId: string;
  readonly result: PaygateResult;
}

/** One ERP: orders one after another until the simulator goes away. */
async function erp(url: string, worker: number, answered: Answered[]): Promise<void> {
  const paygate = client(url);
  const send = async (token: EventToken, fields: Record<string, string>, reqId: string) => {
    const result = await paygate.send(token, fields, { reqId, throwOnFailure: false });
    answered.push({ token, fields, reqId, result });
    return result;
  };
  for (let n = 0; ; n++) {
    const id = `W${worker}-${n}`;
    const base = { RefNr: '4711', Amount: '10000', Currency: 'EUR' };
    try {
      const bc = await send(
        'BC',
        {
          ...base,
          TransID: `${id}-BC`,
          RequestReason: 'ZG',
          CustomerID: `K-${id}`,
          ...PERSON,
        },
        `${id}-1`,
      );
      const PayID = bc.payId ?? '';
      await send('OC', { ...base, PayID, TransID: `${id}-OC` }, `${id}-2`);
      await send(
        'UP',
        {
          ...base,
          PayID,
          TransID: `${id}-RG`,
          RequestReason: 'RG',
          DebitorID: `K-${id}`.slice(0, 10),
          ...PERSON,
          InvoiceNr: `RE-${id}`,
          InvoiceDate: '2025-03-01',
          InvoiceText: 'Crash test invoice',
          NetAmount: '8403',
        },
        `${id}-3`,
      );
      await send(
        'UP',
        { ...base, PayID, TransID: `${id}-ZA`, RequestReason: 'ZA', Amount: '6000' },
        `${id}-4`,
      );
    } catch {
      return; // the simulator was killed: this call has no answer
    }
  }
}

describe('the SQLite store after kill -9', () => {
  it('holds every answered call, replays every retry, and keeps the ledger consistent', async () => {
    const first = await startOnFile();
    const answered: Answered[] = [];
    const load = Promise.all(Array.from({ length: 8 }, (_, w) => erp(first.url, w, answered)));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    first.child.kill('SIGKILL');
    await load;
    expect(answered.length).toBeGreaterThan(100);

    const second = await startOnFile();
    const admin = (path: string) => fetch(`${second.url}/__sim${path}`).then((r) => r.json());
    const payIds = new Set(
      answered.map((a) => a.result.payId ?? '').filter((id) => !/^0+$/.test(id)),
    );
    const payments = new Map<string, PaymentSnapshot>();
    for (const payId of payIds) {
      payments.set(
        payId,
        (await admin(`/payments/${DEMO_MERCHANT.merchantId}/${payId}`)) as PaymentSnapshot,
      );
    }

    // Every answered OK call left its transaction (its XID) on the payment.
    const missing = answered.filter(
      (a) =>
        a.result.status === 'OK' &&
        !payments.get(a.result.payId ?? '')?.transactions.some((t) => t.xid === a.result.xid),
    );
    expect(missing.map((a) => a.reqId)).toEqual([]);

    // Every ledger adds up: receipts are what the invoices say was paid, nothing above the order.
    for (const payment of payments.values()) {
      const received = payment.receipts.reduce((sum, r) => sum + r.amount, 0);
      expect(payment.balances.paidAmount, payment.payId).toBe(received);
      expect(payment.balances.invoicedAmount).toBeLessThanOrEqual(payment.order?.amount ?? 0);
      for (const invoice of payment.invoices) {
        const allocated = payment.receipts
          .flatMap((r) => r.allocations)
          .filter((a) => a.invoiceNr === invoice.invoiceNr)
          .reduce((sum, a) => sum + a.amount, 0);
        expect(invoice.paidAmount).toBe(allocated);
      }
    }

    // A retry of an answered call (same ReqId) gets its first answer, and books nothing twice.
    const retrying = client(second.url);
    for (const a of answered.slice(-40)) {
      const again = await retrying.send(a.token, a.fields, {
        reqId: a.reqId,
        throwOnFailure: false,
      });
      expect(again.raw, a.reqId).toEqual(a.result.raw);
    }
    second.child.kill('SIGKILL');
  }, 60_000);
});
