import type { Catalogue, CodeEntry, CodeStatus } from '../../protocol/codes/index.js';

const PREFIX = 'scripted:';

/**
 * The key of a code a scenario answers with although the catalogue lacks it
 * (or with another Status than the catalogue's): `scripted:<CODE>:<STATUS>`.
 *
 * @example scriptedKey('22999999', 'FAILED') // 'scripted:22999999:FAILED'
 */
export function scriptedKey(code: string, status: CodeStatus): string {
  return `${PREFIX}${code}:${status}`;
}

/** The Status a code's S digit stands for: 0 is OK, everything else FAILED. */
export function statusOfCode(code: string): CodeStatus {
  return code.startsWith('0') ? 'OK' : 'FAILED';
}

/**
 * The catalogue plus the `scripted:` keys, which it answers with an entry
 * made up from the key. Only scenarios make such keys, so every other key
 * resolves exactly as before; the one encoding function stays the only way out.
 */
export function withScriptedCodes(catalogue: Catalogue): Catalogue {
  return {
    ...catalogue,
    byKey: (key) => catalogue.byKey(key) ?? scriptedEntry(key),
    withOverrides: (overrides) => withScriptedCodes(catalogue.withOverrides(overrides)),
  };
}

function scriptedEntry(key: string): CodeEntry | undefined {
  const match = /^scripted:([0-9A-Z]{8}):(OK|FAILED)$/.exec(key);
  if (!match) return undefined;
  const [, code = '', status = 'FAILED'] = match;
  const text = `Scripted answer ${code}`;
  return { code, key, status: status as CodeStatus, en: text, de: text, source: 'user' };
}
