import type { StorableResult } from '../../client/index.js';
import { formatArticleList } from '../../protocol/reference/article-list.js';

/**
 * The ERP side of the examples, as small as the flows allow: a customer from
 * the master data, an order with its lines, and what the ERP keeps of the
 * Paygate calls (references only, see `toStorable`).
 */

/** A customer of the master data. `id` is both CustomerID (BC) and DebitorID (RG): ans..10. */
export interface Customer {
  readonly id: string;
  readonly salutation?: 'Herr' | 'Frau' | 'Firma';
  readonly firstName: string;
  readonly lastName: string;
  readonly street: string;
  readonly district: string;
  readonly zip?: string;
  readonly city?: string;
  readonly countryCode?: string;
  readonly email?: string;
}

/** One article of an order. Prices in cents; `vatRate` in hundredths of a percent (1900 = 19 %). */
export interface OrderLine {
  readonly articleNr: string;
  readonly name: string;
  readonly grossPrice: number;
  readonly netPrice: number;
  readonly vatRate: number;
  readonly productGroup: string;
}

export type OrderStatus = 'entered' | 'accepted' | 'stopped';

/** Why an order was stopped: the Paygate's code and text, or the local validation's. */
export interface StopReason {
  /** BC, OC (debtor interface), or AUTH: the card authorization at order entry. */
  readonly step: 'BC' | 'OC' | 'AUTH';
  /** declined: Real Solution said no; rejected: the gateway refused the request; invalid: not sent. */
  readonly kind: 'declined' | 'rejected' | 'invalid';
  /** The 8-digit Code; absent when nothing was sent. */
  readonly code?: string;
  readonly description: string;
  readonly codeExt?: string;
  readonly errorText?: string;
}

/** The ERP's order. The payment side is references only: PayID and the stored call results. */
export interface ErpOrder {
  /** Digits (and '-') only: it is the RefNr, format ns..30. */
  readonly orderNr: string;
  readonly customer: Customer;
  readonly lines: readonly OrderLine[];
  readonly currency: string;
  readonly status: OrderStatus;
  /** The packing slip is printed only for an accepted order. */
  readonly packingSlip: boolean;
  readonly payId?: string;
  readonly stop?: StopReason;
  /** `toStorable` of every Paygate answer for this order, oldest first. */
  readonly paygateLog: readonly StorableResult[];
}

/** A new order as the order entry creates it, before any Paygate call. */
export function newOrder(
  orderNr: string,
  customer: Customer,
  lines: readonly OrderLine[],
  currency = 'EUR',
): ErpOrder {
  return {
    orderNr,
    customer,
    lines,
    currency,
    status: 'entered',
    packingSlip: false,
    paygateLog: [],
  };
}

/** The order's PayID; throws for an order the Paygate has not accepted. */
export function payIdOf(order: ErpOrder): string {
  if (order.status !== 'accepted' || order.payId === undefined) {
    throw new Error(`order ${order.orderNr} is ${order.status}: it has no usable PayID`);
  }
  return order.payId;
}

/** One TransID per call, readable in the journal: `<orderNr>-<step>`. */
export function transIdOf(order: ErpOrder, step: string): string {
  return `${order.orderNr}-${step}`;
}

export const grossTotal = (lines: readonly OrderLine[]) =>
  lines.reduce((sum, line) => sum + line.grossPrice, 0);

export const netTotal = (lines: readonly OrderLine[]) =>
  lines.reduce((sum, line) => sum + line.netPrice, 0);

/** The lines with the given article numbers, in order; throws for a number the order lacks. */
export function linesOf(lines: readonly OrderLine[], articleNrs: readonly string[]): OrderLine[] {
  return articleNrs.map((articleNr) => {
    const line = lines.find((l) => l.articleNr === articleNr);
    if (!line) throw new Error(`article ${articleNr} is not part of these lines`);
    return line;
  });
}

/** ArticleList and TaxCode of an invoice; one TaxCode per invoice, so one VAT rate. */
export function articleFieldsOf(lines: readonly OrderLine[]): {
  ArticleList: string;
  TaxCode: string;
} {
  const rates = new Set(lines.map((line) => line.vatRate));
  const [rate] = rates;
  if (rate === undefined || rates.size > 1) {
    throw new Error('an invoice carries one TaxCode: invoice each VAT rate separately');
  }
  const articles = lines.map((line) => ({
    number: line.articleNr,
    name: line.name,
    addition: '',
    grossPrice: line.grossPrice,
    netPrice: line.netPrice,
    vatRate: line.vatRate,
    productGroup: line.productGroup,
  }));
  return { ArticleList: formatArticleList(articles), TaxCode: String(rate) };
}

/** The address block of BC, DC and RG, from the master data; the client drops absent fields. */
export function addressFieldsOf(customer: Customer) {
  return {
    Salutation: customer.salutation,
    FirstName: customer.firstName,
    LastName: customer.lastName,
    AddrStreet: customer.street,
    AddrDistrict: customer.district,
    AddrZIP: customer.zip,
    AddrCity: customer.city,
    AddrCountryCode: customer.countryCode,
    Email: customer.email,
  };
}

/** `YYYY-MM-DD` plus days. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** What an example prints of an order: status and references, without the master data. */
export function orderSummary(order: ErpOrder) {
  const { orderNr, status, packingSlip, payId, stop } = order;
  return { orderNr, status, packingSlip, payId, stop, total: grossTotal(order.lines) };
}
