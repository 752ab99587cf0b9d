import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PaygateClient } from '../../client/index.js';
import { startSimulator } from '../../simulator/start.js';
import { creditCheckOf } from '../e2e/client-calls.js';
import { BLOWFISH_MERCHANT } from '../helpers/merchants.js';

const dir = mkdtempSync(join(tmpdir(), 'paygate-sim-durable-'));
const merchant = BLOWFISH_MERCHANT;

function clientFor(url: string) {
  return new PaygateClient({
    baseUrl: url,
    merchantId: merchant.merchantId,
    encryptionKey: merchant.blowfishKey,
    hmacKey: merchant.hmacKey,
    env: {},
  });
}

describe('a simulator on a SQLite file', () => {
  it('keeps payments across a restart, and a retry after it gets the original answer', async () => {
    const store = `sqlite:${join(dir, 'restart.db')}`;
    const first = await startSimulator({ merchants: [merchant], store, seed: 5 });
    const checked = await clientFor(first.url).creditCheck(creditCheckOf('T-R1'), {
      reqId: 'req-restart-1',
    });
    await first.close();

    const second = await startSimulator({ merchants: [merchant], store, seed: 5 });
    try {
      const retried = await clientFor(second.url).creditCheck(creditCheckOf('T-R1'), {
        reqId: 'req-restart-1',
      });
      expect(retried.raw).toEqual(checked.raw);
      const stored = await fetch(
        `${second.url}/__sim/payments/${merchant.merchantId}/${checked.payId}`,
      );
      expect(stored.status).toBe(200);
      // The seeded ids start again after the restart, and skip the PayID already taken.
      const next = await clientFor(second.url).creditCheck(creditCheckOf('T-R2'));
      expect(next.payId).not.toBe(checked.payId);
      const journal = (await (await fetch(`${second.url}/__sim/journal`)).json()) as {
        entries: { replayed: boolean }[];
      };
      expect(journal.entries[0]?.replayed).toBe(true);
    } finally {
      await second.close();
    }
  });

  it('exports a memory sandbox and imports it into a SQLite one', async () => {
    const memory = await startSimulator({ merchants: [merchant] });
    const sqlite = await startSimulator({
      merchants: [merchant],
      store: `sqlite:${join(dir, 'import.db')}`,
    });
    try {
      const checked = await clientFor(memory.url).creditCheck(creditCheckOf('T-E1'));
      const exported = (await (await fetch(`${memory.url}/__sim/state/export`)).json()) as Record<
        string,
        unknown
      >;
      const imported = await fetch(`${sqlite.url}/__sim/state/import`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(exported),
      });
      expect(imported.status).toBe(200);
      const again = await (await fetch(`${sqlite.url}/__sim/state/export`)).json();
      expect(again).toEqual(exported);
      const order = await clientFor(sqlite.url).createOrder({
        PayID: checked.payId ?? '',
        TransID: 'T-E2',
        RefNr: '4711',
        Amount: '10000',
        Currency: 'EUR',
      });
      expect(order.ok).toBe(true);

      const bad = await fetch(`${sqlite.url}/__sim/state/import`, {
        method: 'POST',
        body: JSON.stringify({ format: 'something-else' }),
      });
      expect(bad.status).toBe(400);
      const foreign = await fetch(`${sqlite.url}/__sim/state/import`, {
        method: 'POST',
        body: JSON.stringify({
          ...exported,
          merchants: {
            stranger: { debtors: [], payments: [], transIds: [], gatewayPayments: [], answers: [] },
          },
        }),
      });
      expect(foreign.status).toBe(404);
    } finally {
      await memory.close();
      await sqlite.close();
    }
  });
});
