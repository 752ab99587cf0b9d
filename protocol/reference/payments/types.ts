import type { FieldRule, Label, RuleTable } from '../messages/types.js';

/** The generic payment calls the simulator answers beside `/debtor.aspx`. */
export type PaymentCall =
  | 'direct'
  | 'authorize'
  | 'capture'
  | 'credit'
  | 'reverse'
  | 'inquire'
  | 'payssl'
  | 'paypal';

/**
 * How a call reaches the Paygate: `server` from the merchant's server, the
 * answer in the HTTP body; `browser` from the customer's browser, which sees
 * a page and is sent back to URLSuccess / URLFailure, while the result is
 * also posted to URLNotify.
 */
export type PaymentChannel = 'server' | 'browser';

/** One payment call's request table, picked by its path. */
export interface PaymentTable extends RuleTable {
  readonly call: PaymentCall;
  /** The live path, lower-case (paths are matched whatever their case). */
  readonly path: string;
  readonly channel: PaymentChannel;
  readonly de: string;
  readonly en: string;
  /** In the order failures are reported in. */
  readonly fields: readonly FieldRule[];
  /** Which public source gives the call and its fields (decision 013). */
  readonly source: string;
  readonly note?: string;
}

/** The answer fields a payment call adds to the result table's. */
export interface PaymentAnswerTable {
  readonly label: Label;
  readonly fields: readonly FieldRule[];
}
