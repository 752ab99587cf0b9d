import { invoiceOpenAmount } from '../../store/balances.js';
import type { InvoiceRecord, PaymentRecord } from '../../store/records.js';
import { accept } from '../accept.js';
import { type Decision, reject } from '../decision.js';
import { amountOf } from '../fields.js';
import { zeroAmount } from '../follow-up.js';
import type { EngineContext } from '../options.js';
import type { EngineRequest } from '../types.js';
import { allocate, applyAllocations } from './allocate.js';
import { namedInvoice } from './named-invoice.js';

/**
 * UP ZA: a payment received, at most the open balance. With InvoiceNr it
 * pays that invoice; without, it settles the open invoices oldest first.
 * Invoices booked with Capture=AUTO are paid already: the seed forbids a ZA
 * for them.
 */
export function receipt(
  ctx: EngineContext,
  request: EngineRequest,
  payment: PaymentRecord,
): Decision {
  const payIdOnly = { PayID: payment.payId };
  const zero = zeroAmount(request, payment);
  if (zero) return zero;
  const named = namedInvoice(payment, request);
  if (!named.ok) return named.decision;

  const candidates: readonly InvoiceRecord[] = named.invoice
    ? [named.invoice]
    : payment.invoices.filter((i) => !i.autoCaptured);
  const allAuto = payment.invoices.length > 0 && payment.invoices.every((i) => i.autoCaptured);
  if (named.invoice?.autoCaptured || (!named.invoice && allAuto)) {
    const description = 'paid with Capture=AUTO already; no separate ZA is allowed';
    return reject('business.already-paid-auto', description, payIdOnly);
  }
  const amount = amountOf(request);
  const allocations = allocate(
    amount,
    candidates.map((i) => ({ invoiceNr: i.invoiceNr, capacity: invoiceOpenAmount(i) })),
  );
  if (!allocations) {
    const open = candidates.reduce((sum, i) => sum + Math.max(0, invoiceOpenAmount(i)), 0);
    const description = `payment ${amount} exceeds the open balance ${open}`;
    return reject('business.payment-above-balance', description, payIdOnly);
  }

  const paid = applyAllocations(payment, allocations, (invoice, share) => ({
    ...invoice,
    paidAmount: invoice.paidAmount + share,
  }));
  const entry = { amount, auto: false, allocations, createdAt: ctx.clock.now() };
  return accept(ctx, request, { ...paid, receipts: [...paid.receipts, entry] });
}
