import type { ParameterName } from '../reference/parameters.js';
import type { StatusDigit } from './entry.js';
import { parameterByNumber } from './parameter-numbers.js';

/** What the status digit `S` says about the outcome. */
export type StatusMeaning = 'ok' | 'error' | 'fatal' | 'pending' | '3ds-info';

/** What the module part `MMM` says about the cause. */
export type ModuleCategory =
  | 'none'
  | 'crypto'
  | 'missing'
  | 'format'
  | 'invalid'
  | 'too-short'
  | 'too-long'
  | 'value-missing'
  | 'value-unknown'
  | 'already-present'
  | 'expired'
  | 'not-allowed-for-version'
  | 'reserved'
  | 'internal'
  | 'module-specific';

export interface ParsedCode {
  readonly ok: true;
  /** The code, upper-case. */
  readonly code: string;
  readonly status: StatusDigit;
  readonly meaning: StatusMeaning;
  /** `MMM`, three hex digits. */
  readonly module: string;
  readonly category: ModuleCategory;
  /** `PPPP`: a parameter number in parameter modules, a detail number elsewhere. */
  readonly detail: string;
  /** Set when the module names a parameter and `PPPP` is a number of our dictionary. */
  readonly parameter?: ParameterName;
}

export interface InvalidCode {
  readonly ok: false;
  readonly input: string;
  readonly reason: string;
}

const meanings: Readonly<Record<StatusDigit, StatusMeaning>> = {
  0: 'ok',
  2: 'error',
  4: 'fatal',
  6: 'pending',
  7: '3ds-info',
};

// 0x010..0x019 in the order the layout lists them.
const parameterModules: readonly ModuleCategory[] = [
  'missing',
  'format',
  'invalid',
  'too-short',
  'too-long',
  'value-missing',
  'value-unknown',
  'already-present',
  'expired',
  'not-allowed-for-version',
];

/** The category of a module, read as the hex number the layout ranges imply. */
export function moduleCategory(module: string): ModuleCategory {
  if (!/^[0-9A-Fa-f]{3}$/.test(module)) return 'module-specific';
  const value = Number.parseInt(module, 16);
  if (value === 0) return 'none';
  if (value === 1) return 'crypto';
  const named = parameterModules[value - 0x010];
  if (named !== undefined) return named;
  if (value >= 0x100) return 'module-specific';
  if (value >= 0x020) return 'internal';
  return 'reserved';
}

/** Crypto and the 010..019 modules carry a parameter number in `PPPP`. */
function namesParameter(category: ModuleCategory): boolean {
  return category === 'crypto' || parameterModules.includes(category);
}

/**
 * Splits an 8-character response code into `S MMM PPPP`. Bad input comes
 * back as a value, never as an exception: codes arrive from the wire.
 *
 * @example
 * parseCode('20140003') // { ok: true, status: 2, module: '014', category: 'too-long', detail: '0003', parameter: 'Amount', ... }
 * parseCode('2014')     // { ok: false, input: '2014', reason: 'expected 8 characters, got 4' }
 */
export function parseCode(input: string): ParsedCode | InvalidCode {
  if (input.length !== 8) {
    return { ok: false, input, reason: `expected 8 characters, got ${input.length}` };
  }
  // Any letters: live documents codes such as 2206014H, beyond the hex the
  // layout suggests. Lower case reads the same.
  const code = input.toUpperCase();
  if (!/^[0-9A-Z]{8}$/.test(code)) {
    return { ok: false, input, reason: 'expected only the characters 0-9 and A-Z' };
  }
  const status = Number(code[0]);
  if (!isStatusDigit(status)) {
    return { ok: false, input, reason: `unknown status digit ${code[0]}` };
  }
  const module = code.slice(1, 4);
  const detail = code.slice(4);
  const category = moduleCategory(module);
  const parameter =
    namesParameter(category) && /^[0-9]{4}$/.test(detail)
      ? parameterByNumber(Number(detail))
      : undefined;
  const parsed = {
    ok: true as const,
    code,
    status,
    meaning: meanings[status],
    module,
    category,
    detail,
  };
  return parameter === undefined ? parsed : { ...parsed, parameter };
}

function isStatusDigit(digit: number): digit is StatusDigit {
  return digit === 0 || digit === 2 || digit === 4 || digit === 6 || digit === 7;
}
