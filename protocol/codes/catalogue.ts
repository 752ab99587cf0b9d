import type { AuthKey } from './auth.js';
import type { BusinessKey } from './business.js';
import type { CodeEntry } from './entry.js';
import type { GeneralKey } from './general.js';
import { applyOverrides, type CodeOverride } from './overrides.js';
import type { PaymentCodeKey } from './payments.js';
import type { ValidationKey } from './validation.js';

/** Every key the simulator may name in code; `get` finds each of them. */
export type KnownKey = GeneralKey | AuthKey | BusinessKey | PaymentCodeKey | ValidationKey;

/**
 * The response codes, looked up by key or by code.
 *
 * @example
 * catalogue.get('business.unknown-payid').code // '2016' + PayID's number
 * catalogue.byCode('00000000')?.key            // 'ok'
 */
export interface Catalogue {
  /** The entry of `key`; alias keys resolve to the entry holding their code. */
  byKey(key: string): CodeEntry | undefined;
  /** The entry of an 8-character code, read in either case. */
  byCode(code: string): CodeEntry | undefined;
  /** Like `byKey` for keys the catalogue always holds; a miss is a bug and throws. */
  get(key: KnownKey): CodeEntry;
  /** Every entry, in catalogue order. */
  all(): readonly CodeEntry[];
  /** Validation keys that resolve to another entry's key. */
  aliases(): ReadonlyMap<string, string>;
  /** A new catalogue with the overrides applied; this one stays as it is. */
  withOverrides(overrides: readonly CodeOverride[]): Catalogue;
}

/** Builds a catalogue; duplicate codes or keys and dangling aliases throw. */
export function createCatalogue(
  entries: readonly CodeEntry[],
  aliases: ReadonlyMap<string, string> = new Map(),
): Catalogue {
  const frozenEntries = Object.freeze(entries.map((entry) => Object.freeze({ ...entry })));
  const byKey = indexBy(frozenEntries, (entry) => entry.key, 'key');
  const byCode = indexBy(frozenEntries, (entry) => entry.code, 'code');
  for (const [alias, target] of aliases) {
    if (byKey.has(alias)) throw new Error(`alias ${alias} is also an entry key`);
    if (!byKey.has(target)) throw new Error(`alias ${alias} points to unknown key ${target}`);
  }
  const frozenAliases: ReadonlyMap<string, string> = new Map(aliases);
  const lookup = (key: string) => byKey.get(aliases.get(key) ?? key);
  return {
    byKey: lookup,
    byCode: (code) => byCode.get(code.toUpperCase()),
    get(key) {
      const entry = lookup(key);
      if (entry === undefined) throw new Error(`response code key not in catalogue: ${key}`);
      return entry;
    },
    all: () => frozenEntries,
    aliases: () => frozenAliases,
    withOverrides(overrides) {
      return createCatalogue(
        applyOverrides(frozenEntries, frozenAliases, overrides),
        frozenAliases,
      );
    },
  };
}

function indexBy(
  entries: readonly CodeEntry[],
  field: (entry: CodeEntry) => string,
  label: string,
): Map<string, CodeEntry> {
  const index = new Map<string, CodeEntry>();
  for (const entry of entries) {
    const value = field(entry);
    const taken = index.get(value);
    if (taken !== undefined) {
      throw new Error(`duplicate ${label} ${value}: ${taken.key} and ${entry.key}`);
    }
    index.set(value, entry);
  }
  return index;
}
