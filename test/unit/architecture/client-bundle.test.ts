import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

// "Small and tree-shakable" (issue 5), as an integrator's bundler sees the
// client: esbuild bundles an entry that imports from client/index.ts, and
// the metafile says what went in. Sizes in bytes, never timings.

const clientIndex = new URL('../../../client/index.ts', import.meta.url).pathname;

async function bundle(code: string): Promise<{ bytes: number; inputs: string[] }> {
  const result = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    write: false,
    platform: 'node',
    format: 'esm',
    metafile: true,
    logLevel: 'silent',
  });
  const [output] = Object.values((result.metafile as Metafile).outputs);
  return { bytes: output?.bytes ?? 0, inputs: Object.keys(output?.inputs ?? {}) };
}

describe('the client as a bundle', () => {
  it('drops everything an entry does not use (package.json sideEffects: false)', async () => {
    const { bytes } = await bundle(
      `import { toStorable } from '${clientIndex}'; console.log(toStorable);`,
    );
    expect(bytes).toBeLessThan(1_000);
  });

  it('carries protocol and zod, without zod locales beyond English or any server code', async () => {
    const { bytes, inputs } = await bundle(
      `import { PaygateClient } from '${clientIndex}'; console.log(PaygateClient);`,
    );
    const locales = inputs.filter((file) => file.includes('zod/') && file.includes('/locales/'));
    expect(locales.every((file) => file.endsWith('/en.js'))).toBe(true);
    expect(inputs.filter((file) => /simulator\/|express|contracts\//.test(file))).toEqual([]);
    expect(bytes).toBeLessThan(250_000);
  });
});
