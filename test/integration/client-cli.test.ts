import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../../client/cli/run.js';
import { catalogue } from '../../protocol/codes/index.js';
import { DEMO_MERCHANT } from '../../simulator/merchants/demo-merchant.js';
import { type RunningSimulator, startSimulator } from '../../simulator/start.js';

/** The `paygate` CLI against a simulator in this process, over HTTP. */

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 3, clockStart: '2025-03-03' });
});
afterAll(async () => {
  await sim.close();
});

const env = () => ({
  PAYGATE_BASE_URL: sim.url,
  PAYGATE_MERCHANT_ID: DEMO_MERCHANT.merchantId,
  PAYGATE_BLOWFISH_KEY: DEMO_MERCHANT.blowfishKey,
  PAYGATE_HMAC_KEY: DEMO_MERCHANT.hmacKey,
});

const BC_FIELDS = [
  'RequestReason=ZG',
  'Amount=10000',
  'Currency=EUR',
  'RefNr=4711',
  'FirstName=Erika',
  'LastName=Mustermann',
  'AddrStreet=Heidestr. 17',
  'AddrDistrict=Mitte',
];
const fields = (...pairs: string[]) => pairs.flatMap((pair) => ['--field', pair]);
const bcArgs = (transId: string) => [
  'bc',
  ...fields(...BC_FIELDS, `TransID=${transId}`, `CustomerID=C-${transId}`),
];
const ocArgs = (payId: string, transId: string) => [
  'oc',
  ...fields(`PayID=${payId}`, `TransID=${transId}`, 'RefNr=4711', 'Amount=10000', 'Currency=EUR'),
];

/** Runs the CLI in-process with the real client (fetch) and collects its output. */
async function cli(argv: string[], files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const exitCode = await runCli(argv, {
    env: env(),
    readFile: async (path) => {
      const content = files[path];
      if (content === undefined) throw new Error(`ENOENT: ${path}`);
      return content;
    },
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
  });
  const stdout = out.join('\n');
  return { exitCode, stdout, stderr: err.join('\n'), json: () => JSON.parse(stdout) };
}

const transIdsSeen = async () => {
  const response = await fetch(`${sim.url}/__sim/journal`);
  const { entries } = (await response.json()) as {
    entries: { request: { TransID?: string } | null }[];
  };
  return entries.map((entry) => entry.request?.TransID);
};

