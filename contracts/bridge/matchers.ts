import { MatchersV3 } from '@pact-foundation/pact';
import {
  type EventToken,
  type FieldRule,
  requestTable,
  resultTable,
} from '../../protocol/reference/messages.js';
import { canonicalName } from '../../protocol/reference/parameters.js';
import {
  type PaymentCall,
  paymentAnswerTable,
  paymentTables,
} from '../../protocol/reference/payments.js';
import { type ResolvedField, resolveField } from '../../protocol/schema/resolve.js';
import { fieldRegex } from './format-regex.js';

/** A field in an expected body: an exact value, or a matcher with its example. */
export type FieldMatcher = string | MatchersV3.Matcher<string>;
export type BodyTemplate = Record<string, FieldMatcher>;

/**
 * The matcher of one field: exact when its enum leaves one value (EventToken,
 * a pinned RequestReason), otherwise the regex of its format. The example
 * must fit the regex, so a contract cannot carry a value the format forbids.
 *
 * @example
 * fieldMatcher(resolved('Currency'), 'EUR'); // { 'pact:matcher:type': 'regex', regex: '^[A-Za-z...]{3}$', value: 'EUR' }
 */
export function fieldMatcher(field: ResolvedField, example: string): FieldMatcher {
  const only = field.enumValues?.length === 1 ? field.enumValues[0] : undefined;
  if (only !== undefined) {
    if (example !== only) throw new Error(`${field.name}: example ${example} is not ${only}`);
    return example;
  }
  const regex = fieldRegex(field);
  if (!new RegExp(regex, 'u').test(example)) {
    throw new Error(`${field.name}: example '${example}' does not fit ${field.format.notation}`);
  }
  return MatchersV3.regex(regex, example);
}

/**
 * Marks a matcher's value as coming from the provider state (the verifier
 * fills in e.g. the PayID the state created); the matcher stays as it is.
 */
export function fromState(matcher: FieldMatcher, expression: string): FieldMatcher {
  const base = typeof matcher === 'string' ? MatchersV3.string(matcher) : matcher;
  return {
    ...base,
    'pact:generator:type': 'ProviderState',
    expression,
  } as MatchersV3.Matcher<string>;
}

export interface RequestTemplateOptions {
  /** The RequestReason the call is pinned to (BC, DC, UP). */
  readonly requestReason?: string;
  /** Field name -> provider-state expression, e.g. `{ PayID: '${payId}' }`. */
  readonly fromState?: Readonly<Record<string, string>>;
  /** Fields the table does not know are kept as exact values instead of rejected (drift tests). */
  readonly allowUnknown?: boolean;
  /** Fields sent outside their format on purpose (a format-error case): matched by exact value. */
  readonly exact?: readonly string[];
}

/**
 * The plaintext fields of a request, each with the matcher its table and the
 * dictionary give it. A field the call's table does not hold is an error.
 */
export function requestTemplate(
  eventToken: EventToken,
  fields: Readonly<Record<string, string>>,
  options: RequestTemplateOptions = {},
): BodyTemplate {
  const table = requestTable(eventToken);
  return template(fields, options, (name) => {
    const rule = ruleOf(table.fields, name);
    return rule && resolveField(rule, table, options.requestReason);
  });
}

/** The same for a payment call, from the table its path picks. */
export function paymentRequestTemplate(
  call: PaymentCall,
  fields: Readonly<Record<string, string>>,
  options: RequestTemplateOptions = {},
): BodyTemplate {
  const table = paymentTables[call];
  return template(fields, options, (name) => {
    const rule = ruleOf(table.fields, name);
    return rule && resolveField(rule, table);
  });
}

/**
 * The answer fields, each with its result-table matcher (the payment
 * answers' fields included); Status and Code are exact, as they are the
 * outcome the consumer acts on.
 */
export function resultTemplate(
  fields: Readonly<Record<string, string>>,
  options: Pick<RequestTemplateOptions, 'fromState'> = {},
): BodyTemplate {
  const exact = new Set(['Status', 'Code']);
  return template(fields, options, (name) => {
    const rule = ruleOf(resultTable.fields, name) ?? ruleOf(paymentAnswerTable.fields, name);
    if (!rule) return undefined;
    const resolved = resolveField(rule);
    return exact.has(rule.name) ? { ...resolved, enumValues: [fields[name] ?? ''] } : resolved;
  });
}

function template(
  fields: Readonly<Record<string, string>>,
  options: RequestTemplateOptions,
  resolve: (name: string) => ResolvedField | undefined,
): BodyTemplate {
  const body: BodyTemplate = {};
  for (const [name, example] of Object.entries(fields)) {
    if (options.exact?.includes(name)) {
      body[name] = example;
      continue;
    }
    const field = resolve(name);
    if (!field) {
      if (!options.allowUnknown) throw new Error(`${name} is not a field of this message`);
      body[name] = example;
      continue;
    }
    const matcher = fieldMatcher(field, example);
    const expression = options.fromState?.[name];
    body[name] = expression === undefined ? matcher : fromState(matcher, expression);
  }
  return body;
}

function ruleOf(fields: readonly FieldRule[], name: string): FieldRule | undefined {
  const canonical = canonicalName(name);
  return fields.find((rule) => rule.name === canonical);
}
