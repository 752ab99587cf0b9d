import { type Decision, reject } from './decision.js';
import { transIdOf } from './fields.js';
import type { EngineContext } from './options.js';
import type { EngineRequest } from './types.js';

/**
 * The seed: "TransaktionsID, die für jede Zahlung eindeutig sein muss". Read
 * as: one TransID never spans two payments. Follow-up calls on the same PayID
 * may repeat it (ERP systems often send one TransID per order), but a BC/DC
 * (which opens a new payment) or a call on another PayID may not.
 *
 * @param payId the payment the call acts on; `undefined` when it opens one.
 */
export function transIdConflict(
  ctx: EngineContext,
  request: EngineRequest,
  payId: string | undefined,
): Decision | undefined {
  if (ctx.transIdRule === 'off') return undefined;
  const transId = transIdOf(request);
  const boundTo = ctx.store.payIdOfTransId(request.merchantId, transId);
  if (boundTo === undefined || boundTo === payId) return undefined;
  return reject(
    'business.duplicate-transid',
    `TransID ${transId} already belongs to another payment`,
    payId ? { PayID: payId } : undefined,
  );
}
