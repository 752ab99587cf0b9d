import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The package as another project gets it: `npm pack`, installed from the
 * tarball into a throwaway project, used from plain Node (no tsx, no
 * loader) and type-checked against the shipped types.
 */
const root = resolve('.');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
let project = '';

function run(command: string, args: string[], cwd = project): string {
  try {
    return execFileSync(command, args, {
      cwd,
      encoding: 'utf8',
      stdio: 'pipe',
      env: withoutTestRunner(),
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout}\n${stderr}`);
  }
}

/** The test runner's variables would make the simulator silent or confuse npm. */
function withoutTestRunner(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (/^(VITEST|npm_)/i.test(name)) delete env[name];
  delete env.NODE_ENV;
  return env;
}

const USER_CODE = `import { PaygateClient, type PaygateResult, toStorable } from 'paygate-sim/client';
import { startSimulator, type RunningSimulator } from 'paygate-sim/simulator';
const sim: RunningSimulator = await startSimulator({ seed: 1 });
const client = new PaygateClient({ baseUrl: sim.url, merchantId: 'sim_demo', encryptionKey: 'k', hmacKey: 'h' });
const result: PaygateResult = await client.createOrder({ PayID: 'x', TransID: 't', RefNr: '1', Amount: '1', Currency: 'EUR' });
const kept: { payId: string | undefined } = toStorable(result);
// @ts-expect-error a misspelt field must not type-check
await client.createOrder({ PayId: 'x', TransID: 't', RefNr: '1', Amount: '1', Currency: 'EUR' });
await sim.close();
export { kept };
`;

const CHECK = `import { startSimulator } from 'paygate-sim/simulator';
import { PaygateClient } from 'paygate-sim/client';
// On a SQLite file: the native addon must work in the installed package too.
const sim = await startSimulator({ seed: 1, store: 'sqlite:' + process.argv[2] });
const [merchant] = sim.config.merchants;
const client = new PaygateClient({ baseUrl: sim.url, merchantId: merchant.merchantId,
  encryptionKey: merchant.blowfishKey, hmacKey: merchant.hmacKey, env: {} });
const result = await client.creditCheck({ RequestReason: 'ZG', TransID: 'PACK-1', RefNr: '4711',
  Amount: '8925', Currency: 'EUR', CustomerID: 'K1', FirstName: 'Erika', LastName: 'Mustermann',
  AddrStreet: 'Heidestr. 17', AddrDistrict: 'Mitte' });
await sim.close();
console.log(JSON.stringify({ status: result.status, code: result.code, payId: result.payId }));
`;

const USE_SETUP = `import { setup, teardown } from './built/vitest.global-setup.js';
import { PaygateClient } from 'paygate-sim/client';
await setup();
const result = await new PaygateClient().creditCheck({ RequestReason: 'ZG', TransID: 'GS-1', RefNr: '1',
  Amount: '100', Currency: 'EUR', CustomerID: 'K2', FirstName: 'Erika', LastName: 'Mustermann',
  AddrStreet: 'Heidestr. 17', AddrDistrict: 'Mitte' });
await teardown();
console.log(result.status);
`;

const compilerOptions = {
  module: 'nodenext',
  moduleResolution: 'nodenext',
  target: 'es2022',
  strict: true,
  types: ['node'],
};

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'paygate-sim-user-'));
  const packed = JSON.parse(
    run('npm', ['pack', '--json', '--pack-destination', project], root),
  ) as { filename: string }[];
  const tarball = packed[0]?.filename;
  if (!tarball) throw new Error('npm pack produced nothing');
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'a-shop', private: true, type: 'module' }),
  );
  // The registry's packages are in npm's cache since this repository's own npm ci.
  const types = JSON.parse(readFileSync('package.json', 'utf8')).devDependencies['@types/node'];
  run('npm', [
    'install',
    '--prefer-offline',
    '--no-audit',
    '--no-fund',
    // better-sqlite3 would compile for a minute here: these machines cannot fetch its
    // prebuilt binary, which a user's npm does. The one this repository built stands in.
    '--ignore-scripts',
    `./${tarball}`,
    `@types/node@${types}`,
  ]);
  cpSync(
    join(root, 'node_modules/better-sqlite3/build'),
    join(project, 'node_modules/better-sqlite3/build'),
    { recursive: true },
  );
}, 240_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('the packed package in another project', () => {
  it('ships compiled code and types: no TypeScript sources, no tests, no tsx', () => {
    const files = run('find', ['node_modules/paygate-sim', '-type', 'f']).split('\n');
    const sources = files.filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.includes('/docs/examples/'),
    );
    expect(sources).toEqual([]);
    expect(files).toContain('node_modules/paygate-sim/dist/simulator/main.js');
    // The web console's static files travel with the compiled simulator.
    expect(files).toContain('node_modules/paygate-sim/dist/simulator/ui/assets/console.js');
    expect(files).toContain('node_modules/paygate-sim/dist/client/index.d.ts');
    expect(files.filter((f) => f.includes('/test/'))).toEqual([]);
    const installed = JSON.parse(
      readFileSync(join(project, 'node_modules/paygate-sim/package.json'), 'utf8'),
    );
    expect(Object.keys(installed.dependencies)).not.toContain('tsx');
  });

  it('starts the simulator and makes a credit check from plain Node', () => {
    writeFileSync(join(project, 'check.mjs'), CHECK);
    const output = JSON.parse(run(process.execPath, ['check.mjs', join(project, 'state.db')]));
    expect(output).toMatchObject({ status: 'OK', code: '00000000' });
    expect(output.payId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('runs both bins without a loader', () => {
    expect(run('node_modules/.bin/paygate-sim', ['--help'])).toMatch(/^Usage: paygate-sim/);
    expect(run('node_modules/.bin/paygate', ['--help'])).toMatch(/paygate/);
  });

  it('type-checks a TypeScript user of the client and the simulator (nodenext)', () => {
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { ...compilerOptions, noEmit: true },
        include: ['user.ts'],
      }),
    );
    writeFileSync(join(project, 'user.ts'), USER_CODE);
    run(process.execPath, [tsc, '-p', 'tsconfig.json']);
  });

  it('runs the vitest globalSetup of docs/examples against the installed package', () => {
    cpSync(
      join(root, 'docs/examples/vitest.global-setup.ts'),
      join(project, 'vitest.global-setup.ts'),
    );
    writeFileSync(
      join(project, 'tsconfig.setup.json'),
      JSON.stringify({
        compilerOptions: { ...compilerOptions, outDir: 'built' },
        include: ['vitest.global-setup.ts'],
      }),
    );
    run(process.execPath, [tsc, '-p', 'tsconfig.setup.json']);
    writeFileSync(join(project, 'use-setup.mjs'), USE_SETUP);
    expect(run(process.execPath, ['use-setup.mjs']).trim()).toBe('OK');
  });
});
