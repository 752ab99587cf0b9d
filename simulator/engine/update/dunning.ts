import { invoiceOpenAmount } from '../../store/balances.js';
import type { InvoiceRecord, PaymentRecord } from '../../store/records.js';
import { accept } from '../accept.js';
import { type Decision, reject } from '../decision.js';
import type { EngineContext } from '../options.js';
import type { EngineRequest } from '../types.js';
import { replaceInvoice } from './allocate.js';
import { namedInvoice, writtenOff } from './named-invoice.js';

/** Due before today and something left to pay: the only invoices one may dun. */
export function isOverdue(invoice: InvoiceRecord, today: string): boolean {
  return invoice.dueDate < today && invoiceOpenAmount(invoice) > 0;
}

/**
 * UP MA: one dunning level up for an overdue invoice; without InvoiceNr the
 * oldest overdue invoice. Amount is not checked (the dunned sum is the open
 * balance anyway).
 */
export function dun(ctx: EngineContext, request: EngineRequest, payment: PaymentRecord): Decision {
  const payIdOnly = { PayID: payment.payId };
  const named = namedInvoice(payment, request);
  if (!named.ok) return named.decision;
  const today = ctx.clock.today();
  const target = named.invoice ?? payment.invoices.find((i) => !i.defaulted && isOverdue(i, today));
  const defaulted = writtenOff(target, payment);
  if (defaulted) return defaulted;
  if (!target || !isOverdue(target, today)) {
    const which = target ? `invoice ${target.invoiceNr} is not` : 'no invoice of this PayID is';
    return reject('business.not-overdue', `${which} overdue on ${today}`, payIdOnly);
  }
  const next = { ...target, dunningLevel: target.dunningLevel + 1 };
  return accept(ctx, request, replaceInvoice(payment, next));
}

/**
 * UP RM: back to dunning level 0; without InvoiceNr the oldest dunned
 * invoice. Amount is not checked.
 */
export function resetDunning(
  ctx: EngineContext,
  request: EngineRequest,
  payment: PaymentRecord,
): Decision {
  const payIdOnly = { PayID: payment.payId };
  const named = namedInvoice(payment, request);
  if (!named.ok) return named.decision;
  const target = named.invoice ?? payment.invoices.find((i) => !i.defaulted && i.dunningLevel > 0);
  const defaulted = writtenOff(target, payment);
  if (defaulted) return defaulted;
  if (!target || target.dunningLevel === 0) {
    const which = target ? `invoice ${target.invoiceNr} has no` : 'no invoice of this PayID has a';
    return reject('business.no-dunning', `${which} dunning level`, payIdOnly);
  }
  return accept(ctx, request, replaceInvoice(payment, { ...target, dunningLevel: 0 }));
}
