import type { MerchantKeys } from '../../protocol/wire.js';

/**
 * A failure so early that the caller's keys are unknown or unproven
 * (malformed envelope, unknown merchant, undecryptable Data): answered
 * unencrypted, as the live Paygate does.
 */
export interface PlainOutcome {
  readonly kind: 'plain';
  readonly codeKey: string;
  /** Replaces the catalogue text, e.g. to name a wire field the dictionary lacks (`Len`). */
  readonly description?: string;
}

/**
 * Every outcome after a successful decryption: answered encrypted with the
 * keys that decrypted the request, echoing TransID, RefNr, PayID and XID.
 */
export interface MerchantOutcome {
  readonly kind: 'merchant';
  readonly keys: MerchantKeys;
  /** Decrypted request fields, canonical names; the source of the echoed values. */
  readonly request: Readonly<Record<string, string>>;
  readonly codeKey: string;
  readonly description?: string;
  /** Answer parameters from the engine or a script: PayID, XID, ReferenzID, CodeExt, ErrorText. */
  readonly result?: Readonly<Record<string, string>>;
}

/** A ReqId resubmission: the first answer, byte for byte. */
export interface ReplayOutcome {
  readonly kind: 'replay';
  readonly body: string;
  readonly fields: Readonly<Record<string, string>>;
}

export type CallOutcome = PlainOutcome | MerchantOutcome | ReplayOutcome;

/** Shorthand for the many stages that fail before anything could be decrypted. */
export function plainFailure(codeKey: string, description?: string): PlainOutcome {
  return description === undefined
    ? { kind: 'plain', codeKey }
    : { kind: 'plain', codeKey, description };
}

/** A failed call answered encrypted, echoing the request's ids. */
export function merchantFailure(
  request: { readonly keys: MerchantKeys; readonly fields: Readonly<Record<string, string>> },
  codeKey: string,
  description?: string,
): MerchantOutcome {
  const outcome: MerchantOutcome = {
    kind: 'merchant',
    keys: request.keys,
    request: request.fields,
    codeKey,
  };
  return description === undefined ? outcome : { ...outcome, description };
}
