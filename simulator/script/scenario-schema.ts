import * as z from 'zod';
import { eventTokens } from '../../protocol/reference/messages.js';
import { parameterDef } from '../../protocol/reference/parameters.js';
import { paymentCalls } from '../../protocol/reference/payments.js';
import { faultSchema } from '../faults/fault-schema.js';
import { compilePattern } from './safe-pattern.js';

const oneOrMany = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);
const cents = z.number().int().min(0);

/**
 * A value (or list) from a list of the reference, any case: a typo would
 * make a rule that silently never matches.
 */
function oneOrManyOf(what: string, values: readonly string[]) {
  const known = new Set(values.map((value) => value.toUpperCase()));
  return oneOrMany.superRefine((given, ctx) => {
    for (const value of typeof given === 'string' ? [given] : given) {
      if (!known.has(value.toUpperCase()))
        ctx.addIssue({
          code: 'custom',
          message: `unknown ${what} "${value}"; expected one of ${values.join(', ')}`,
        });
    }
  });
}

const REQUEST_REASONS = parameterDef('RequestReason').enum ?? [];
const PAY_TYPES = parameterDef('PayType').enum ?? [];

const regex = z.string().superRefine((source, ctx) => {
  const compiled = compilePattern(source);
  if (!compiled.ok) ctx.addIssue({ code: 'custom', message: compiled.message });
});

/** More would make every call slower for nothing: 32 fields is more than any rule needs. */
export const MAX_FIELDS_PER_RULE = 32;

/**
 * Which calls a rule applies to; every given criterion must hold, an empty
 * match takes every call. Strings compare exactly (EventToken and
 * RequestReason in any case); `fields` are regular expressions (unanchored:
 * add `^...$` for a whole value) over any field as sent, names in any
 * case. EventTokens, RequestReasons and PayTypes outside the reference are
 * refused; a field name the reference lacks only earns a warning
 * (`ruleWarnings`), since shops send fields of their own.
 *
 * @example { eventToken: 'BC', amount: { min: 100000 }, fields: { LastName: '^Test' } }
 */
export const matchSchema = z.strictObject({
  eventToken: oneOrManyOf('EventToken', eventTokens).optional(),
  /** A payment call by name (`direct`, `capture`, `payssl`, ...): the generic interfaces have no EventToken. */
  call: oneOrManyOf('call', paymentCalls).optional(),
  requestReason: oneOrManyOf('RequestReason', REQUEST_REASONS).optional(),
  merchantId: z.string().min(1).optional(),
  /** CustomerID or DebitorID as sent, else the debtor of the call's PayID. */
  customerId: z.string().min(1).optional(),
  refNr: z.string().min(1).optional(),
  payType: z
    .string()
    .refine((value) => PAY_TYPES.includes(value), {
      message: `unknown PayType; expected one of ${PAY_TYPES.join(', ')}`,
    })
    .optional(),
  amount: z
    .strictObject({ min: cents.optional(), max: cents.optional() })
    .refine(
      (range) => range.min === undefined || range.max === undefined || range.min <= range.max,
      'min must not be above max',
    )
    .optional(),
  fields: z
    .record(z.string().min(1).max(64), regex)
    .refine((fields) => Object.keys(fields).length <= MAX_FIELDS_PER_RULE, {
      message: `at most ${MAX_FIELDS_PER_RULE} fields per rule`,
    })
    .optional(),
});

/**
 * A Paygate answer by catalogue `code` or `key`. A code the catalogue lacks
 * is allowed; its Status follows the S digit (0: OK, else FAILED).
 *
 * @example { code: '22010012' }
 * @example { key: 'business.credit-declined', codeExt: '114', errorText: 'Score too low' }
 */
export const respondSchema = z
  .strictObject({
    code: z
      .string()
      .regex(/^[0-9A-Za-z]{8}$/, 'expected 8 characters S MMM PPPP (digits or letters)')
      .transform((code) => code.toUpperCase())
      .optional(),
    key: z.string().min(1).optional(),
    description: z.string().min(1).max(1024).optional(),
    status: z.enum(['OK', 'FAILED']).optional(),
    codeExt: z.string().min(1).max(64).optional(),
    errorText: z.string().min(1).max(1024).optional(),
    referenzId: z.string().min(1).max(64).optional(),
  })
  .refine(
    (respond) => (respond.code === undefined) !== (respond.key === undefined),
    'expected either code or key',
  );

/** One outcome: behave normally (`pass`), answer (`respond`), fail on the wire (`fault`), or answer late. */
export const outcomeSchema = z
  .strictObject({
    pass: z.literal(true).optional(),
    respond: respondSchema.optional(),
    fault: faultSchema.optional(),
  })
  .superRefine((outcome, ctx) => checkOutcome(outcome, ctx));

/**
 * One scenario rule. Either `respond`/`fault`/`pass` or a `sequence` of such
 * outcomes, one per matching call. `times` counts the calls it answers (a
 * number or `always`); `priority` orders rules (higher first, then oldest).
 *
 * @example { match: { eventToken: 'BC' }, respond: { code: '22010012' }, times: 1 }
 * @example { match: { eventToken: 'OC' }, sequence: [{ fault: 'reset' }, { pass: true }] }
 */
export const scenarioRuleSchema = z
  .strictObject({
    id: z
      .string()
      .regex(
        /^[A-Za-z0-9._-]{1,64}$/,
        'expected 1 to 64 letters, digits, dots, dashes or underscores',
      )
      .optional(),
    note: z.string().max(500).optional(),
    priority: z.number().int().default(0),
    match: matchSchema.default({}),
    pass: z.literal(true).optional(),
    respond: respondSchema.optional(),
    fault: faultSchema.optional(),
    sequence: z.array(outcomeSchema).min(1).max(100).optional(),
    times: z.union([z.number().int().min(1), z.literal('always')]).optional(),
  })
  .superRefine((rule, ctx) => {
    const single =
      rule.pass !== undefined || rule.respond !== undefined || rule.fault !== undefined;
    if (rule.sequence !== undefined) {
      if (single)
        ctx.addIssue({
          code: 'custom',
          path: ['sequence'],
          message: 'a sequence replaces pass, respond and fault; give one or the other',
        });
      return;
    }
    if (!single)
      ctx.addIssue({ code: 'custom', message: 'expected respond, fault, pass or sequence' });
    else checkOutcome(rule, ctx);
  });

export type MatchSpec = z.output<typeof matchSchema>;
export type RespondSpec = z.output<typeof respondSchema>;
export type OutcomeSpec = z.output<typeof outcomeSchema>;
export type ScenarioRule = z.output<typeof scenarioRuleSchema>;
export type ScenarioRuleInput = z.input<typeof scenarioRuleSchema>;

/** `pass` lets the engine answer, so it takes neither `respond` nor a fault that replaces the answer. */
function checkOutcome(outcome: Omit<OutcomeSpec, never>, ctx: z.RefinementCtx): void {
  if (outcome.pass === undefined) {
    if (outcome.respond === undefined && outcome.fault === undefined) {
      ctx.addIssue({ code: 'custom', message: 'expected respond, fault or pass' });
    }
    return;
  }
  if (outcome.respond !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['respond'],
      message: 'pass lets the engine answer; drop respond or pass',
    });
  }
  const fault = outcome.fault;
  if (fault !== undefined && Object.keys(fault).some((kind) => kind !== 'latencyMs')) {
    ctx.addIssue({
      code: 'custom',
      path: ['fault'],
      message: 'pass takes latencyMs only; other faults replace the answer',
    });
  }
}
