import type { EventToken, RequestReasonOf, RequestTables } from '../reference/messages.js';
import type { ParameterLiterals, ParameterName } from '../reference/parameters.js';

/*
 * Request types for the client, computed from the `as const` tables: the
 * M/O/C column, the reason-bound blocks and the two conditions a type can
 * express (InvoiceText-or-OrderDesc, TaxCode-with-ArticleList). Edit the
 * tables and these follow; nothing here names a field.
 */

type Table<E extends EventToken> = RequestTables[E];
type FieldOf<E extends EventToken> = Table<E>['fields'][number];
type ConditionOf<E extends EventToken> = Table<E>['conditions'][number];
type NameOf<E extends EventToken> = FieldOf<E>['name'];

/** What a value may be: the token and reason of the table, hard enums, soft lists (with autocompletion). */
type ValueOf<N extends ParameterName, E extends EventToken, R> = N extends 'EventToken'
  ? E
  : N extends 'RequestReason'
    ? R
    : ParameterLiterals[N] extends { readonly enum: readonly (infer V)[] }
      ? V
      : ParameterLiterals[N] extends { readonly knownValues: readonly (infer V)[] }
        ? V | (string & {})
        : string;

/** Names an onlyForReasons condition shuts out for reason R. */
type ShutOut<C, E extends EventToken, R> = C extends {
  readonly kind: 'onlyForReasons';
  readonly reasons: readonly (infer Allowed)[];
}
  ? [R] extends [Allowed]
    ? never
    :
        | (C extends { readonly fields: readonly (infer N)[] } ? N : never)
        | (C extends { readonly groups: readonly (infer G)[] }
            ? Extract<FieldOf<E>, { readonly group: G }>['name']
            : never)
  : never;

type OutOfScope<E extends EventToken, R> = ShutOut<ConditionOf<E>, E, R>;
type InScope<E extends EventToken, R> = Exclude<NameOf<E>, OutOfScope<E, R>>;

/** Mandatory names a waivedWith condition makes optional for R (they get an either-or below). */
type Waived<C, R> = C extends {
  readonly kind: 'waivedWith';
  readonly parameter: infer P;
  readonly reasons: readonly (infer Rs)[];
}
  ? [R] extends [Rs]
    ? P
    : never
  : never;

type Mandatory<E extends EventToken, R> = Exclude<
  Extract<FieldOf<E>, { readonly presence: 'M' }>['name'] & InScope<E, R>,
  Waived<ConditionOf<E>, R>
>;

type Base<E extends EventToken, R> = {
  [N in Mandatory<E, R>]: ValueOf<N, E, R>;
} & {
  [N in Exclude<InScope<E, R>, Mandatory<E, R>>]?: ValueOf<N, E, R>;
};

/** One condition as a union of allowed shapes, boxed so that several conditions intersect. */
type ConditionShape<C, E extends EventToken, R> = C extends {
  readonly kind: 'waivedWith';
  readonly parameter: infer P extends ParameterName;
  readonly whenPresent: infer W extends ParameterName;
}
  ? P extends Waived<C, R>
    ? { box: { [K in P]: ValueOf<K, E, R> } | { [K in W]: ValueOf<K, E, R> } }
    : never
  : C extends {
        readonly kind: 'requiredWith';
        readonly parameter: infer P extends ParameterName;
        readonly whenPresent: infer W extends ParameterName;
      }
    ? [P | W] extends [InScope<E, R>]
      ? { box: { [K in W]?: undefined } | ({ [K in W]: string } & { [K in P]: ValueOf<K, E, R> }) }
      : never
    : never;

type Intersect<U> = (U extends unknown ? (box: U) => void : never) extends (box: infer I) => void
  ? I
  : never;

type Conditions<E extends EventToken, R> = [ConditionShape<ConditionOf<E>, E, R>] extends [never]
  ? unknown
  : Intersect<ConditionShape<ConditionOf<E>, E, R>> extends { box: infer Shape }
    ? Shape
    : unknown;

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/**
 * The plaintext fields of a request, for one RequestReason R (or, for a
 * union R, the fields common to all of them). Calls without reasons take
 * the default.
 *
 * @example
 * const fields: RequestFields<'UP', 'ZA'> = { EventToken: 'UP', RequestReason: 'ZA', ... };
 */
export type RequestFields<E extends EventToken, R extends ReasonArg<E> = ReasonArg<E>> = Simplify<
  Base<E, R>
> &
  Conditions<E, R>;

type ReasonArg<E extends EventToken> = [RequestReasonOf<E>] extends [never]
  ? 'none'
  : RequestReasonOf<E>;

export type UpReason = RequestReasonOf<'UP'>;
export type BcReason = RequestReasonOf<'BC'>;

export type BcRequest = RequestFields<'BC'>;
export type DcRequest = RequestFields<'DC'>;
export type OcRequest = RequestFields<'OC'>;
export type OsRequest = RequestFields<'OS'>;
export type UpRgRequest = RequestFields<'UP', 'RG'>;
export type UpGuRequest = RequestFields<'UP', 'GU'>;
export type UpZaRequest = RequestFields<'UP', 'ZA'>;
export type UpMaRequest = RequestFields<'UP', 'MA'>;
export type UpRmRequest = RequestFields<'UP', 'RM'>;
export type UpDfRequest = RequestFields<'UP', 'DF'>;
/** The request of one UP reason, picked by its RequestReason. */
export type UpRequestFor<R extends UpReason> = RequestFields<'UP', R>;
/** Any UP request, discriminated by RequestReason. */
export type UpRequest = { [R in UpReason]: RequestFields<'UP', R> }[UpReason];
