import { findField } from '../../protocol/plaintext.js';
import { compilePattern } from './safe-pattern.js';
import type { MatchSpec } from './scenario-schema.js';

/** What a rule is matched against: the merchant, the fields as sent, and the call's debtor. */
export interface MatchInput {
  readonly merchantId: string;
  /** The call: a debtor call's EventToken, or a payment call (`direct`, `capture`, ...). */
  readonly call?: string | undefined;
  readonly fields: Readonly<Record<string, string>>;
  /** Resolved by the pipeline (from the PayID when the call names no debtor); else read from the fields. */
  readonly customerId?: string | undefined;
}

export type Matcher = (input: MatchInput) => boolean;

/**
 * Compiles a match once (regular expressions included), so a call only runs tests.
 *
 * @example
 * const bc = compileMatch({ eventToken: 'BC', amount: { min: 1000 } });
 * bc({ merchantId: 'shop', fields: { EventToken: 'BC', Amount: '5000' } }); // true
 */
export function compileMatch(match: MatchSpec): Matcher {
  const tests: Matcher[] = [];
  const field = (input: MatchInput, name: string) => findField(input.fields, name);
  if (match.eventToken !== undefined) {
    const tokens = upperSet(match.eventToken);
    tests.push((input) => tokens.has((field(input, 'EventToken') ?? '').toUpperCase()));
  }
  if (match.call !== undefined) {
    const names = typeof match.call === 'string' ? [match.call] : match.call;
    const calls = new Set(names.map((name) => name.toLowerCase()));
    tests.push((input) => calls.has((input.call ?? '').toLowerCase()));
  }
  if (match.requestReason !== undefined) {
    const reasons = upperSet(match.requestReason);
    tests.push((input) => reasons.has((field(input, 'RequestReason') ?? '').toUpperCase()));
  }
  const { merchantId, customerId, refNr, payType, amount } = match;
  if (merchantId !== undefined) tests.push((input) => input.merchantId === merchantId);
  if (customerId !== undefined) {
    tests.push(
      (input) =>
        (input.customerId ?? field(input, 'CustomerID') ?? field(input, 'DebitorID')) ===
        customerId,
    );
  }
  if (refNr !== undefined) tests.push((input) => field(input, 'RefNr') === refNr);
  if (payType !== undefined) tests.push((input) => field(input, 'PayType') === payType);
  if (amount !== undefined) {
    const { min = 0, max = Number.POSITIVE_INFINITY } = amount;
    tests.push((input) => {
      const value = Number(field(input, 'Amount') ?? Number.NaN);
      return Number.isFinite(value) && value >= min && value <= max;
    });
  }
  for (const [name, source] of Object.entries(match.fields ?? {})) {
    const compiled = compilePattern(source);
    // The schema refused bad patterns already; this only keeps the types honest.
    if (!compiled.ok) throw new Error(`fields.${name}: ${compiled.message}`);
    const { pattern } = compiled;
    tests.push((input) => {
      const value = field(input, name);
      return value !== undefined && pattern.test(value);
    });
  }
  return (input) => tests.every((test) => test(input));
}

function upperSet(value: string | readonly string[]): ReadonlySet<string> {
  const list = typeof value === 'string' ? [value] : value;
  return new Set(list.map((item) => item.toUpperCase()));
}
