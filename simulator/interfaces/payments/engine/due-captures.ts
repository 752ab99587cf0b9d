import type { IdSource } from '../../../ids/id-source.js';
import { type GatewayPaymentRecord, gatewayAmounts } from '../../../store/gateway-records.js';

/**
 * A delayed capture (`Capture=<hours>`) that fell due: the Paygate captures
 * what is still authorized by itself. Applied when the payment is next
 * read, against the simulator's clock, so moving the clock through
 * `/__sim/clock` makes it happen.
 *
 * @returns the payment with the capture added, or the same object when nothing was due.
 */
export function withDueCapture(
  payment: GatewayPaymentRecord,
  now: string,
  ids: IdSource,
): GatewayPaymentRecord {
  const due = payment.captureDueAt;
  if (due === undefined || payment.state !== 'authorized' || now < due) return payment;
  const { authorized, captured } = gatewayAmounts(payment);
  const { captureDueAt: _done, ...rest } = payment;
  if (authorized - captured <= 0) return rest;
  return {
    ...rest,
    steps: [
      ...payment.steps,
      {
        kind: 'capture',
        xid: ids.xid(),
        transId: payment.transId,
        amount: authorized - captured,
        at: due,
        automatic: true,
      },
    ],
    updatedAt: due,
  };
}
