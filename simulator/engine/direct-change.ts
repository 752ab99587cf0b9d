import { accept } from './accept.js';
import { debtorFromFields } from './debtor-from-fields.js';
import type { Decision } from './decision.js';
import { customerIdOf, openPayment } from './open-payment.js';
import type { EngineContext } from './options.js';
import { transIdConflict } from './trans-id.js';
import type { EngineRequest } from './types.js';

/**
 * DC: DirectChange. The seed: no credit check, the data is only stored in the
 * Paygate and reaches Real Solution with the first UP+RG; an OC is not
 * necessary. So the PayID may be invoiced right away, without a cap, or get
 * an OC (uncapped too: there is no checked amount).
 */
export function directChange(ctx: EngineContext, request: EngineRequest): Decision {
  const conflict = transIdConflict(ctx, request, undefined);
  if (conflict) return conflict;
  const customerId = customerIdOf(request);
  const existing = ctx.store.findDebtor(request.merchantId, customerId);
  const debtor = debtorFromFields(customerId, request, existing, ctx.clock.now());
  return accept(ctx, request, openPayment(ctx, request, 'DC'), [debtor]);
}
