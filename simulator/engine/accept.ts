import type { DebtorRecord, PaymentRecord } from '../store/records.js';
import type { StoreChanges } from '../store/store.js';
import type { Decision } from './decision.js';
import { amountOf, field, transIdOf } from './fields.js';
import type { EngineContext } from './options.js';
import type { EngineRequest } from './types.js';

/** A payment after one more transaction, with the ids its answer carries. */
export interface Transacted {
  readonly payment: PaymentRecord;
  readonly result: Record<string, string>;
}

/** Appends the call to the payment's transaction log under a new XID and ReferenzID. */
export function transact(
  ctx: EngineContext,
  request: EngineRequest,
  payment: PaymentRecord,
): Transacted {
  const xid = ctx.ids.xid();
  const referenzId = ctx.ids.referenzId();
  const requestReason = field(request, 'RequestReason');
  const refNr = field(request, 'RefNr');
  const transaction = {
    xid,
    referenzId,
    eventToken: field(request, 'EventToken') ?? '',
    ...(requestReason ? { requestReason } : {}),
    transId: transIdOf(request),
    ...(refNr ? { refNr } : {}),
    amount: amountOf(request),
    at: ctx.clock.now(),
  };
  return {
    payment: { ...payment, transactions: [...payment.transactions, transaction] },
    result: { PayID: payment.payId, XID: xid, ReferenzID: referenzId },
  };
}

/** Success: the new payment version (plus debtors) to commit, the TransID bound to it. */
export function accept(
  ctx: EngineContext,
  request: EngineRequest,
  payment: PaymentRecord,
  debtors: readonly DebtorRecord[] = [],
): Decision {
  const done = transact(ctx, request, payment);
  return {
    outcome: { ok: true, result: done.result },
    changes: withTransIdBinding(ctx, request, { payment: done.payment, debtors }),
  };
}

function withTransIdBinding(
  ctx: EngineContext,
  request: EngineRequest,
  changes: StoreChanges & { payment: PaymentRecord },
): StoreChanges {
  const transId = transIdOf(request);
  const known = ctx.store.payIdOfTransId(request.merchantId, transId) !== undefined;
  if (known || transId === '') return changes;
  return { ...changes, transIds: [{ transId, payId: changes.payment.payId }] };
}
