import type {
  GatewayMethod,
  GatewayPaymentRecord,
  HostedPageRequest,
  MaskedCard,
} from '../../../store/gateway-records.js';
import { cardAnswer, stepAnswer } from './answer-fields.js';
import { parseCaptureMode } from './capture-mode.js';
import {
  type PaymentContext,
  type PaymentDecision,
  type PaymentFailureKey,
  refuse,
} from './context.js';

/** A new payment's request: the validated fields, and what the method adds. */
export interface NewPayment {
  readonly fields: Readonly<Record<string, string>>;
  readonly method: GatewayMethod;
  readonly card?: MaskedCard;
  readonly page?: HostedPageRequest;
  /** Set when the issuer (or the customer) refused: the payment is stored as failed. */
  readonly refusal?: { readonly codeKey: PaymentFailureKey; readonly description: string };
  /** TxType=Order: approved, but authorized only by a later `authorize.aspx`. */
  readonly orderOnly?: boolean;
  /** An existing PayID (a hosted page's pending payment) to complete instead of a new one. */
  readonly payId?: string;
}

/**
 * Opens (or completes) a payment: authorized, authorized and captured
 * (Capture=AUTO), waiting for authorize.aspx (TxType=Order), or failed with
 * the refusal's code. A failed payment is stored too, with its PayID, as
 * live answers one: an inquire on it shows the failure.
 */
export function openPayment(ctx: PaymentContext, request: NewPayment): PaymentDecision {
  const { fields } = request;
  const capture = parseCaptureMode(fields.Capture);
  if (capture === undefined) {
    return refuse('validation.invalid:Capture', 'Capture invalid: AUTO, MANUAL or 1-696 hours');
  }
  const now = ctx.clock.now();
  const amount = Number(fields.Amount);
  const base: GatewayPaymentRecord = {
    merchantId: ctx.merchantId,
    payId: request.payId ?? ctx.ids.payId(),
    transId: fields.TransID ?? '',
    ...(fields.RefNr === undefined ? {} : { refNr: fields.RefNr }),
    method: request.method,
    currency: (fields.Currency ?? '').toUpperCase(),
    amount,
    state: 'authorized',
    capture,
    ...(request.card ? { card: request.card } : {}),
    ...(request.page ? { page: request.page } : {}),
    steps: [],
    createdAt: now,
    updatedAt: now,
  };
  if (request.refusal) {
    const failed: GatewayPaymentRecord = { ...base, state: 'failed' };
    return {
      outcome: {
        ok: false,
        codeKey: request.refusal.codeKey,
        description: request.refusal.description,
        result: { PayID: failed.payId, ...cardAnswer(failed) },
      },
      payment: failed,
    };
  }
  if (request.orderOnly) {
    const created: GatewayPaymentRecord = { ...base, state: 'created' };
    return {
      outcome: { ok: true, result: stepAnswer(created, undefined, 'OK') },
      payment: created,
    };
  }
  return authorize(ctx, base, amount);
}

/** Adds the authorization (and, with Capture=AUTO, the capture) to a payment. */
export function authorize(
  ctx: PaymentContext,
  payment: GatewayPaymentRecord,
  amount: number,
): PaymentDecision {
  const now = ctx.clock.now();
  const authorization = {
    kind: 'authorize' as const,
    xid: ctx.ids.xid(),
    transId: payment.transId,
    amount,
    at: now,
  };
  if (payment.capture === 'AUTO') {
    const capture = {
      ...authorization,
      kind: 'capture' as const,
      xid: ctx.ids.xid(),
      automatic: true,
    };
    const captured: GatewayPaymentRecord = {
      ...payment,
      state: 'authorized',
      steps: [...payment.steps, authorization, capture],
      updatedAt: now,
    };
    return {
      outcome: { ok: true, result: stepAnswer(captured, capture, 'OK') },
      payment: captured,
    };
  }
  const due =
    typeof payment.capture === 'object'
      ? {
          captureDueAt: new Date(Date.parse(now) + payment.capture.hours * 3_600_000).toISOString(),
        }
      : {};
  const authorized: GatewayPaymentRecord = {
    ...payment,
    ...due,
    state: 'authorized',
    steps: [...payment.steps, authorization],
    updatedAt: now,
  };
  return {
    outcome: { ok: true, result: stepAnswer(authorized, authorization, 'AUTHORIZED') },
    payment: authorized,
  };
}
