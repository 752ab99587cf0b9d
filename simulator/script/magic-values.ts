import type { Catalogue } from '../../protocol/codes/index.js';
import { findField } from '../../protocol/plaintext.js';
import { resolveRespond } from './respond.js';
import type { ScriptVerdict } from './stage.js';

/**
 * The module of the Real Debitorenmanagement codes: a four-digit test
 * number NNNN stands for the code 2201NNNN (`Test:0012` is 22010012,
 * `business.credit-declined`).
 */
const TEST_NUMBER_MODULE = '2201';

const OK_CODE = '00000000';

/** ISO 4217 reserves XTS "for testing purposes": no real order ever carries it. */
export const TEST_CURRENCY = 'XTS';

/**
 * The whole value, "Test" in any case. Live's documented trigger is
 * `Test:NNNN` or `Test: NNNN` (four digits, with or without a space: Computop's
 * Test Guide); `test-NNNN` and 8-character codes (`Test:2206014H`) are ours.
 */
const TEST_TOKEN = /^test(?::\s?|-)([0-9]{4}|[0-9A-Za-z]{8})$/i;

/**
 * Magic values in the request itself, for testers without admin access. First
 * found wins:
 *
 * - live's: `OrderDesc` = `Test:NNNN` or `Test: NNNN` (BC, DC, UP); live
 *   simulates the outcome NNNN even for a live merchant
 * - ours: `OrderDesc` = `Test:<8-character code>`, `test-NNNN`
 * - ours: `LastName`  = `Test-NNNN` or `Test-<code>` (calls with the debtor block)
 * - ours: `Currency=XTS` with `Amount` 1..9999 (NNNN) or an 8-digit code (every call, the only lever for OC and OS)
 *
 * NNNN answers code 2201NNNN (our reading: live's docs name only the four digits); `0000` and `00000000` behave normally (the
 * engine answers). A code the catalogue lacks answers with Status by its S
 * digit (0: OK, else FAILED) and the description "Scripted answer <code>".
 *
 * @example magicVerdict({ OrderDesc: 'Test:0012' }, catalogue)
 * // { codeKey: 'business.credit-declined', scenario: { id: 'magic:OrderDesc' } }
 */
export function magicVerdict(
  fields: Readonly<Record<string, string>>,
  catalogue: Catalogue,
): ScriptVerdict | undefined {
  for (const name of ['OrderDesc', 'LastName'] as const) {
    const token = TEST_TOKEN.exec(findField(fields, name) ?? '')?.[1];
    if (token !== undefined) return verdictFor(codeOfToken(token), name, catalogue);
  }
  if (findField(fields, 'Currency')?.toUpperCase() === TEST_CURRENCY) {
    const code = codeOfTestAmount(findField(fields, 'Amount') ?? '');
    if (code !== undefined) return verdictFor(code, 'Currency', catalogue);
  }
  return undefined;
}

/** `0012` -> `22010012`, `0000` -> `00000000` (success); an 8-character token is the code itself. */
export function codeOfToken(token: string): string {
  if (token === '0000') return OK_CODE;
  return token.length === 4 ? `${TEST_NUMBER_MODULE}${token}` : token.toUpperCase();
}

/**
 * The code an XTS amount stands for: 1..9999 is a test number, 8 digits a
 * code, 0 is a normal call; other amounts are not magic.
 */
export function codeOfTestAmount(amount: string): string | undefined {
  if (!/^[0-9]+$/.test(amount)) return undefined;
  const value = Number(amount);
  if (value === 0) return OK_CODE;
  if (value <= 9999) return codeOfToken(String(value).padStart(4, '0'));
  return amount.length === 8 ? amount : undefined;
}

/** A success test value lets the engine answer: the call then has real effects (a PayID, an order). */
function verdictFor(code: string, field: string, catalogue: Catalogue): ScriptVerdict {
  const scenario = { id: `magic:${field}` };
  if (code === OK_CODE) return { pass: true, scenario };
  const resolved = resolveRespond({ code }, catalogue);
  // resolveRespond refuses unknown keys only, and a code is never one.
  return resolved.ok ? { ...resolved.decision, scenario } : { pass: true, scenario };
}
