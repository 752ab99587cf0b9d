import { describe, expect, it } from 'vitest';
import { CliUsageError, parseCliArgs, parseJsonFields } from '../../../client/cli/args.js';
import { type CliDeps, runCli } from '../../../client/cli/run.js';
import { PaygateClient } from '../../../client/index.js';
import { answer, clientKeys, fakeGateway, okFields, orderInput, PAY_ID } from './fake-gateway.js';

describe('parseCliArgs', () => {
  it('reads the command, fields and options', () => {
    const args = parseCliArgs([
      'oc',
      '--field',
      'Amount=1000',
      '--field',
      'OrderDesc=a=b',
      '--base-url',
      'http://localhost:9',
      '--req-id',
      'R-1',
    ]);
    expect(args).toMatchObject({
      kind: 'call',
      eventToken: 'OC',
      fields: { Amount: '1000', OrderDesc: 'a=b' },
      baseUrl: 'http://localhost:9',
      reqId: 'R-1',
      validate: true,
    });
    expect(parseCliArgs(['oc', '--skip-validation'])).toMatchObject({ validate: false });
  });

  it('sets RequestReason from --reason, and requires it for up', () => {
    expect(parseCliArgs(['up', '--reason', 'rg', '--json', 'f.json'])).toMatchObject({
      eventToken: 'UP',
      fields: { RequestReason: 'RG' },
      jsonFile: 'f.json',
    });
    expect(() => parseCliArgs(['up'])).toThrow(CliUsageError);
  });

  it('rejects unknown commands, unknown options and fields without =', () => {
    expect(() => parseCliArgs(['xx'])).toThrow(CliUsageError);
    expect(() => parseCliArgs(['bc', '--colour'])).toThrow(CliUsageError);
    expect(() => parseCliArgs(['bc', '--field', 'Amount'])).toThrow(CliUsageError);
    expect(() => parseCliArgs([])).toThrow(CliUsageError);
  });

  it('answers --help', () => {
    expect(parseCliArgs(['--help'])).toEqual({ kind: 'help' });
  });
});

describe('parseJsonFields', () => {
  it('turns numbers and booleans into strings', () => {
    expect(parseJsonFields('{"Amount":1000,"Currency":"EUR","X":true}', 'f.json')).toEqual({
      Amount: '1000',
      Currency: 'EUR',
      X: 'true',
    });
  });

  it('rejects anything but an object of scalars', () => {
    expect(() => parseJsonFields('[1]', 'f.json')).toThrow(CliUsageError);
    expect(() => parseJsonFields('{"a":{}}', 'f.json')).toThrow(CliUsageError);
    expect(() => parseJsonFields('{', 'f.json')).toThrow(CliUsageError);
  });
});

function cli(respond?: Parameters<typeof fakeGateway>[0], files: Record<string, string> = {}) {
  const gateway = fakeGateway(respond);
  const out: string[] = [];
  const err: string[] = [];
  const deps: CliDeps = {
    env: {},
    readFile: async (path) => {
      const content = files[path];
      if (content === undefined) throw new Error('ENOENT');
      return content;
    },
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    createClient: (options) =>
      new PaygateClient({ ...clientKeys, ...options, env: {}, transport: gateway.transport }),
  };
  return { gateway, out, err, run: (argv: string[]) => runCli(argv, deps) };
}

const orderArgs = Object.entries(orderInput).flatMap(([k, v]) => ['--field', `${k}=${v}`]);

describe('runCli', () => {
  it('prints the decoded answer and exits 0 for OK', async () => {
    const { out, run } = cli();
    expect(await run(['oc', ...orderArgs])).toBe(0);
    expect(JSON.parse(out.join(''))).toMatchObject({
      status: 'OK',
      payId: PAY_ID,
      codeInfo: { key: 'ok' },
    });
  });

  it('merges --json fields under --field fields', async () => {
    const { gateway, run } = cli(undefined, {
      'o.json': JSON.stringify({ ...orderInput, Amount: 5 }),
    });
    expect(await run(['oc', '--json', 'o.json', '--field', 'Amount=700'])).toBe(0);
    expect(gateway.seen[0]?.fields).toMatchObject({ Amount: '700', Currency: 'EUR' });
  });

  it('prints a FAILED answer and exits 1', async () => {
    const { out, run } = cli((seen) =>
      answer({ ...okFields(seen), Status: 'FAILED', Code: '21000068' }),
    );
    expect(await run(['oc', ...orderArgs])).toBe(1);
    expect(JSON.parse(out.join(''))).toMatchObject({ status: 'FAILED', code: '21000068' });
  });

  it('exits 2 for usage and validation errors, sending nothing', async () => {
    const { gateway, err, run } = cli();
    expect(await run(['oc', '--field', 'Amount=1'])).toBe(2);
    expect(JSON.parse(err.join(''))).toMatchObject({ error: { type: 'PaygateValidationError' } });
    expect(await run(['oc', '--json', 'missing.json'])).toBe(2);
    expect(await run(['zz'])).toBe(2);
    expect(gateway.seen).toHaveLength(0);
  });

  it('exits 3 when no usable answer came back', async () => {
    const { err, run } = cli(() => ({ status: 502, body: 'bad gateway' }));
    expect(await run(['oc', ...orderArgs])).toBe(3);
    expect(JSON.parse(err.join(''))).toMatchObject({ error: { type: 'PaygateHttpError' } });
  });
});
