import { accept, transact } from './accept.js';
import { assessCredit } from './credit-policy.js';
import { debtorFromFields } from './debtor-from-fields.js';
import { type Decision, reject } from './decision.js';
import { amountOf, currencyOf, field } from './fields.js';
import { customerIdOf, openPayment } from './open-payment.js';
import type { EngineContext } from './options.js';
import { transIdConflict } from './trans-id.js';
import type { EngineRequest } from './types.js';

/**
 * BC: Bonitätsprüfung. Stores the debtor and answers with a new PayID. A
 * decline is a failure answer, yet it is recorded (with its PayID) so an OC
 * on it can repeat the reason; its TransID stays free for a retry.
 */
export function creditCheck(ctx: EngineContext, request: EngineRequest): Decision {
  const conflict = transIdConflict(ctx, request, undefined);
  if (conflict) return conflict;
  const amount = amountOf(request);
  if (amount <= 0) return reject('business.amount-zero', 'Amount must be greater than 0');

  const customerId = customerIdOf(request);
  const now = ctx.clock.now();
  const existing = ctx.store.findDebtor(request.merchantId, customerId);
  const debtor = debtorFromFields(customerId, request, existing, now);
  const requestReason = field(request, 'RequestReason') ?? '';
  const verdict = assessCredit(ctx, {
    merchantId: request.merchantId,
    customerId,
    requestReason,
    amount,
    currency: currencyOf(request),
    debtor,
  });

  if (verdict.accepted) {
    const check = { requestReason, amount, accepted: true, checkedAt: now };
    return accept(ctx, request, openPayment(ctx, request, 'BC', check), [debtor]);
  }
  const { codeExt, errorText } = verdict.reason;
  const check = { requestReason, amount, accepted: false, codeExt, errorText, checkedAt: now };
  const done = transact(ctx, request, openPayment(ctx, request, 'BC', check));
  return {
    outcome: {
      ok: false,
      codeKey: 'business.credit-declined',
      description: `credit check declined: ${errorText}`,
      result: { ...done.result, CodeExt: codeExt, ErrorText: errorText },
    },
    changes: { payment: done.payment, debtors: [debtor] },
  };
}
