import { calendarDay } from '../../../ids/calendar.js';
import { DEFAULT_TIME_ZONE } from '../../../ids/clock.js';
import {
  type GatewayPaymentRecord,
  gatewayAmounts,
  lastStep,
  type PaymentStep,
} from '../../../store/gateway-records.js';
import { stepAnswer } from './answer-fields.js';
import { parseCaptureMode } from './capture-mode.js';
import { type PaymentContext, type PaymentDecision, refuse } from './context.js';
import { withDueCapture } from './due-captures.js';
import { authorize } from './open-payment.js';

type Fields = Readonly<Record<string, string>>;

/**
 * The payment a follow-up names, with a due delayed capture applied first;
 * or the refusal when the PayID is unknown (or another merchant's) or the
 * currency differs.
 */
function paymentOf(
  ctx: PaymentContext,
  fields: Fields,
): { payment: GatewayPaymentRecord } | { refused: PaymentDecision } {
  const stored = ctx.store.findGatewayPayment(ctx.merchantId, fields.PayID ?? '');
  if (!stored) return { refused: refuse('business.unknown-payid', 'PayID unknown') };
  const payment = withDueCapture(stored, ctx.clock.now(), ctx.ids);
  const currency = fields.Currency?.toUpperCase();
  if (currency !== undefined && currency !== payment.currency) {
    return {
      refused: refuse(
        'payments.currency-mismatch',
        `Currency differs from the payment (${payment.currency})`,
      ),
    };
  }
  return { payment };
}

/** The payment a capture or credit acts on: it must still be authorized. */
function authorizedPaymentOf(
  ctx: PaymentContext,
  fields: Fields,
): { payment: GatewayPaymentRecord } | { refused: PaymentDecision } {
  const found = paymentOf(ctx, fields);
  if ('refused' in found || found.payment.state === 'authorized') return found;
  return {
    refused: refuse('payments.not-authorized', `Payment not authorized (${found.payment.state})`),
  };
}

function addStep(
  ctx: PaymentContext,
  payment: GatewayPaymentRecord,
  kind: PaymentStep['kind'],
  fields: Fields,
): PaymentDecision {
  const now = ctx.clock.now();
  const step: PaymentStep = {
    kind,
    xid: ctx.ids.xid(),
    transId: fields.TransID ?? payment.transId,
    amount: Number(fields.Amount),
    at: now,
  };
  const next = { ...payment, steps: [...payment.steps, step], updatedAt: now };
  return { outcome: { ok: true, result: stepAnswer(next, step, 'OK') }, payment: next };
}

/** `capture.aspx`: several partial captures, never above what is still authorized. */
export function capture(ctx: PaymentContext, fields: Fields): PaymentDecision {
  const found = authorizedPaymentOf(ctx, fields);
  if ('refused' in found) return found.refused;
  const { payment } = found;
  const { authorized, captured } = gatewayAmounts(payment);
  const open = authorized - captured;
  if (Number(fields.Amount) > open) {
    return refuse(
      'payments.capture-exceeds-authorization',
      `Capture above the amount still authorized (${open})`,
    );
  }
  return addStep(ctx, payment, 'capture', fields);
}

/** `credit.aspx`: a refund on the payment's own method, never above what was captured and not credited. */
export function credit(ctx: PaymentContext, fields: Fields): PaymentDecision {
  const found = authorizedPaymentOf(ctx, fields);
  if ('refused' in found) return found.refused;
  const { payment } = found;
  const { captured, credited } = gatewayAmounts(payment);
  const open = captured - credited;
  if (!ctx.creditBeyondCapture && Number(fields.Amount) > open) {
    return refuse(
      'payments.credit-exceeds-capture',
      `Credit above the amount captured and not yet credited (${open})`,
    );
  }
  return addStep(ctx, payment, 'credit', fields);
}

/**
 * `reverse.aspx` undoes the payment's **last** step that still counts, as
 * live does: after two captures a reversal takes back the second one only,
 * and reaches the authorization only when nothing else is left. The amount
 * must be that step's. A capture or credit is settled at the end of its
 * day (simulator time, the Paygate's midnight): then only a credit helps.
 */
