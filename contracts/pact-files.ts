import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Pact's core reports usage to a tracking service unless told not to; the
// contract suite must run offline and send nothing anywhere.
process.env.PACT_DO_NOT_TRACK ??= 'true';

export const CONSUMER = 'paygate-client';
export const PROVIDER = 'paygate';

/** Where the committed pacts live (the provider verifies these). */
export const PACTS_DIR = fileURLToPath(new URL('./pacts/', import.meta.url));

/** The file name Pact gives a consumer-provider pair. */
export function pactFileName(consumer = CONSUMER, provider = PROVIDER): string {
  return `${consumer}-${provider}.json`;
}

export const COMMITTED_PACT = join(PACTS_DIR, pactFileName());

/** A fresh directory for a pact run: Pact merges into existing files, so never reuse one. */
export function freshPactDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `paygate-${label}-`));
}

export interface PactInteraction {
  description: string;
  providerStates?: Array<{ name: string; params?: Record<string, unknown> }>;
  [key: string]: unknown;
}

export interface PactFile {
  interactions: PactInteraction[];
  [key: string]: unknown;
}

export function readPact(path: string): PactFile {
  return JSON.parse(readFileSync(path, 'utf8')) as PactFile;
}
