import {
  PaygateAnswerError,
  type PaygateClient,
  PaygateDeclinedError,
  type PaygateResult,
  PaygateValidationError,
  toStorable,
} from '../client/index.js';
import { demoClient } from './lib/demo-client.js';
import {
  addressFieldsOf,
  type ErpOrder,
  grossTotal,
  newOrder,
  orderSummary,
  type StopReason,
  transIdOf,
} from './lib/erp.js';
import { isMain, runMain } from './lib/run-main.js';
import { expensiveLines, newOrderNr, sampleCustomer, sampleLines } from './lib/sample-data.js';

/** Bank data from the checkout, for ZL and VL checks: sent once, never kept in the order. */
export interface BankAccount {
  /** `Anrede;Vorname;Nachname`, ans..30. */
  readonly owner: string;
  readonly iban: string;
  readonly bic?: string;
}

export interface OrderEntryOptions {
  /** ZG (default) guarantee, ZL guarantee by direct debit, VK/VL prepayment. */
  readonly requestReason?: 'ZG' | 'ZL' | 'VK' | 'VL';
  readonly bankAccount?: BankAccount;
}

/**
 * Order entry (brochure, example 2): the credit check comes first; only an
 * accepted check creates the order (OC) and with it the packing slip. A
 * declined or failed check stops the order with the gateway's code and text.
 * Errors that decide nothing (timeout, keys) are thrown: the order stays `entered`.
 *
 * @example
 * const order = await enterOrder(client, newOrder('1001', customer, lines));
 * if (order.packingSlip) printPackingSlip(order); else showReason(order.stop);
 */
export async function enterOrder(
  client: PaygateClient,
  order: ErpOrder,
  options: OrderEntryOptions = {},
): Promise<ErpOrder> {
  const amount = String(grossTotal(order.lines));
  const { bankAccount } = options;
  const check = await attempt('BC', () =>
    client.creditCheck({
      TransID: transIdOf(order, 'BC'),
      RefNr: order.orderNr,
      Amount: amount,
      Currency: order.currency,
      RequestReason: options.requestReason ?? 'ZG',
      CustomerID: order.customer.id,
      ...addressFieldsOf(order.customer),
      AccOwner: bankAccount?.owner,
      IBAN: bankAccount?.iban,
      BIC: bankAccount?.bic,
    }),
  );
  const checked = withLog(order, check);
  if (!check.ok) return { ...checked, status: 'stopped', stop: check.stop };

  const payId = check.result.payId;
  const created = await attempt('OC', () =>
    client.createOrder({
      PayID: payId ?? '',
      TransID: transIdOf(order, 'OC'),
      RefNr: order.orderNr,
      Amount: amount,
      Currency: order.currency,
    }),
  );
  const ordered = { ...withLog(checked, created), payId };
  if (!created.ok) return { ...ordered, status: 'stopped', stop: created.stop };
  return { ...ordered, status: 'accepted', packingSlip: true };
}

type Attempt =
  | { ok: true; result: PaygateResult }
  | { ok: false; stop: StopReason; result?: PaygateResult };

/** One call; a FAILED answer or a local validation failure becomes the reason to stop. */
async function attempt(step: StopReason['step'], call: () => Promise<PaygateResult>) {
  try {
    return { ok: true, result: await call() } satisfies Attempt;
  } catch (error) {
    const stop = stopReasonOf(step, error);
    if (!stop) throw error;
    const result = error instanceof PaygateAnswerError ? error.result : undefined;
    return { ok: false, stop, result } satisfies Attempt;
  }
}

/** The reason an error gives to stop an order; undefined for errors that decide nothing. */
export function stopReasonOf(step: StopReason['step'], error: unknown): StopReason | undefined {
  if (error instanceof PaygateAnswerError) {
    const { code, description, codeExt, errorText } = error.result;
    const kind = error instanceof PaygateDeclinedError ? 'declined' : 'rejected';
    return { step, kind, code, description, codeExt, errorText };
  }
  if (error instanceof PaygateValidationError) {
    return { step, kind: 'invalid', description: error.message };
  }
  return undefined;
}

/** The order with what the ERP keeps of an answer: references, never personal data. */
function withLog(order: ErpOrder, attempted: Attempt): ErpOrder {
  if (!attempted.result) return order;
  return { ...order, paygateLog: [...order.paygateLog, toStorable(attempted.result)] };
}

async function main() {
  const client = demoClient(process.env);
  const customer = sampleCustomer();
  const accepted = await enterOrder(client, newOrder(newOrderNr(), customer, sampleLines));
  const declined = await enterOrder(client, newOrder(newOrderNr(), customer, expensiveLines));
  return { accepted: orderSummary(accepted), declined: orderSummary(declined) };
}

if (isMain(import.meta.url)) await runMain(main);
