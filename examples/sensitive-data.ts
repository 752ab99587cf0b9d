import type { PaygateClient, StorableResult } from '../client/index.js';
import { demoClient } from './lib/demo-client.js';
import { type ErpOrder, newOrder, orderSummary } from './lib/erp.js';
import { isMain, runMain } from './lib/run-main.js';
import { newOrderNr, sampleCustomer, sampleLines } from './lib/sample-data.js';
import { type BankAccount, enterOrder } from './order-entry.js';

/** What the ERP keeps of a payment: its order number and the Paygate's references. */
export interface StoredPayment {
  readonly orderNr: string;
  readonly payId: string | undefined;
  /** `toStorable` of each answer: PayID, XID, TransID, RefNr, Status, Code. */
  readonly calls: readonly StorableResult[];
}

export function storedPaymentOf(order: ErpOrder): StoredPayment {
  return { orderNr: order.orderNr, payId: order.payId, calls: order.paygateLog };
}

/**
 * Sensitive data: a direct-debit guarantee (BC ZL) needs the IBAN, which
 * goes from the checkout to the gateway in the encrypted request and nowhere
 * else. The order keeps the PayID and TransIDs only: later calls (OC, UP, OS)
 * need nothing more, and the gateway holds the bank data.
 *
 * @example
 * const { stored } = await directDebitOrder(client, order, { owner, iban });
 * await db.payments.insert(stored); // no IBAN, no name: references only
 */
export async function directDebitOrder(
  client: PaygateClient,
  order: ErpOrder,
  bankAccount: BankAccount,
): Promise<{ order: ErpOrder; stored: StoredPayment }> {
  const entered = await enterOrder(client, order, { requestReason: 'ZL', bankAccount });
  return { order: entered, stored: storedPaymentOf(entered) };
}

async function main() {
  const client = demoClient(process.env);
  // A well-known test IBAN, typed in at the checkout.
  const bankAccount = { owner: 'Frau;Erika;Mustermann', iban: 'DE02120300000000202051' };
  const { order, stored } = await directDebitOrder(
    client,
    newOrder(newOrderNr(), sampleCustomer(), sampleLines),
    bankAccount,
  );
  const kept = JSON.stringify(stored);
  return {
    order: orderSummary(order),
    stored,
    storedHoldsIban: kept.includes(bankAccount.iban),
    storedHoldsName: kept.includes('Mustermann'),
  };
}

if (isMain(import.meta.url)) await runMain(main);
