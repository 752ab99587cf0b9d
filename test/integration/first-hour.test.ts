import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PaygateClient } from '../../client/index.js';
import { freshBcFields } from '../helpers/flows.js';
import { BLOWFISH_MERCHANT } from '../helpers/merchants.js';
import { createTestSimulator } from '../helpers/simulator.js';
import { output, startMain } from '../helpers/spawn-main.js';

/** The first hour of a new user, tried as one would: flags, a busy port, logs, client errors. */
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
});

function run(env: Record<string, string>, args: string[] = []) {
  const child = startMain(env, args);
  children.push(child);
  return output(child);
}

describe('paygate-sim on the command line', () => {
  it('listens on the port of --port, over the environment', async () => {
    const free = await freePort();
    const out = run({ PORT: '1' }, ['--port', String(free), '--seed', '7']);
    await out.until(new RegExp(`listening on http://127\\.0\\.0\\.1:${free}`));
  });

  it('keeps its state with --store sqlite:<file> and says where', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'paygate-sim-flag-')), 'sandbox.db');
    const out = run({}, ['--port', '0', '--store', `sqlite:${file}`]);
    await out.until(new RegExp(`state kept in ${file.replaceAll('/', '\\/')} \\(SQLite\\)`));
  });

  it('stops with exit code 2 on a store it cannot open, never printing a password', async () => {
    const out = run({}, [
      '--port',
      '0',
      '--store',
      'postgres://sandbox:s3cret-pass@127.0.0.1:1/db',
    ]);
    expect(await out.exited).toBe(2);
    expect(out.text()).toContain(
      'cannot reach PostgreSQL at postgres://sandbox:***@127.0.0.1:1/db',
    );
    expect(out.text()).not.toContain('s3cret-pass');
  });

  it('refuses an unknown flag with the usage, exit code 2', async () => {
    const out = run({}, ['--prot', '9000']);
    expect(await out.exited).toBe(2);
    expect(out.text()).toMatch(/Unknown option '--prot'[\s\S]*Usage: paygate-sim/);
  });

  it('says which port is busy and how to pick another, without a stack trace', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const out = run({}, ['--port', String(port)]);
    expect(await out.exited).toBe(1);
    server.close();
    expect(out.text()).toContain(`port ${port} on 127.0.0.1 is in use`);
    expect(out.text()).toContain('--port 9000');
    expect(out.text()).not.toMatch(/at .*\.js:\d+/);
  });

  it('reads a --config file of options (merchants, seed)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-config-'));
    const file = join(dir, 'sim.yaml');
    writeFileSync(
      file,
      'seed: 3\nmerchants:\n  - merchantId: shop_cfg\n    hmacKey: h-key\n    blowfishKey: bf-key\n',
    );
    const out = run({ PORT: '0' }, ['--config', file]);
    await out.until(/merchant shop_cfg \(blowfish\)/);
    expect(out.text()).not.toContain('bf-key');
  });

  it('with LOG_LEVEL=debug logs what was loaded and each call, masked', async () => {
    const out = run({ PORT: '0', LOG_LEVEL: 'debug' });
    const [, url = ''] = await out.until(/listening on (http:\/\/\S+)/);
    await out.until(/"msg":"started".*"merchants":"sim_demo"/);
    const client = new PaygateClient({
      baseUrl: url,
      merchantId: 'sim_demo',
      encryptionKey: 'sim-demo-blowfish',
      hmacKey: 'sim-demo-hmac-key',
      env: {},
    });
    await client.creditCheck({
      RequestReason: 'ZL',
      TransID: 'DEBUG-1',
      RefNr: '1',
      Amount: '100',
      Currency: 'EUR',
      CustomerID: 'K-D',
      FirstName: 'Erika',
      LastName: 'Mustermann',
      AddrStreet: 'Heidestr. 17',
      AddrDistrict: 'Mitte',
      IBAN: 'DE89370400440532013000',
    });
    const [line = ''] = await out.until(/.*"msg":"call detail".*/);
    expect(line).toContain('DEBUG-1');
    expect(line).toContain('3000');
    expect(line).not.toContain('DE89370400440532013000');
  });
});

describe('client errors that say what to do', () => {
  it('names the URL that refused and asks whether the simulator runs', async () => {
    const port = await freePort();
    const client = new PaygateClient({
      baseUrl: `http://127.0.0.1:${port}`,
      merchantId: 'm',
      encryptionKey: 'k',
      hmacKey: 'h',
      env: {},
    });
    await expect(
      client.createOrder({
        PayID: 'a'.repeat(32),
        TransID: 'T',
        RefNr: '1',
        Amount: '1',
        Currency: 'EUR',
      }),
    ).rejects.toThrow(
      new RegExp(
        `127\\.0\\.0\\.1:${port}/debtor\\.aspx failed: ECONNREFUSED; is the simulator running\\? Start it with npm start`,
      ),
    );
  });

  it('names the known merchants for an unknown one, and the key settings for a wrong key', async () => {
    const sim = createTestSimulator();
    const server = sim.app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const baseUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const call = (merchantId: string, encryptionKey: string) =>
      new PaygateClient({ baseUrl, merchantId, encryptionKey, hmacKey: 'x', env: {} }).creditCheck(
        freshBcFields(sim) as never,
      );
    await expect(call('shop_typo', 'k')).rejects.toThrow(
      /MerchantID unknown; this simulator knows shop_blowfish, shop_aes \(check PAYGATE_MERCHANT_ID\)/,
    );
    await expect(call(BLOWFISH_MERCHANT.merchantId, 'not-the-key')).rejects.toThrow(
      /check PAYGATE_BLOWFISH_KEY/,
    );
    server.close();
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
