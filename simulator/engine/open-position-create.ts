import { accept } from './accept.js';
import { assessOrder } from './credit-policy.js';
import { type Decision, reject } from './decision.js';
import { amountOf, field } from './fields.js';
import { declined, findFollowUpPayment, zeroAmount } from './follow-up.js';
import type { EngineContext } from './options.js';
import type { EngineRequest } from './types.js';

/**
 * OC: Open Position Create. One order per PayID, on an accepted BC (at most
 * the checked amount) or on a DC (no cap: nothing was checked).
 */
export function openPositionCreate(ctx: EngineContext, request: EngineRequest): Decision {
  const found = findFollowUpPayment(ctx, request);
  if (!found.ok) return found.decision;
  const payment = found.payment;
  const payIdOnly = { PayID: payment.payId };

  const zero = zeroAmount(request, payment);
  if (zero) return zero;
  if (payment.creditCheck && !payment.creditCheck.accepted) return declined(payment);
  // Invoices on a DC PayID without OC stand for an order of their own.
  if (payment.order || payment.invoices.length > 0) {
    return reject('business.order-exists', 'this PayID already has an order', payIdOnly);
  }
  const amount = amountOf(request);
  const checked = payment.creditCheck?.amount;
  if (checked !== undefined && amount > checked) {
    const description = `order amount ${amount} exceeds the checked amount ${checked}`;
    return reject('business.amount-above-checked', description, payIdOnly);
  }
  const verdict = assessOrder(ctx, request.merchantId, payment, amount);
  if (!verdict.accepted) {
    return reject('business.credit-declined', 'the order would exceed the credit limit', {
      ...payIdOnly,
      CodeExt: verdict.reason.codeExt,
      ErrorText: verdict.reason.errorText,
    });
  }

  const order = {
    refNr: field(request, 'RefNr') ?? '',
    amount,
    cancelledAmount: 0,
    status: 'open' as const,
    createdAt: ctx.clock.now(),
  };
  return accept(ctx, request, { ...payment, order });
}
