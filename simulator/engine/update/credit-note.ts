import { invoiceCreditableAmount } from '../../store/balances.js';
import type { PaymentRecord } from '../../store/records.js';
import { accept } from '../accept.js';
import { type Decision, reject } from '../decision.js';
import { amountOf, field } from '../fields.js';
import { zeroAmount } from '../follow-up.js';
import type { EngineContext } from '../options.js';
import type { EngineRequest } from '../types.js';
import { allocate, applyAllocations } from './allocate.js';

/**
 * UP GU: a credit note of at most what was invoiced and not yet credited.
 * The seed makes InvoiceNr the number "der Rechnung oder Gutschrift": when it
 * names an invoice of this PayID the credit goes against that invoice;
 * otherwise it is the credit note's own number and the credit is spread over
 * the invoices newest first (returns usually concern the latest shipment).
 */
export function creditNote(
  ctx: EngineContext,
  request: EngineRequest,
  payment: PaymentRecord,
): Decision {
  const zero = zeroAmount(request, payment);
  if (zero) return zero;
  const amount = amountOf(request);
  const sentNr = field(request, 'InvoiceNr');
  const target = payment.invoices.find((i) => i.invoiceNr === sentNr);
  const candidates = target ? [target] : [...payment.invoices].reverse();
  const allocations = allocate(
    amount,
    candidates.map((i) => ({ invoiceNr: i.invoiceNr, capacity: invoiceCreditableAmount(i) })),
  );
  if (!allocations) {
    const creditable = candidates.reduce((sum, i) => sum + invoiceCreditableAmount(i), 0);
    const description = `credit ${amount} exceeds the creditable amount ${creditable}`;
    return reject('business.credit-above-invoiced', description, { PayID: payment.payId });
  }

  const creditNoteNr = (target ? undefined : sentNr) ?? ctx.ids.documentNr();
  const credited = applyAllocations(payment, allocations, (invoice, share) => ({
    ...invoice,
    creditedAmount: invoice.creditedAmount + share,
  }));
  const note = { creditNoteNr, amount, allocations, createdAt: ctx.clock.now() };
  return accept(ctx, request, { ...credited, creditNotes: [...credited.creditNotes, note] });
}
