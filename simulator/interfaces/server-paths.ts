import { paymentTableOfPath } from '../../protocol/reference/payments.js';
import type { CallInterface } from './call-interface.js';
import { debtorInterface } from './debtor.js';
import { paymentInterface } from './payments/payment-interface.js';

/** `/debtor.aspx` in any case, with or without a trailing slash (as Express routed it, as IIS does). */
const DEBTOR_ROUTE = /^\/debtor\.aspx\/?$/i;

/**
 * The interface a server-to-server path belongs to: `/debtor.aspx`, or one
 * of the payment paths whose table the channel `server` marks. Browser pages
 * (`payssl.aspx`, `paypal.aspx`) are served by the hosted-page router.
 */
export function serverInterfaceOfPath(path: string): CallInterface | undefined {
  if (DEBTOR_ROUTE.test(path)) return debtorInterface;
  const table = paymentTableOfPath(path);
  return table?.channel === 'server' ? paymentInterface(table.call) : undefined;
}
