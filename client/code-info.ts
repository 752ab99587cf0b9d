import type { Catalogue } from '../protocol/codes/catalogue.js';
import { catalogue as defaultCatalogue } from '../protocol/codes/default-catalogue.js';
import { type ModuleCategory, type ParsedCode, parseCode } from '../protocol/codes/layout.js';

export type { ModuleCategory } from '../protocol/codes/layout.js';

/**
 * The 8-digit `Code` (`S MMM PPPP`) taken apart by protocol/codes, plus the
 * catalogue's key and text when the catalogue knows the code.
 *
 * @example
 * describeCode('20140003')
 * // { code: '20140003', status: 2, meaning: 'error', module: '014', category: 'too-long',
 * //   detail: '0003', parameter: 'Amount', key: 'validation.too-long:Amount', en: 'Amount too long', ... }
 */
export interface CodeInfo extends Omit<ParsedCode, 'ok'> {
  readonly key: string | undefined;
  readonly en: string | undefined;
  readonly de: string | undefined;
}

/**
 * Null when the gateway sent something that is not an 8-character code.
 * Pass `catalogue.withOverrides(...)` to read codes the way an overridden simulator writes them.
 */
export function describeCode(
  code: string,
  catalogue: Catalogue = defaultCatalogue,
): CodeInfo | null {
  const parsed = parseCode(code);
  if (!parsed.ok) return null;
  const { ok: _ok, ...parts } = parsed;
  const entry = catalogue.byCode(parsed.code);
  return { ...parts, key: entry?.key, en: entry?.en, de: entry?.de };
}

export function isParameterCategory(category: ModuleCategory): boolean {
  return !['none', 'crypto', 'reserved', 'internal', 'module-specific'].includes(category);
}