describe('paygate CLI in-process against the simulator', () => {
  it('checks credit (bc) and creates the order (oc) with exit code 0', async () => {
    const check = await cli(bcArgs('CLI-1'));
    expect(check.exitCode).toBe(EXIT.ok);
    const { payId, status, code } = check.json();
    expect({ status, code }).toEqual({ status: 'OK', code: '00000000' });

    const order = await cli(ocArgs(payId, 'CLI-2'));
    expect(order.exitCode).toBe(EXIT.ok);
    expect(order.json()).toMatchObject({ ok: true, payId, transId: 'CLI-2' });
  });

  it('authorizes a card (direct), captures part of it and inquires', async () => {
    const card = ['CCNr=4111111111111111', 'CCExpiry=203012', 'CCBrand=VISA'];
    const auth = await cli([
      'direct',
      ...fields('TransID=CLI-CC-1', 'Amount=9000', 'Currency=EUR', ...card),
    ]);
    expect(auth.exitCode).toBe(EXIT.ok);
    const { payId, status } = auth.json();
    expect(status).toBe('AUTHORIZED');
    expect(auth.stdout).not.toContain('4111111111111111');
    const capture = await cli([
      'capture',
      ...fields(`PayID=${payId}`, 'TransID=CLI-CC-2', 'Amount=4000', 'Currency=EUR'),
    ]);
    expect(capture.exitCode).toBe(EXIT.ok);
    const inquiry = await cli(['inquire', ...fields(`PayID=${payId}`)]);
    expect(inquiry.json().amounts).toMatchObject({ authorized: 9000, captured: 4000 });
  });

  it('prints a FAILED answer and exits with 1', async () => {
    const order = await cli(ocArgs('0123456789ABCDEF0123456789ABCDEF', 'CLI-3'));
    expect(order.exitCode).toBe(EXIT.failed);
    expect(order.json()).toMatchObject({
      status: 'FAILED',
      code: catalogue.get('business.unknown-payid').code,
    });
  });

  it('exits with 2 and sends nothing when a field is invalid', async () => {
    const invalid = await cli([...bcArgs('CLI-4'), '--field', 'AddrZIP=123456']);
    expect(invalid.exitCode).toBe(EXIT.usage);
    expect(JSON.parse(invalid.stderr).error).toMatchObject({ type: 'PaygateValidationError' });
    expect(await transIdsSeen()).not.toContain('CLI-4');
  });

  it("sends an invalid field with --skip-validation and prints the gateway's format code", async () => {
    const probe = await cli([...bcArgs('CLI-8'), '--field', 'AddrZIP=123456', '--skip-validation']);
    expect(probe.exitCode).toBe(EXIT.failed);
    expect(probe.json()).toMatchObject({
      status: 'FAILED',
      code: catalogue.get('validation.too-long:AddrZIP').code,
    });
    expect(await transIdsSeen()).toContain('CLI-8');
  });

  it('exits with 2 for a wrong command line', async () => {
    const missingReason = await cli(['up', '--field', 'TransID=CLI-5']);
    expect(missingReason.exitCode).toBe(EXIT.usage);
    expect(missingReason.stderr).toContain('--reason');
  });

  it('exits with 3 when no answer comes back', async () => {
    const closed = await startSimulator();
    const url = closed.url;
    await closed.close();
    const unreachable = await cli([...bcArgs('CLI-7'), '--base-url', url]);
    expect(unreachable.exitCode).toBe(EXIT.noAnswer);
    expect(JSON.parse(unreachable.stderr).error).toMatchObject({ type: 'PaygateConnectionError' });
  });

  it('reads request fields from --json, --field winning', async () => {
    const check = await cli(['bc', '--json', 'bc.json', '--field', 'TransID=CLI-6'], {
      'bc.json': JSON.stringify({
        TransID: 'overridden',
        CustomerID: 'C-CLI-6',
        RequestReason: 'ZG',
        Amount: 10000,
        Currency: 'EUR',
        RefNr: '4711',
        FirstName: 'Erika',
        LastName: 'Mustermann',
        AddrStreet: 'Heidestr. 17',
        AddrDistrict: 'Mitte',
      }),
    });
    expect(check.exitCode).toBe(EXIT.ok);
    expect(check.json().transId).toBe('CLI-6');
  });
});

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

/** The `paygate` bin package.json declares, as npm links it for an installed package. */
const bin = join(
  root,
  (
    JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      bin: { paygate: string };
    }
  ).bin.paygate,
);

/**
 * The command line as a process: `tsx client/cli.ts` from the repository (as
 * the docs run it), or the declared bin from elsewhere (as an installed
 * package runs it). Exit code and output as a shell sees them.
 */
async function spawnCli(argv: string[], via: 'tsx' | 'bin' = 'tsx') {
  const [file, args, cwd] =
    via === 'tsx' ? [tsx, ['client/cli.ts', ...argv], root] : [bin, argv, tmpdir()];
  try {
    const { stdout } = await promisify(execFile)(file, args, {
      cwd,
      env: { PATH: process.env.PATH, ...env() },
      timeout: 30_000,
    });
    return { exitCode: 0, stdout };
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string };
    if (typeof failed.code !== 'number') throw error;
    return { exitCode: failed.code, stdout: failed.stdout ?? '' };
  }
}

describe.concurrent('paygate CLI as a process', { timeout: 60_000 }, () => {
  it('exits 0 for an OK answer', async () => {
    const check = await spawnCli(bcArgs('CLI-P1'));
    expect(check.exitCode).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ status: 'OK' });
  });

  it('exits 1 for a FAILED answer', async () => {
    const order = await spawnCli(ocArgs('0123456789ABCDEF0123456789ABCDEF', 'CLI-P2'));
    expect(order.exitCode).toBe(1);
    expect(JSON.parse(order.stdout)).toMatchObject({ status: 'FAILED' });
  });

  it('exits 2 for a usage error', async () => {
    const usage = await spawnCli(['bc', '--colour']);
    expect(usage.exitCode).toBe(2);
  });

  it('runs as the installed paygate bin from any directory', async () => {
    const check = await spawnCli(bcArgs('CLI-P3'), 'bin');
    expect(check.exitCode).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ status: 'OK', transId: 'CLI-P3' });
  });
});
