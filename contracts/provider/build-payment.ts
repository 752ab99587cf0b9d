import type { PaygateClient } from '../../client/index.js';
import { BANK_ACCOUNT, DEBTOR, INVOICE } from '../consumer/examples.js';

export type PaymentStage = 'checked' | 'order' | 'invoice';

export interface PaymentSpec {
  readonly amount: number;
  readonly currency: string;
  /** Unique to this setup: TransIDs are `<transIdPrefix>-BC`, `-OC`, `-RG`. */
  readonly transIdPrefix: string;
  /** ns..30 */
  readonly refNr: string;
  /** ans..10; a fresh one, so earlier runs' payments do not count against its limit. */
  readonly customerId: string;
}

/**
 * Builds a payment up to `stage` with real calls through the client (BC,
 * then OC, then UP RG), the way an ERP would: the state is one any client
 * can reach, on the simulator or the live Paygate. Returns the PayID.
 */
export async function buildPayment(
  client: PaygateClient,
  stage: PaymentStage,
  spec: PaymentSpec,
): Promise<string> {
  const money = { Amount: String(spec.amount), Currency: spec.currency };
  const { refNr, customerId } = spec;
  const check = await client.creditCheck({
    TransID: `${spec.transIdPrefix}-BC`,
    RefNr: refNr,
    ...money,
    RequestReason: 'ZG',
    CustomerID: customerId,
    ...DEBTOR,
    ...BANK_ACCOUNT,
  });
  const payId = check.payId;
  if (!payId) throw new Error('state setup: the credit check returned no PayID');
  if (stage === 'checked') return payId;
  await client.createOrder({
    PayID: payId,
    TransID: `${spec.transIdPrefix}-OC`,
    RefNr: refNr,
    ...money,
  });
  if (stage === 'order') return payId;
  await client.invoice({
    PayID: payId,
    TransID: `${spec.transIdPrefix}-RG`,
    RefNr: refNr,
    ...money,
    DebitorID: customerId,
    ...DEBTOR,
    ...INVOICE,
    NetAmount: String(Math.round(spec.amount / 1.19)),
  });
  return payId;
}
