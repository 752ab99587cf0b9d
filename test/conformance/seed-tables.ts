import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One row of a seed table as printed: the parameter, its format and its CND column. */
export interface SeedRow {
  readonly name: string;
  readonly format: string;
  /** Empty where the seed leaves the CND cell empty (UP's PayType). */
  readonly presence: 'M' | 'O' | 'C' | '';
  /** 1-based line of the seed file, for messages. */
  readonly line: number;
}

/** Where the seed sits beside a clone: `../shared/seeds/` (developers' guide). */
export const SEED_PATH = fileURLToPath(
  new URL('../../../shared/seeds/004_d10214ab081ab2c3.txt', import.meta.url),
);

export const seedPresent = (): boolean => existsSync(SEED_PATH);

const FORMAT = /^(?:a|as|n|an|ans|ns)(?:\.\.)?\d+$|^(?:bool|enum|dttm)$/;
const NAME = /^[A-Za-z][A-Za-z0-9]*$/;
const SQUASHED = /^(?:a|as|n|an|ans|ns)(?:\.\.)?\d+/;

/**
 * The seed's four-column tables ("Parameter Format CND Beschreibung"), in
 * order of appearance. A row is three non-blank lines (name, format, CND)
 * and its description; a few rows are printed squashed on one line
 * (`CodeExtn..10OFehlercode...`), one leaves its CND empty: those are split at the first format that
 * leaves a CND letter, preferring a split whose name `isKnown` accepts (a
 * name ending in a format letter, `Data` + `n..10` versus `Dat` + `an..10`,
 * is otherwise ambiguous).
 */
export function readSeedTables(text: string, isKnown: (name: string) => boolean): SeedRow[][] {
  const lines = text
    .split('\n')
    .map((value, index) => ({ value: value.trim(), line: index + 1 }))
    .filter((entry) => entry.value !== '');
  const tables: SeedRow[][] = [];
  let current: SeedRow[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const header = lines.slice(i, i + 4).map((entry) => entry.value);
    if (header.join('|') === 'Parameter|Format|CND|Beschreibung') {
      current = [];
      tables.push(current);
      i += 3;
      continue;
    }
    if (!current) continue;
    const [name, format, presence] = lines.slice(i, i + 3);
    if (
      name &&
      format &&
      presence &&
      NAME.test(name.value) &&
      FORMAT.test(format.value) &&
      /^[MOC]$/.test(presence.value)
    ) {
      current.push({
        name: name.value,
        format: format.value,
        presence: presence.value as SeedRow['presence'],
        line: name.line,
      });
      i += 2;
      continue;
    }
    if (name && format && NAME.test(name.value) && FORMAT.test(format.value)) {
      current.push({ name: name.value, format: format.value, presence: '', line: name.line });
      i += 1;
      continue;
    }
    const squashed = name ? splitSquashed(name.value, isKnown) : undefined;
    if (squashed && name) current.push({ ...squashed, line: name.line });
  }
  return tables;
}

function splitSquashed(text: string, isKnown: (name: string) => boolean) {
  const splits: Omit<SeedRow, 'line'>[] = [];
  for (let cut = 1; cut < text.length; cut++) {
    const name = text.slice(0, cut);
    if (!NAME.test(name)) break;
    const format = SQUASHED.exec(text.slice(cut))?.[0];
    const presence = format ? text[cut + format.length] : undefined;
    if (format && presence && /[MOC]/.test(presence)) {
      splits.push({ name, format, presence: presence as SeedRow['presence'] });
    }
  }
  return splits.find((split) => isKnown(split.name)) ?? splits.at(-1);
}

export function readSeed(isKnown: (name: string) => boolean): SeedRow[][] {
  return readSeedTables(readFileSync(SEED_PATH, 'utf8'), isKnown);
}
