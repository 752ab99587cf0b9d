import type {
  CallOptions,
  PaygateClient,
  PaygateError,
  PaygateResult,
} from '../../client/index.js';
import { catalogue, type KnownKey } from '../../protocol/codes/index.js';
import type { EventToken } from '../../protocol/reference/messages.js';
import { type PaymentCall, paymentTables } from '../../protocol/reference/payments.js';
import {
  type BodyTemplate,
  paymentRequestTemplate,
  requestTemplate,
  resultTemplate,
} from '../bridge/matchers.js';
import { CONSUMER_KEYS } from '../bridge/merchants.js';
import { PAY_ID_EXPRESSION, PAY_ID_STATES, type ProviderState } from '../states.js';
import { EXAMPLE_PAY_ID, EXAMPLE_XID, ZERO_ID } from './examples.js';

/** The client methods the contract drives, one per call kind. */
export type Method =
  | 'creditCheck'
  | 'directChange'
  | 'createOrder'
  | 'invoice'
  | 'creditNote'
  | 'payment'
  | 'dunning'
  | 'resetDunning'
  | 'writeOff'
  | 'cancelOrder'
  | 'authorizeCard'
  | 'authorize'
  | 'capture'
  | 'credit'
  | 'reverse'
  | 'inquire';

export type InputOf<M extends Method> = Parameters<PaygateClient[M]>[0];

type Fields = Readonly<Record<string, string>>;

/** One interaction: the state, the client call, and the answer the consumer relies on. */
export interface ContractCase {
  readonly description: string;
  readonly state: ProviderState;
  readonly method: Method;
  readonly input: Readonly<Record<string, string | undefined>>;
  /** The catalogue key of the answer's Code (`ok` for success). */
  readonly outcome: KnownKey;
  /** A success Status other than the catalogue's OK: `AUTHORIZED` for an authorization not captured. */
  readonly status?: 'AUTHORIZED';
  /** Answer fields beyond the result table's mandatory ones and RefNr (ReferenzID, CodeExt, ...). */
  readonly extraAnswer?: Fields;
  /** For FAILED answers: the error class the client must throw. */
  readonly error?: abstract new (
    ...args: never[]
  ) => PaygateError;
  /** Bridge headers of this interaction (the MAC marker). */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * Fields sent outside their format on purpose, over the input: the client
   * sends them with `validate: false` and the pact holds their exact values,
   * as no format matcher could.
   */
  readonly malformed?: Fields;
}

/** Builds a case with the input typed by the client method it goes to. */
export function contractCase<M extends Method>(
  spec: Omit<ContractCase, 'method' | 'input'> & { method: M; input: InputOf<M> },
): ContractCase {
  return { ...spec, input: spec.input as unknown as ContractCase['input'] };
}

const UP_REASON: Partial<Record<Method, string>> = {
  invoice: 'RG',
  creditNote: 'GU',
  payment: 'ZA',
  dunning: 'MA',
  resetDunning: 'RM',
  writeOff: 'DF',
};

/** The payment call behind each payment method of the client. */
const PAYMENT_CALL: Partial<Record<Method, PaymentCall>> = {
  authorizeCard: 'direct',
  authorize: 'authorize',
  capture: 'capture',
  credit: 'credit',
  reverse: 'reverse',
  inquire: 'inquire',
};

/** The payment call of a case, when it is one. */
export function paymentCallOf(c: Pick<ContractCase, 'method'>): PaymentCall | undefined {
  return PAYMENT_CALL[c.method];
}

/** The live path a case's request goes to. */
export function pathOf(c: Pick<ContractCase, 'method'>): string {
  const call = paymentCallOf(c);
  return call === undefined ? '/debtor.aspx' : paymentTables[call].path;
}

const TOKEN: Partial<Record<Method, EventToken>> = {
  creditCheck: 'BC',
  directChange: 'DC',
  createOrder: 'OC',
  cancelOrder: 'OS',
  invoice: 'UP',
  creditNote: 'UP',
  payment: 'UP',
  dunning: 'UP',
  resetDunning: 'UP',
  writeOff: 'UP',
};

/** EventToken and RequestReason of a case, as the client puts them on the wire. */
export function callOf(c: Pick<ContractCase, 'method' | 'input'>): {
  eventToken: EventToken | undefined;
  requestReason: string | undefined;
} {
  return {
    eventToken: TOKEN[c.method],
    requestReason: UP_REASON[c.method] ?? c.input.RequestReason,
  };
}

/**
 * The plaintext the client must send: MerchantID, EventToken, RequestReason
 * and its input (a payment call has neither EventToken nor RequestReason).
 */
export function expectedRequest(c: ContractCase): Record<string, string> {
  const { eventToken, requestReason } = callOf(c);
  const fields: Record<string, string> = { MerchantID: CONSUMER_KEYS.merchantId };
  if (eventToken !== undefined) fields.EventToken = eventToken;
  if (requestReason !== undefined) fields.RequestReason = requestReason;
  // An input field set to undefined is not sent.
  for (const [name, value] of Object.entries({ ...c.input, ...c.malformed }))
    if (value !== undefined) fields[name] = value;
  return fields;
}

export function requestBody(c: ContractCase): BodyTemplate {
  const { eventToken, requestReason } = callOf(c);
  const fromState = PAY_ID_STATES.has(c.state.name) ? { PayID: PAY_ID_EXPRESSION } : undefined;
  const options = {
    ...(requestReason === undefined ? {} : { requestReason }),
    ...(fromState ? { fromState } : {}),
    ...(c.malformed ? { exact: Object.keys(c.malformed) } : {}),
  };
  const call = paymentCallOf(c);
  if (call !== undefined) return paymentRequestTemplate(call, expectedRequest(c), options);
  if (eventToken === undefined) throw new Error(`${c.method}: neither debtor nor payment call`);
  return requestTemplate(eventToken, expectedRequest(c), options);
}

/**
 * The answer the consumer relies on: the result table's mandatory fields,
 * RefNr (echoed when sent) and the case's extras. Code and Status come from
 * the catalogue entry of the outcome.
 */
export function expectedAnswer(c: ContractCase): Record<string, string> {
  const entry = catalogue.get(c.outcome);
  const ok = entry.status === 'OK';
  const payId = c.input.PayID ?? (ok ? EXAMPLE_PAY_ID : ZERO_ID);
  return {
    mid: CONSUMER_KEYS.merchantId,
    PayID: payId,
    XID: ok ? EXAMPLE_XID : ZERO_ID,
    TransID: c.input.TransID ?? 'na',
    Status: ok && c.status !== undefined ? c.status : entry.status,
    Description: entry.en,
    Code: entry.code,
    // A RefNr sent outside its format is not echoed (it would break the answer's format).
    ...(c.input.RefNr === undefined || c.malformed?.RefNr !== undefined
      ? {}
      : { RefNr: c.input.RefNr }),
    ...c.extraAnswer,
  };
}

export function answerBody(c: ContractCase): BodyTemplate {
  return resultTemplate(expectedAnswer(c));
}

/** Runs the case's client method; malformed fields go out unchecked. */
export function run(client: PaygateClient, c: ContractCase): Promise<PaygateResult> {
  const method = client[c.method] as (
    input: ContractCase['input'],
    options?: CallOptions,
  ) => Promise<PaygateResult>;
  if (!c.malformed) return method.call(client, c.input);
  return method.call(client, { ...c.input, ...c.malformed }, { validate: false });
}
