import type { InvoiceRecord, PaymentRecord } from '../../store/records.js';
import { type Decision, reject } from '../decision.js';
import { field } from '../fields.js';
import type { EngineRequest } from '../types.js';

export type InvoiceChoice =
  | { ok: true; invoice: InvoiceRecord | undefined }
  | { ok: false; decision: Decision };

/**
 * The invoice the request names by InvoiceNr; `invoice: undefined` when it
 * names none (the caller then applies its own default), a failure when it
 * names one this PayID does not have.
 */
export function namedInvoice(payment: PaymentRecord, request: EngineRequest): InvoiceChoice {
  const invoiceNr = field(request, 'InvoiceNr');
  if (invoiceNr === undefined) return { ok: true, invoice: undefined };
  const invoice = payment.invoices.find((i) => i.invoiceNr === invoiceNr);
  if (invoice) return { ok: true, invoice };
  const description = `invoice ${invoiceNr} does not exist for this PayID`;
  return {
    ok: false,
    decision: reject('business.invoice-unknown', description, { PayID: payment.payId }),
  };
}

/** A written-off invoice takes no further dunning or default; `undefined` for any other. */
export function writtenOff(
  invoice: InvoiceRecord | undefined,
  payment: PaymentRecord,
): Decision | undefined {
  if (!invoice?.defaulted) return undefined;
  const description = `invoice ${invoice.invoiceNr} is written off`;
  return reject('business.already-defaulted', description, { PayID: payment.payId });
}
