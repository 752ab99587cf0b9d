import { addDays, isIsoDate } from '../../ids/calendar.js';
import { type Decision, reject } from '../decision.js';
import { field } from '../fields.js';
import type { EngineContext } from '../options.js';
import type { EngineRequest } from '../types.js';

export type InvoiceDates =
  | { ok: true; invoiceDate: string; dueDate: string }
  | { ok: false; decision: Decision };

/**
 * InvoiceDate (today when absent) and DueDate (InvoiceDate plus the payment
 * term when absent). Both must be real `YYYY-MM-DD` days: the format check
 * (ans..10) lets `2025-13-45` through, but dunning compares dates.
 */
export function invoiceDates(
  ctx: EngineContext,
  request: EngineRequest,
  payId: string,
): InvoiceDates {
  const invoiceDate = field(request, 'InvoiceDate') ?? ctx.clock.today();
  const dueDate = field(request, 'DueDate') ?? addDays(invoiceDate, ctx.paymentTermDays);
  for (const [name, value] of [
    ['InvoiceDate', invoiceDate],
    ['DueDate', dueDate],
  ] as const) {
    if (!isIsoDate(value)) {
      const description = `${name} ${value} is not a date in the form YYYY-MM-DD`;
      return {
        ok: false,
        decision: reject('business.invalid-date', description, { PayID: payId }),
      };
    }
  }
  return { ok: true, invoiceDate, dueDate };
}
