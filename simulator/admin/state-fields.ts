import type { FakeDebtor } from '../ids/fake-debtor.js';
import type { StateRequest } from './state-request.js';

/** Ids of one seeded state: `STATE<n>BC`, `STATE<n>OC`, `STATE<n>RG` as TransIDs, `<n>` as RefNr. */
export interface StateNames {
  readonly number: number;
  readonly customerId: string;
  /** Name and address the state's BC and RG carry (faker, seeded with the simulator). */
  readonly debtor: FakeDebtor;
}

export function bcFields(body: StateRequest, names: StateNames): Record<string, string> {
  return {
    EventToken: 'BC',
    RequestReason: body.requestReason,
    TransID: `STATE${names.number}BC`,
    RefNr: String(names.number),
    CustomerID: names.customerId,
    Amount: String(body.amount),
    Currency: body.currency,
    ...names.debtor,
  };
}

export function ocFields(
  body: StateRequest,
  names: StateNames,
  payId: string,
): Record<string, string> {
  return {
    EventToken: 'OC',
    PayID: payId,
    TransID: `STATE${names.number}OC`,
    RefNr: String(names.number),
    Amount: String(body.amount),
    Currency: body.currency,
  };
}

/** UP RG; the invoice day defaults to the simulated today. */
export function rgFields(
  body: StateRequest,
  names: StateNames,
  payId: string,
  today: string,
): Record<string, string> {
  const invoice = body.invoice;
  const amount = invoice.amount ?? body.amount;
  return {
    EventToken: 'UP',
    RequestReason: 'RG',
    PayID: payId,
    TransID: `STATE${names.number}RG`,
    RefNr: String(names.number),
    Amount: String(amount),
    Currency: body.currency,
    NetAmount: String(invoice.netAmount ?? amount),
    DebitorID: names.customerId,
    ...names.debtor,
    InvoiceDate: invoice.invoiceDate ?? today,
    InvoiceText: 'Seeded invoice',
    ...(invoice.dueDate ? { DueDate: invoice.dueDate } : {}),
    ...(invoice.capture ? { Capture: invoice.capture } : {}),
  };
}
