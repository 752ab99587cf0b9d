import { creditCheck } from './credit-check.js';
import type { Decision } from './decision.js';
import { directChange } from './direct-change.js';
import { field } from './fields.js';
import { openPositionCreate } from './open-position-create.js';
import { openPositionStorno } from './open-position-storno.js';
import { type EngineContext, type EngineOptions, engineContext } from './options.js';
import type { Engine, EngineOutcome, EngineRequest, EventToken } from './types.js';
import { update } from './update/update.js';

const byEventToken: Record<EventToken, (ctx: EngineContext, request: EngineRequest) => Decision> = {
  BC: creditCheck,
  DC: directChange,
  OC: openPositionCreate,
  UP: update,
  OS: openPositionStorno,
};

/**
 * The business rules of Real Debitorenmanagement over a store.
 *
 * Each call is decided first (reading only) and committed in one
 * `store.commit`; with a synchronous store nothing runs in between, so every
 * call is atomic and a rejected one leaves no trace.
 *
 * @example
 * const engine = createEngine({ store: createMemoryStore(), ids: seededIdSource(1), clock: settableClock('2025-03-01') });
 * engine.handle({ merchantId: 'shop', fields: { EventToken: 'BC', RequestReason: 'ZG', Amount: '1000', ... } });
 */
export function createEngine(options: EngineOptions): Engine {
  const ctx = engineContext(options);
  return {
    handle(request: EngineRequest): EngineOutcome {
      const token = field(request, 'EventToken') ?? '';
      const handler = Object.hasOwn(byEventToken, token)
        ? byEventToken[token as EventToken]
        : undefined;
      // The validator admits only the five tokens; anything else here is a pipeline bug.
      if (!handler) throw new Error(`unvalidated EventToken ${token}`);
      const decision = handler(ctx, request);
      if (decision.changes) ctx.store.commit(request.merchantId, decision.changes);
      return decision.outcome;
    },
  };
}
