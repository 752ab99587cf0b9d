import { paymentAnswerTable } from './payments/answers.js';
import { paypalTable, paysslTable } from './payments/hosted-pages.js';
import {
  authorizeTable,
  captureTable,
  creditTable,
  directTable,
  inquireTable,
  reverseTable,
} from './payments/server-calls.js';
import type { PaymentCall, PaymentTable } from './payments/types.js';

export type * from './payments/types.js';
export { paymentAnswerTable };

/**
 * The request table of each payment call, as literal data: the simulator's
 * validation, the client's input types and the docs derive from it, as for
 * the debtor tables.
 *
 * @example
 * paymentTables.capture.path; // '/capture.aspx'
 */
export const paymentTables = {
  direct: directTable,
  authorize: authorizeTable,
  capture: captureTable,
  credit: creditTable,
  reverse: reverseTable,
  inquire: inquireTable,
  payssl: paysslTable,
  paypal: paypalTable,
} as const satisfies Record<PaymentCall, PaymentTable>;

export type PaymentTables = typeof paymentTables;

export const paymentCalls = Object.keys(paymentTables) as PaymentCall[];

const byPath = new Map<string, PaymentTable>(
  Object.values(paymentTables).map((table) => [table.path, table]),
);

/**
 * The table of a live path, whatever its case and with or without a trailing slash.
 *
 * @example
 * paymentTableOfPath('/Capture.aspx')?.call; // 'capture'
 */
export function paymentTableOfPath(path: string): PaymentTable | undefined {
  const normal = path.toLowerCase().replace(/\/$/, '');
  return byPath.get(normal);
}
