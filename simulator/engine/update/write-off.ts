import { invoiceOpenAmount } from '../../store/balances.js';
import type { PaymentRecord } from '../../store/records.js';
import { accept } from '../accept.js';
import { type Decision, reject } from '../decision.js';
import { amountOf } from '../fields.js';
import { zeroAmount } from '../follow-up.js';
import type { EngineContext } from '../options.js';
import type { EngineRequest } from '../types.js';
import { replaceInvoice } from './allocate.js';
import { namedInvoice, writtenOff } from './named-invoice.js';

/**
 * UP DF: Ausfall. Writes Amount (at most the open balance) of one invoice
 * off and marks it defaulted; without InvoiceNr the oldest invoice with an
 * open balance. A smaller Amount leaves the rest open (a late payment may
 * still come in); a second DF on the same invoice fails.
 */
export function writeOff(
  ctx: EngineContext,
  request: EngineRequest,
  payment: PaymentRecord,
): Decision {
  const payIdOnly = { PayID: payment.payId };
  const zero = zeroAmount(request, payment);
  if (zero) return zero;
  const named = namedInvoice(payment, request);
  if (!named.ok) return named.decision;
  const target =
    named.invoice ??
    payment.invoices.find((i) => !i.defaulted && invoiceOpenAmount(i) > 0) ??
    payment.invoices.find((i) => i.defaulted);
  const defaulted = writtenOff(target, payment);
  if (defaulted) return defaulted;
  const amount = amountOf(request);
  const open = target ? invoiceOpenAmount(target) : 0;
  if (!target || amount > open) {
    const description = `default ${amount} exceeds the open balance ${Math.max(0, open)}`;
    return reject('business.default-above-balance', description, payIdOnly);
  }
  const next = { ...target, defaultedAmount: target.defaultedAmount + amount, defaulted: true };
  return accept(ctx, request, replaceInvoice(payment, next));
}
