import type { SimulatorParts } from '../parts.js';
import { validateFields } from '../validate/validate-request.js';
import type { CallInterface } from './call-interface.js';

/** The Real Debitorenmanagement interface on `/debtor.aspx`: tables by EventToken (seed 004). */
export const debtorInterface: CallInterface = {
  name: 'debtor',
  validate: validateFields,
  callOf: (fields) => fields.EventToken ?? '',
  debtorOf,
  handle: (parts, request) => parts.engine.handle(request),
};

/** CustomerID or DebitorID as sent; for calls that name none (OC, OS, most UPs), the PayID's debtor. */
function debtorOf(
  parts: SimulatorParts,
  merchantId: string,
  sent: Readonly<Record<string, string>>,
): string | undefined {
  const named = sent.CustomerID ?? sent.DebitorID;
  if (named !== undefined) return named;
  const payId = sent.PayID;
  return payId === undefined ? undefined : parts.store.findPayment(merchantId, payId)?.customerId;
}
