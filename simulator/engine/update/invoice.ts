import { uninvoicedAmount } from '../../store/balances.js';
import type { DebtorRecord, InvoiceRecord, PaymentRecord } from '../../store/records.js';
import { accept } from '../accept.js';
import { debtorFromFields } from '../debtor-from-fields.js';
import { type Decision, reject } from '../decision.js';
import { amountOf, field } from '../fields.js';
import { zeroAmount } from '../follow-up.js';
import type { EngineContext } from '../options.js';
import type { EngineRequest } from '../types.js';
import { invoiceDates } from './invoice-dates.js';

/**
 * UP RG: an invoice for what ships, never more than the order's uninvoiced
 * rest (a DC PayID without OC has no cap). Capture=AUTO books it as paid at
 * once. The address data of the RG updates the debtor named by DebitorID.
 */
export function invoice(
  ctx: EngineContext,
  request: EngineRequest,
  payment: PaymentRecord,
): Decision {
  const payIdOnly = { PayID: payment.payId };
  const zero = zeroAmount(request, payment);
  if (zero) return zero;
  if (payment.order?.status === 'cancelled') {
    return reject('business.order-cancelled', 'the order was cancelled (OS)', payIdOnly);
  }
  const amount = amountOf(request);
  const rest = uninvoicedAmount(payment);
  if (rest !== null && rest <= 0) {
    return reject('business.order-fully-invoiced', 'the order is fully invoiced', payIdOnly);
  }
  if (rest !== null && amount > rest) {
    const description = `invoice amount ${amount} exceeds the uninvoiced rest ${rest}`;
    return reject('business.amount-above-open', description, payIdOnly);
  }
  const sentNr = field(request, 'InvoiceNr');
  if (sentNr !== undefined && payment.invoices.some((i) => i.invoiceNr === sentNr)) {
    return reject('business.invoice-exists', `invoice ${sentNr} already exists`, payIdOnly);
  }
  const dates = invoiceDates(ctx, request, payment.payId);
  if (!dates.ok) return dates.decision;
  // Generated only once every check passed, so a rejected call uses up no id.
  const invoiceNr = sentNr ?? ctx.ids.documentNr();

  const now = ctx.clock.now();
  const autoCaptured = field(request, 'Capture')?.toUpperCase() === 'AUTO';
  const f = (name: string) => field(request, name);
  const newInvoice: InvoiceRecord = withoutUndefined({
    invoiceNr,
    invoiceDate: dates.invoiceDate,
    dueDate: dates.dueDate,
    amount,
    netAmount: Number.parseInt(f('NetAmount') ?? '0', 10),
    taxCode: f('TaxCode'),
    invoiceText: f('InvoiceText') ?? f('OrderDesc'),
    articleList: f('ArticleList'),
    payType: f('PayType'),
    debitorId: f('DebitorID'),
    autoCaptured,
    paidAmount: autoCaptured ? amount : 0,
    creditedAmount: 0,
    defaultedAmount: 0,
    dunningLevel: 0,
    defaulted: false,
    createdAt: now,
  });
  const autoReceipt = { amount, auto: true, allocations: [{ invoiceNr, amount }], createdAt: now };
  const next: PaymentRecord = {
    ...payment,
    invoices: [...payment.invoices, newInvoice],
    receipts: autoCaptured ? [...payment.receipts, autoReceipt] : payment.receipts,
  };
  return accept(ctx, request, next, debtorOf(ctx, request, now));
}

function debtorOf(ctx: EngineContext, request: EngineRequest, now: string): DebtorRecord[] {
  const debitorId = field(request, 'DebitorID');
  if (!debitorId) return [];
  const existing = ctx.store.findDebtor(request.merchantId, debitorId);
  return [debtorFromFields(debitorId, request, existing, now)];
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
