import type { GatewayPaymentRecord, PaymentStep } from '../../../store/gateway-records.js';

/**
 * The answer fields of a step on a payment: PayID, the step's XID, the
 * acquirer's ids (ours: derived from the XID, live's acquirers differ), the
 * amount, and for cards the masked data a merchant may keep.
 */
export function stepAnswer(
  payment: GatewayPaymentRecord,
  step: PaymentStep | undefined,
  status: 'OK' | 'AUTHORIZED',
): Record<string, string> {
  const fields: Record<string, string> = { PayID: payment.payId, Status: status };
  if (step) {
    fields.XID = step.xid;
    fields.AID = step.xid.slice(0, 6).toUpperCase();
    fields.TransactionID = step.xid.slice(6, 22);
    fields.Amount = String(step.amount);
    fields.Currency = payment.currency;
  }
  Object.assign(fields, cardAnswer(payment));
  if (payment.page?.userData !== undefined) fields.UserData = payment.page.userData;
  return fields;
}

/** The card data a merchant may keep (pseudo number, brand, expiry); none for PayPal. */
export function cardAnswer(payment: GatewayPaymentRecord): Record<string, string> {
  return payment.card
    ? { PCNr: payment.card.pcnr, CCBrand: payment.card.brand, CCExpiry: payment.card.expiry }
    : {};
}
