import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Dependencies point one way (docs/decisions/001-module-map.md): simulator and
// client import protocol; protocol imports neither; the client never imports
// the simulator or express, so integrators do not carry them.

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(folder, name));
}

/** Every module specifier a file imports or re-exports, resolved to a repo path when relative. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:import|export)[^'"]*?from\s+'([^']+)'/g)].map(
    (match) => match[1] ?? '',
  );
  return specifiers.map((specifier) =>
    specifier.startsWith('.') ? relative('.', resolve(file, '..', specifier)) : specifier,
  );
}

function violations(folder: string, forbidden: (target: string, file: string) => boolean) {
  return sourceFiles(folder).flatMap((file) =>
    importsOf(file)
      .filter((target) => forbidden(target, file))
      .map((target) => `${file} -> ${target}`),
  );
}

describe('dependency direction', () => {
  it('keeps the client free of the simulator, express and other packages', () => {
    // zod is the one package: the request schemas the client validates with are zod.
    const allowed = (target: string) =>
      target.startsWith('client/') ||
      target.startsWith('protocol/') ||
      target.startsWith('node:') ||
      target === 'zod';
    expect(violations('client', (target) => !allowed(target))).toEqual([]);
  });

  it('keeps protocol free of simulator, client, express and file I/O', () => {
    const forbidden = (target: string, file: string) =>
      target.startsWith('simulator/') ||
      target.startsWith('client/') ||
      target === 'express' ||
      // Reading a codes file is the one I/O protocol offers, kept in its own module.
      (target === 'node:fs' && !file.endsWith('load-overrides.ts'));
    expect(violations('protocol', forbidden)).toEqual([]);
  });

  it('keeps the simulator from importing the client', () => {
    expect(violations('simulator', (target) => target.startsWith('client/'))).toEqual([]);
  });

  it('finds the imports it checks', () => {
    expect(importsOf('client/index.ts').some((target) => target.startsWith('client/'))).toBe(true);
  });
});
