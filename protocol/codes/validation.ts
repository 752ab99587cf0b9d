import { type ParameterName, parameterNames } from '../reference/parameters.js';
import type { ValidationFailure } from '../validate.js';
import { type CodeEntry, composeCode, type StatusDigit } from './entry.js';
import { numberOf } from './parameter-numbers.js';

export type FailureKind = ValidationFailure['kind'];

interface KindRule {
  readonly status: StatusDigit;
  readonly module: string;
  readonly en: (name: string) => string;
  readonly de: (name: string) => string;
}

/**
 * How each validation failure kind maps onto `S MMM`. A missing mandatory
 * parameter is fatal (4), as the layout describes it; the rest are errors.
 * `not-allowed` takes 019 rather than 016 so it never shares a code with
 * `not-in-enum` (see decision 005).
 */
export const kindRules: Readonly<Record<FailureKind, KindRule>> = {
  missing: { status: 4, module: '010', en: (n) => `${n} missing`, de: (n) => `${n} fehlt` },
  'wrong-characters': {
    status: 2,
    module: '011',
    en: (n) => `${n} format error`,
    de: (n) => `${n} Formatfehler`,
  },
  invalid: { status: 2, module: '012', en: (n) => `${n} invalid`, de: (n) => `${n} ungültig` },
  'too-short': { status: 2, module: '013', en: (n) => `${n} too short`, de: (n) => `${n} zu kurz` },
  'too-long': { status: 2, module: '014', en: (n) => `${n} too long`, de: (n) => `${n} zu lang` },
  'not-in-enum': {
    status: 2,
    module: '016',
    en: (n) => `${n} value unknown`,
    de: (n) => `${n} Wert unbekannt`,
  },
  'not-allowed': {
    status: 2,
    module: '019',
    en: (n) => `${n} not allowed in this request`,
    de: (n) => `${n} in dieser Anfrage nicht erlaubt`,
  },
};

export const failureKinds = Object.keys(kindRules) as FailureKind[];

/** Key of a per-parameter entry, or of the fallback entry when no parameter is given. */
export type ValidationKey =
  | `validation.${FailureKind}`
  | `validation.${FailureKind}:${ParameterName}`;

export function validationKey(kind: FailureKind, parameter?: string): string {
  return parameter === undefined ? `validation.${kind}` : `validation.${kind}:${parameter}`;
}

/** The code a failure of `kind` on the parameter numbered `number` carries (0 = any parameter). */
export function validationCode(kind: FailureKind, number: number): string {
  const rule = kindRules[kind];
  return composeCode(rule.status, rule.module, number);
}

export interface GeneratedValidation {
  readonly entries: CodeEntry[];
  /** Validation keys whose code a named entry already holds: key -> that entry's key. */
  readonly aliases: Map<string, string>;
}

/**
 * One entry per dictionary parameter and failure kind, plus one fallback
 * per kind (detail 0000) for names outside the dictionary. Where a named
 * entry already holds the code (`business.unknown-payid` is 016 + PayID),
 * the validation key becomes an alias of it instead of a second entry.
 */
export function generateValidation(named: readonly CodeEntry[]): GeneratedValidation {
  const holders = new Map(named.map((entry) => [entry.code, entry.key]));
  const entries: CodeEntry[] = [];
  const aliases = new Map<string, string>();
  const targets: [string | undefined, number][] = [
    [undefined, 0],
    ...parameterNames.map((name): [string, number] => [name, numberOf(name)]),
  ];
  for (const [parameter, number] of targets) {
    for (const kind of failureKinds) {
      const code = validationCode(kind, number);
      const key = validationKey(kind, parameter);
      const holder = holders.get(code);
      if (holder === undefined) entries.push(validationEntry(kind, code, key, parameter));
      else aliases.set(key, holder);
    }
  }
  return { entries, aliases };
}

function validationEntry(kind: FailureKind, code: string, key: string, parameter = 'Parameter') {
  const rule = kindRules[kind];
  const status = 'FAILED';
  return {
    code,
    key,
    status,
    en: rule.en(parameter),
    de: rule.de(parameter),
    source: 'simulator',
  } as const;
}
