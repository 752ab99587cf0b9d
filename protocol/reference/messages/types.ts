import type { ParameterName } from '../parameters.js';

export type { Label } from '../parameters.js';

/** The five calls of the Real Debitorenmanagement interface. */
export type EventToken = 'BC' | 'DC' | 'OC' | 'UP' | 'OS';

/**
 * The seed's CND column: M mandatory, O optional, C conditional. A C field
 * is optional unless one of the table's conditions says otherwise.
 */
export type Presence = 'M' | 'O' | 'C';

/**
 * Blocks of a table, following the seed's sub-headings. `address` is the
 * seed's "Adressdaten" (who the debtor is: id, name, address, contact, bank),
 * `call` everything above it, `invoice` the "Zusatzdaten für Rechnung und
 * Gutschrift".
 */
export type FieldGroup =
  | 'call'
  | 'address'
  | 'previousAddress'
  | 'deliveryAddress'
  | 'invoice'
  | 'result'
  | 'card'
  | 'redirect';

export interface FieldRule {
  readonly name: ParameterName;
  readonly presence: Presence;
  readonly group: FieldGroup;
  /** Overrides the dictionary's format in this table only. */
  readonly format?: string;
  /** Set when the field is not in the seed's table: documented elsewhere, or added by our reading. */
  readonly source?: 'protocol-doc' | 'reading';
  readonly note?: string;
}

/** Where a condition comes from: the seed's words, and our reading of them. */
interface ConditionBase {
  readonly id: string;
  /** The German phrase of the seed the condition is read from. */
  readonly seed: string;
  readonly note: string;
}

/**
 * The fields (named, or by group) exist only for these RequestReasons. With
 * another reason they are format-checked and then `ignore`d (dropped from the
 * validated fields), or rejected as `not-allowed`.
 */
export interface OnlyForReasons extends ConditionBase {
  readonly kind: 'onlyForReasons';
  readonly groups?: readonly FieldGroup[];
  readonly fields?: readonly ParameterName[];
  readonly reasons: readonly string[];
  readonly otherwise: 'ignore' | 'not-allowed';
}

/** `parameter` becomes mandatory when `whenPresent` is sent. */
export interface RequiredWith extends ConditionBase {
  readonly kind: 'requiredWith';
  readonly parameter: ParameterName;
  readonly whenPresent: ParameterName;
}

/** The mandatory `parameter` may be left out, for these reasons, when `whenPresent` is sent. */
export interface WaivedWith extends ConditionBase {
  readonly kind: 'waivedWith';
  readonly parameter: ParameterName;
  readonly reasons: readonly string[];
  readonly whenPresent: ParameterName;
}

/**
 * A stateful rule for the simulator's engine (one request cannot break it):
 * after a call carrying `when`, a later call of `forbids` on the same PayID
 * is rejected. Request validation skips it.
 */
export interface ForbidsLater extends ConditionBase {
  readonly kind: 'forbidsLater';
  readonly when: { readonly parameter: ParameterName; readonly equals: string };
  readonly forbids: { readonly eventToken: EventToken; readonly requestReason: string };
}

export type Condition = OnlyForReasons | RequiredWith | WaivedWith | ForbidsLater;

/**
 * What validation needs of a table, whichever interface it belongs to: the
 * debtor tables pick theirs by EventToken, the payment tables by path.
 */
export interface RuleTable {
  /** Set on debtor tables: the one EventToken the table accepts. */
  readonly eventToken?: EventToken;
  readonly requestReasons?: readonly string[];
  readonly fields: readonly FieldRule[];
  readonly conditions: readonly Condition[];
}

/** One request table of the seed. */
export interface MessageTable extends RuleTable {
  readonly eventToken: EventToken;
  readonly de: string;
  readonly en: string;
  /** The allowed RequestReasons; absent when the call takes none. */
  readonly requestReasons?: readonly string[];
  /** In the seed's order, which is also the order failures are reported in. */
  readonly fields: readonly FieldRule[];
  readonly conditions: readonly Condition[];
  /** Set when the seed defines this call by another's table (DC uses BC's). */
  readonly sharesTableWith?: EventToken;
  readonly note?: string;
}

/** The result table (what the Paygate answers). */
export interface ResultTable {
  readonly de: string;
  readonly en: string;
  readonly fields: readonly FieldRule[];
}
