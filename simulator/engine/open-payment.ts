import type { CreditCheckRecord, PaymentRecord } from '../store/records.js';
import { currencyOf, field } from './fields.js';
import type { EngineContext } from './options.js';
import type { EngineRequest } from './types.js';

/** A new, empty payment under a fresh PayID: what BC and DC start from. */
export function openPayment(
  ctx: EngineContext,
  request: EngineRequest,
  origin: 'BC' | 'DC',
  creditCheck?: CreditCheckRecord,
): PaymentRecord {
  return {
    payId: ctx.ids.payId(),
    merchantId: request.merchantId,
    customerId: customerIdOf(request),
    origin,
    currency: currencyOf(request),
    ...(creditCheck ? { creditCheck } : {}),
    invoices: [],
    creditNotes: [],
    receipts: [],
    transactions: [],
    createdAt: ctx.clock.now(),
  };
}

export function customerIdOf(request: EngineRequest): string {
  return field(request, 'CustomerID') ?? '';
}