export function reverse(ctx: PaymentContext, fields: Fields): PaymentDecision {
  const found = paymentOf(ctx, fields);
  if ('refused' in found) return found.refused;
  const { payment } = found;
  const step = lastStep(payment);
  if (!step || payment.state !== 'authorized') {
    return refuse('payments.nothing-to-reverse', 'Nothing left to reverse');
  }
  if (step.kind !== 'authorize' && settledBy(step, ctx.clock.today())) {
    return refuse(
      'payments.already-settled',
      `The last ${step.kind} is settled: it cannot be reversed, credit instead`,
    );
  }
  if (Number(fields.Amount) !== step.amount) {
    return refuse(
      'payments.reverse-amount-mismatch',
      `Amount differs from the last step to reverse (${step.kind} of ${step.amount})`,
    );
  }
  const now = ctx.clock.now();
  const steps = payment.steps.map((s) => (s === step ? { ...s, reversedAt: now } : s));
  const next: GatewayPaymentRecord = {
    ...payment,
    steps,
    ...(step.kind === 'authorize' ? { state: 'reversed' as const } : {}),
    updatedAt: now,
  };
  const { captureDueAt: _cancelled, ...withoutDue } = next;
  const result = step.kind === 'authorize' ? withoutDue : next;
  return {
    outcome: { ok: true, result: { ...stepAnswer(result, step, 'OK'), XID: ctx.ids.xid() } },
    payment: result,
  };
}

/** A step settles at the end of the (Berlin) day it was made on. */
function settledBy(step: PaymentStep, today: string): boolean {
  return dayOf(step.at) < today;
}

function dayOf(instant: string): string {
  return calendarDay(new Date(instant), DEFAULT_TIME_ZONE);
}

/** `inquire.aspx`: the amounts that still count and the last step's status. */
export function inquire(ctx: PaymentContext, fields: Fields): PaymentDecision {
  const found = paymentOf(ctx, fields);
  if ('refused' in found) return found.refused;
  const { payment } = found;
  const { authorized, captured, credited } = gatewayAmounts(payment);
  const result = {
    PayID: payment.payId,
    Status: 'OK',
    AmountAuth: String(authorized),
    AmountCap: String(captured),
    AmountCred: String(credited),
    LastStatus: lastStatus(payment),
    Currency: payment.currency,
  };
  // A due capture applied on reading is state too: it is committed with the answer.
  const changed = payment !== ctx.store.findGatewayPayment(ctx.merchantId, payment.payId);
  return { outcome: { ok: true, result }, ...(changed ? { payment } : {}) };
}

/** Ours (live's list is not public): the state of the payment's newest step. */
function lastStatus(payment: GatewayPaymentRecord): string {
  if (payment.state === 'pending') return 'PENDING';
  if (payment.state === 'created') return 'CREATED';
  if (payment.state === 'failed') return 'FAILED';
  if (payment.state === 'reversed') return 'REVERSED';
  const step = lastStep(payment);
  if (!step) return 'REVERSED';
  return { authorize: 'AUTHORIZED', capture: 'CAPTURED', credit: 'CREDITED' }[step.kind];
}

/** `authorize.aspx`: authorizes a payment approved with TxType=Order (card page or PayPal). */
export function authorizeCreated(ctx: PaymentContext, fields: Fields): PaymentDecision {
  const found = paymentOf(ctx, fields);
  if ('refused' in found) return found.refused;
  const { payment } = found;
  if (payment.state !== 'created') {
    return refuse(
      'payments.not-awaiting-authorization',
      `Payment is not waiting for an authorization (${payment.state})`,
    );
  }
  const amount = Number(fields.Amount);
  if (amount > payment.amount) {
    return refuse(
      'payments.amount-above-order',
      `Amount above the amount the payment was created with (${payment.amount})`,
    );
  }
  const capture = fields.Capture === undefined ? payment.capture : undefined;
  const mode = capture ?? parseCaptureMode(fields.Capture);
  if (mode === undefined) {
    return refuse('validation.invalid:Capture', 'Capture invalid: AUTO, MANUAL or 1-696 hours');
  }
  return authorize(ctx, { ...payment, capture: mode, transId: payment.transId }, amount);
}
