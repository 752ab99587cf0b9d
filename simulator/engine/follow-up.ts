import type { PaymentRecord } from '../store/records.js';
import { type Decision, reject } from './decision.js';
import { amountOf, currencyOf, field } from './fields.js';
import type { EngineContext } from './options.js';
import { transIdConflict } from './trans-id.js';
import type { EngineRequest } from './types.js';

export type FollowUp = { ok: true; payment: PaymentRecord } | { ok: false; decision: Decision };

/**
 * The checks every call on an existing PayID (OC, UP, OS) starts with, in
 * this order: the PayID exists for this merchant, the TransID is not another
 * payment's, the currency is the payment's.
 */
export function findFollowUpPayment(ctx: EngineContext, request: EngineRequest): FollowUp {
  const payId = field(request, 'PayID') ?? '';
  // Another merchant's PayID is answered exactly like an unknown one: the
  // answer must not tell a merchant which PayIDs exist elsewhere.
  const payment = ctx.store.findPayment(request.merchantId, payId);
  if (!payment) {
    return { ok: false, decision: reject('business.unknown-payid', `PayID ${payId} is unknown`) };
  }
  const conflict = transIdConflict(ctx, request, payId);
  if (conflict) return { ok: false, decision: conflict };
  const currency = currencyOf(request);
  if (currency !== payment.currency) {
    const description = `currency ${currency} differs from the payment's ${payment.currency}`;
    return {
      ok: false,
      decision: reject('business.currency-mismatch', description, { PayID: payId }),
    };
  }
  return { ok: true, payment };
}

/** Amount 0 moves no money; the seed's n..10 allows it, the business rules do not. */
export function zeroAmount(request: EngineRequest, payment: PaymentRecord): Decision | undefined {
  if (amountOf(request) > 0) return undefined;
  return reject('business.amount-zero', 'Amount must be greater than 0', { PayID: payment.payId });
}

/** Declined checks and BC payments without OC cannot carry orders, invoices or their follow-ups. */
export function orderMissing(payment: PaymentRecord): Decision | undefined {
  const check = payment.creditCheck;
  if (check && !check.accepted) return declined(payment);
  if (payment.origin === 'BC' && !payment.order) {
    return reject('business.no-order', 'no order (OC) exists for this PayID', {
      PayID: payment.payId,
    });
  }
  return undefined;
}

/** The decline of the payment's credit check, repeated with Real Solution's reason. */
export function declined(payment: PaymentRecord): Decision {
  const check = payment.creditCheck;
  return reject('business.credit-declined', 'the credit check of this PayID was declined', {
    PayID: payment.payId,
    ...(check?.codeExt ? { CodeExt: check.codeExt } : {}),
    ...(check?.errorText ? { ErrorText: check.errorText } : {}),
  });
}
