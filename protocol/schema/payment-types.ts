import type { ParameterLiterals, ParameterName } from '../reference/parameters.js';
import type { PaymentCall, PaymentTables } from '../reference/payments.js';

/*
 * Request types of the payment calls, computed from the `as const` payment
 * tables as the debtor types are from theirs: M fields required, O fields
 * optional, enums and soft lists as literal types.
 */

type FieldOf<C extends PaymentCall> = PaymentTables[C]['fields'][number];

type ValueOf<N extends ParameterName> = ParameterLiterals[N] extends {
  readonly enum: readonly (infer V)[];
}
  ? V
  : ParameterLiterals[N] extends { readonly knownValues: readonly (infer V)[] }
    ? V | (string & {})
    : string;

/** The request of one payment call, every field of its table. */
export type PaymentRequest<C extends PaymentCall> = {
  [F in Extract<FieldOf<C>, { readonly presence: 'M' }> as F['name']]: ValueOf<F['name']>;
} & {
  [F in Exclude<FieldOf<C>, { readonly presence: 'M' }> as F['name']]?: ValueOf<F['name']>;
};
