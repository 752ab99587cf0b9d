import type { PaymentCodeKey } from '../../../../protocol/codes/index.js';
import type { EngineOutcome } from '../../../engine/index.js';
import type { Clock } from '../../../ids/clock.js';
import type { IdSource } from '../../../ids/id-source.js';
import type { GatewayPaymentRecord } from '../../../store/gateway-records.js';
import type { Store } from '../../../store/store.js';

/** What a payment handler reads: state, ids, time, and the merchant's options. */
export interface PaymentContext {
  readonly store: Store;
  readonly ids: IdSource;
  readonly clock: Clock;
  readonly merchantId: string;
  /** Ours: credits may exceed what was captured (live allows it per merchant contract). */
  readonly creditBeyondCapture: boolean;
}

/**
 * A handler's verdict: the answer, and the payment version to commit. As in
 * the debtor engine, handlers only read; the interface commits, so a
 * rejected call changes nothing.
 */
export interface PaymentDecision {
  readonly outcome: EngineOutcome;
  readonly payment?: GatewayPaymentRecord;
}

/** Codes a payment handler may answer with: its own, unknown PayID, and validation keys. */
export type PaymentFailureKey = PaymentCodeKey | 'business.unknown-payid' | `validation.${string}`;

export function refuse(
  codeKey: PaymentFailureKey,
  description: string,
  result?: Record<string, string>,
): PaymentDecision {
  return { outcome: { ok: false, codeKey, description, ...(result ? { result } : {}) } };
}
