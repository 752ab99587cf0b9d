import {
  validBcFields,
  validOcFields,
  validOsFields,
  validUpFields,
} from '../fixtures/requests.js';
import type { CallOptions, TestSimulator } from './simulator.js';
import type { WireAnswer } from './wire.js';

type Overrides = Readonly<Record<string, string | undefined>>;

/** The amount the flows check, order and invoice unless a test says otherwise (cents). */
export const ORDER_AMOUNT = '100000';

/**
 * BC (ZG by default) with a fresh TransID and, so that credit limits do not
 * add up across tests, a fresh CustomerID; the PayID is in `answer.fields.PayID`.
 */
export function creditCheck(
  sim: TestSimulator,
  overrides: Overrides = {},
  options?: CallOptions,
): Promise<WireAnswer> {
  const transId = sim.transId();
  const fresh = { TransID: transId, CustomerID: `K-${transId}` };
  return sim.call({ ...validBcFields(), Amount: ORDER_AMOUNT, ...fresh, ...overrides }, options);
}

/**
 * BC fields, not sent, with a fresh TransID and CustomerID and a small
 * Amount: for tests of the wire and the journal rather than the rules.
 */
export function freshBcFields(
  sim: TestSimulator,
  overrides: Readonly<Record<string, string>> = {},
) {
  return {
    ...validBcFields(),
    TransID: sim.transId(),
    CustomerID: sim.transId(),
    Amount: '1000',
    ...overrides,
  };
}

export function createOrder(
  sim: TestSimulator,
  payId: string,
  overrides: Overrides = {},
  options?: CallOptions,
): Promise<WireAnswer> {
  return sim.call(
    {
      ...validOcFields(),
      PayID: payId,
      Amount: ORDER_AMOUNT,
      TransID: sim.transId(),
      ...overrides,
    },
    options,
  );
}

/** A UP of any reason on `payId`, fixture fields plus overrides. */
export function update(
  sim: TestSimulator,
  reason: 'RG' | 'GU' | 'ZA' | 'MA' | 'RM' | 'DF',
  payId: string,
  overrides: Overrides = {},
  options?: CallOptions,
): Promise<WireAnswer> {
  return sim.call(
    { ...validUpFields(reason), PayID: payId, TransID: sim.transId(), ...overrides },
    options,
  );
}

export function cancelOrder(
  sim: TestSimulator,
  payId: string,
  overrides: Overrides = {},
): Promise<WireAnswer> {
  return sim.call({
    ...validOsFields(),
    PayID: payId,
    Amount: ORDER_AMOUNT,
    TransID: sim.transId(),
    ...overrides,
  });
}

/** BC + OC, both expected to pass; returns the PayID. */
export async function openOrder(sim: TestSimulator, options?: CallOptions): Promise<string> {
  const check = await creditCheck(sim, {}, options);
  const payId = check.fields.PayID;
  if (check.fields.Status !== 'OK' || !payId)
    throw new Error(`BC failed: ${JSON.stringify(check.fields)}`);
  const order = await createOrder(sim, payId, {}, options);
  if (order.fields.Status !== 'OK') throw new Error(`OC failed: ${JSON.stringify(order.fields)}`);
  return payId;
}

/** BC + OC + RG; returns the PayID and the invoice's answer. */
export async function openInvoice(
  sim: TestSimulator,
  overrides: Overrides = {},
): Promise<{ payId: string; invoice: WireAnswer }> {
  const payId = await openOrder(sim);
  const invoice = await update(sim, 'RG', payId, overrides);
  if (invoice.fields.Status !== 'OK')
    throw new Error(`RG failed: ${JSON.stringify(invoice.fields)}`);
  return { payId, invoice };
}
