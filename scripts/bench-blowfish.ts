/**
 * Throughput of the Blowfish-ECB candidates on a typical 600-byte Paygate
 * plaintext: one "op" is encrypt + decrypt. Feeds docs/decisions/002-blowfish.md.
 *
 * @example
 * npx tsx scripts/bench-blowfish.ts
 * npx tsx scripts/bench-blowfish.ts --seconds 2 --egoroof-dir /tmp/bfcand
 *
 * Candidates: our own block cipher (protocol/crypto), OpenSSL bf-ecb in a
 * child `node --openssl-legacy-provider`, and egoroof-blowfish when it can be
 * imported (it is not a dependency; pass the folder where it is installed).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { blowfishCipher } from '../protocol/crypto/blowfish.js';
import { BlowfishBlocks } from '../protocol/crypto/blowfish-block.js';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '1' }, 'egoroof-dir': { type: 'string' } },
});
const seconds = Number(values.seconds);
const password = 'merchant-blowfish-password';
const plaintext = Buffer.alloc(600, 'MerchantID=shop&TransID=TID-0001&Amount=1234&Currency=EUR&');

/** Runs `op` for about `seconds` and returns operations per second. */
function opsPerSecond(op: () => void): number {
  for (let i = 0; i < 200; i++) op(); // let the JIT settle first
  let count = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 50; i++) op();
    count += 50;
  }
  return count / ((performance.now() - start) / 1000);
}

function ownBlocks(freshKey: boolean): number {
  const reused = new BlowfishBlocks(Buffer.from(password));
  return opsPerSecond(() => {
    const blocks = freshKey ? new BlowfishBlocks(Buffer.from(password)) : reused;
    const buffer = Buffer.from(plaintext);
    blocks.encryptInPlace(buffer);
    blocks.decryptInPlace(buffer);
  });
}

function ownCodec(): number {
  const text = plaintext.toString();
  return opsPerSecond(() => {
    const cipher = blowfishCipher(password); // what the simulator does per request
    const { data, len } = cipher.encrypt(text);
    cipher.decrypt(data, len);
  });
}

/** OpenSSL needs a new cipher object, and so a key schedule, for every message. */
function opensslLegacy(): number | string {
  const script = `
    const { createCipheriv, createDecipheriv } = require('node:crypto');
    const key = Buffer.from(${JSON.stringify(password)});
    const plain = Buffer.from(${JSON.stringify(plaintext.toString('hex'))}, 'hex');
    const op = () => {
      const c = createCipheriv('bf-ecb', key, null).setAutoPadding(false);
      const ct = Buffer.concat([c.update(plain), c.final()]);
      const d = createDecipheriv('bf-ecb', key, null).setAutoPadding(false);
      Buffer.concat([d.update(ct), d.final()]);
    };
    ${opsPerSecond.toString()}
    const seconds = ${seconds};
    console.log(opsPerSecond(op));`;
  const run = spawnSync(process.execPath, ['--openssl-legacy-provider', '-e', script], {
    encoding: 'utf8',
  });
  return run.status === 0
    ? Number(run.stdout.trim())
    : `unavailable (${run.stderr.split('\n')[0]})`;
}

/** The shape of egoroof-blowfish we use (typed here: it is not a dependency). */
interface EgoroofModule {
  Blowfish: {
    new (
      key: Uint8Array,
      mode: number,
      padding: number,
    ): {
      encode(data: Uint8Array): Uint8Array;
      decode(data: Uint8Array, type: number): Uint8Array;
    };
    MODE: { ECB: number };
    PADDING: { NULL: number };
    TYPE: { UINT8_ARRAY: number };
  };
}

async function egoroof(freshKey: boolean): Promise<number | string> {
  const name = 'egoroof-blowfish';
  const dir = values['egoroof-dir'];
  let module: EgoroofModule;
  try {
    const specifier = dir
      ? pathToFileURL(createRequire(join(dir, 'package.json')).resolve(name)).href
      : name;
    module = (await import(specifier)) as EgoroofModule;
  } catch {
    return 'not installed (see --egoroof-dir)';
  }
  const { Blowfish } = module;
  const make = () => new Blowfish(Buffer.from(password), Blowfish.MODE.ECB, Blowfish.PADDING.NULL);
  const reused = make();
  return opsPerSecond(() => {
    const bf = freshKey ? make() : reused;
    bf.decode(bf.encode(plaintext), Blowfish.TYPE.UINT8_ARRAY);
  });
}

const own = ownBlocks(false);
const rows: [string, number | string][] = [
  ['own, key reused', own],
  ['own, key per message', ownBlocks(true)],
  ['own codec (hex, padding, Len), key per message', ownCodec()],
  ['egoroof-blowfish, key reused', await egoroof(false)],
  ['egoroof-blowfish, key per message', await egoroof(true)],
  ['OpenSSL legacy bf-ecb, key per message', opensslLegacy()],
];
console.log(
  `encrypt+decrypt of ${plaintext.length} bytes, ${seconds}s each, node ${process.version}`,
);
for (const [name, result] of rows) {
  const cells =
    typeof result === 'number'
      ? `${Math.round(result).toString().padStart(9)} ops/s  ${(result / own).toFixed(2)}x own`
      : result;
  console.log(`${name.padEnd(48)} ${cells}`);
}
