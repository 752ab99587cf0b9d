import type { Decision } from '../decision.js';
import { field } from '../fields.js';
import { findFollowUpPayment, orderMissing } from '../follow-up.js';
import type { EngineContext } from '../options.js';
import type { EngineRequest } from '../types.js';
import { creditNote } from './credit-note.js';
import { dun, resetDunning } from './dunning.js';
import { invoice } from './invoice.js';
import { receipt } from './receipt.js';
import { writeOff } from './write-off.js';

const byReason = {
  RG: invoice,
  GU: creditNote,
  ZA: receipt,
  MA: dun,
  RM: resetDunning,
  DF: writeOff,
} as const;

/** UP: one of RG, GU, ZA, MA, RM, DF on a payment that has an order (or is a DC). */
export function update(ctx: EngineContext, request: EngineRequest): Decision {
  const reason = field(request, 'RequestReason') ?? '';
  const handler = Object.hasOwn(byReason, reason)
    ? byReason[reason as keyof typeof byReason]
    : undefined;
  // The validator admits only these six; anything else reaching here is a pipeline bug.
  if (!handler) throw new Error(`UP with unvalidated RequestReason ${reason}`);
  const found = findFollowUpPayment(ctx, request);
  if (!found.ok) return found.decision;
  const missing = orderMissing(found.payment);
  if (missing) return missing;
  return handler(ctx, request, found.payment);
}
