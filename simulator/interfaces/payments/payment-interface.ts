import { type PaymentCall, paymentTables } from '../../../protocol/reference/payments.js';
import type { SimulatorParts } from '../../parts.js';
import { validatePaymentFields } from '../../validate/validate-request.js';
import type { CallInterface } from '../call-interface.js';
import type { PaymentContext, PaymentDecision } from './engine/context.js';
import { directAuthorization } from './engine/direct.js';
import { authorizeCreated, capture, credit, inquire, reverse } from './engine/follow-ups.js';

type Handler = (ctx: PaymentContext, fields: Readonly<Record<string, string>>) => PaymentDecision;

/** The engine of each server-to-server payment call. */
const handlers: Partial<Record<PaymentCall, Handler>> = {
  direct: directAuthorization,
  authorize: authorizeCreated,
  capture,
  credit,
  reverse,
  inquire,
};

const interfaces = new Map<PaymentCall, CallInterface>();

/**
 * The pipeline interface of one payment path: its table from
 * `protocol/reference/payments`, its handler above. Built once per call.
 */
export function paymentInterface(call: PaymentCall): CallInterface {
  let built = interfaces.get(call);
  if (!built) {
    built = createPaymentInterface(call);
    interfaces.set(call, built);
  }
  return built;
}

/** Validation against a payment table, answered like any validation failure (first in table order). */
export function paymentValidation(call: PaymentCall): CallInterface['validate'] {
  const table = paymentTables[call];
  return (request, catalogue) => validatePaymentFields(table, request, catalogue);
}

function createPaymentInterface(call: PaymentCall): CallInterface {
  return {
    name: call,
    validate: paymentValidation(call),
    callOf: () => call,
    debtorOf: () => undefined,
    handle(parts, { merchantId, fields }) {
      const handler = handlers[call];
      if (!handler) throw new Error(`${call} is a browser page, not a server call`);
      const decision = handler(paymentContext(parts, merchantId), fields);
      if (decision.payment) parts.store.commit(merchantId, { gatewayPayment: decision.payment });
      return decision.outcome;
    },
  };
}

/** What the payment engine reads of a running simulator for one merchant. */
export function paymentContext(parts: SimulatorParts, merchantId: string): PaymentContext {
  return {
    store: parts.store,
    ids: parts.ids,
    clock: parts.clock,
    merchantId,
    creditBeyondCapture: parts.merchants.find(merchantId)?.creditBeyondCapture === true,
  };
}
