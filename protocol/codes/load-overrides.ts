import { readFileSync } from 'node:fs';
import type { Catalogue } from './catalogue.js';
import { catalogue } from './default-catalogue.js';
import {
  type CodeOverride,
  CodeOverrideError,
  codeOverridesSchema,
  describeIssues,
} from './overrides.js';

/**
 * Reads a JSON file of override entries (an array, see `codeOverrideSchema`)
 * and checks them against `base`. The only file reader of the codes: kept
 * apart from `index.ts` so a client bundle never pulls in `node:fs`.
 * Problems throw a `CodeOverrideError` naming the file and the field.
 *
 * @example
 * const codes = catalogue.withOverrides(loadOverrides('codes.override.json'));
 */
export function loadOverrides(filePath: string, base: Catalogue = catalogue): CodeOverride[] {
  const fail = (message: string) => new CodeOverrideError(`${filePath}: ${message}`);
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    throw fail(`cannot read the file (${reason(error)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw fail(`not valid JSON (${reason(error)})`);
  }
  const parsed = codeOverridesSchema.safeParse(json);
  if (!parsed.success) throw fail(describeIssues(parsed.error));
  try {
    base.withOverrides(parsed.data); // a dry run, so conflicts name the file too
  } catch (error) {
    throw fail(reason(error));
  }
  return parsed.data;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
