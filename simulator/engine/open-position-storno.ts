import { uninvoicedAmount } from '../store/balances.js';
import { accept } from './accept.js';
import { type Decision, reject } from './decision.js';
import { amountOf } from './fields.js';
import { findFollowUpPayment, orderMissing, zeroAmount } from './follow-up.js';
import type { EngineContext } from './options.js';
import type { EngineRequest } from './types.js';

/**
 * OS: Open Position Storno. Cancels Amount of the order's uninvoiced rest
 * (the ERP flow: invoice what ships, cancel the rest). Once the rest is
 * fully cancelled the order is `cancelled` and takes no more invoices; a
 * smaller Amount cancels part of the rest and leaves the order open.
 */
export function openPositionStorno(ctx: EngineContext, request: EngineRequest): Decision {
  const found = findFollowUpPayment(ctx, request);
  if (!found.ok) return found.decision;
  const payment = found.payment;
  const payIdOnly = { PayID: payment.payId };

  const blocked = zeroAmount(request, payment) ?? orderMissing(payment);
  if (blocked) return blocked;
  const order = payment.order;
  // A DC PayID invoiced without OC has no open position to cancel.
  if (!order) return reject('business.no-order', 'no order (OC) exists for this PayID', payIdOnly);
  if (order.status === 'cancelled') {
    return reject('business.order-cancelled', 'the order is already cancelled', payIdOnly);
  }
  const rest = uninvoicedAmount(payment) ?? 0;
  if (rest <= 0) {
    return reject(
      'business.order-fully-invoiced',
      'nothing of the order is left to cancel',
      payIdOnly,
    );
  }
  const amount = amountOf(request);
  if (amount > rest) {
    const description = `cancel amount ${amount} exceeds the uninvoiced rest ${rest}`;
    return reject('business.amount-above-open', description, payIdOnly);
  }

  const cancelled = {
    ...order,
    cancelledAmount: order.cancelledAmount + amount,
    status: amount === rest ? ('cancelled' as const) : ('open' as const),
  };
  return accept(ctx, request, { ...payment, order: cancelled });
}
