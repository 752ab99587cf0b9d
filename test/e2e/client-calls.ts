import type { PaygateClient } from '../../client/index.js';
import type { MerchantKeys } from '../../protocol/wire.js';
import { DEMO_MERCHANT } from '../../simulator/merchants/demo-merchant.js';

/** The demo merchant's Blowfish keys, as a client of it holds them. */
export const DEMO_KEYS: MerchantKeys = {
  merchantId: DEMO_MERCHANT.merchantId,
  encryptionKey: DEMO_MERCHANT.blowfishKey ?? '',
  hmacKey: DEMO_MERCHANT.hmacKey,
  encryption: 'blowfish',
};
export const UNKNOWN_PAY_ID = '0123456789ABCDEF0123456789ABCDEF';
export const PERSON = {
  FirstName: 'Erika',
  LastName: 'Mustermann',
  AddrStreet: 'Heidestr. 17',
  AddrDistrict: 'Mitte',
};

/** A BC (ZG) of 100.00 EUR for a debtor named after the TransID: a test finds its call by that TransID. */
export function creditCheckOf(transId: string) {
  return {
    TransID: transId,
    RequestReason: 'ZG' as const,
    RefNr: '4711',
    Amount: '10000',
    Currency: 'EUR',
    CustomerID: `K-${transId}`,
    ...PERSON,
  };
}

/**
 * Request builders and set-up steps for client tests. Every call gets a new
 * TransID `<prefix>-<n>` and every check a new CustomerID, so tests sharing a
 * simulator do not meet each other's limits or TransIDs.
 */
export function clientCalls(client: () => PaygateClient, prefix: string) {
  let counter = 0;
  const next = () => `${prefix}-${++counter}`;
  const call = (amount = 10_000) => ({
    TransID: next(),
    RefNr: '4711',
    Amount: String(amount),
    Currency: 'EUR',
  });
  const onPayId = (payId: string, amount = 10_000) => ({ ...call(amount), PayID: payId });
  const checkFields = (amount = 10_000) => ({
    ...call(amount),
    RequestReason: 'ZG' as const,
    CustomerID: next(),
    ...PERSON,
  });
  /** UP RG fields; due 2025-02-15 by default: overdue on the simulator's 2025-03-03. */
  const invoiceOf = (payId: string, amount = 10_000, dueDate = '2025-02-15') => ({
    ...onPayId(payId, amount),
    NetAmount: String(Math.round(amount / 1.19)),
    DebitorID: 'D-1',
    ...PERSON,
    InvoiceDate: '2025-02-01',
    DueDate: dueDate,
    InvoiceText: 'Rechnung',
  });
  const creditNoteOf = (payId: string, amount: number) => ({
    ...onPayId(payId, amount),
    NetAmount: String(amount),
    InvoiceDate: '2025-03-03',
    InvoiceText: 'Gutschrift',
  });
  const checked = (amount = 10_000) => client().creditCheck(checkFields(amount));
  /** BC + OC; the PayID. */
  const ordered = async (amount = 10_000) => {
    const { payId = '' } = await checked(amount);
    await client().createOrder(onPayId(payId, amount));
    return payId;
  };
  /** BC + OC + RG; the PayID. */
  const invoiced = async (amount = 10_000, dueDate?: string) => {
    const payId = await ordered(amount);
    await client().invoice(invoiceOf(payId, amount, dueDate));
    return payId;
  };
  return { next, call, onPayId, checkFields, invoiceOf, creditNoteOf, checked, ordered, invoiced };
}
