import { requestMac } from '../protocol/mac.js';
import type { EventToken } from '../protocol/reference/messages.js';
import { canonicalName } from '../protocol/reference/parameters.js';
import { type PaymentCall, paymentTables } from '../protocol/reference/payments.js';
import {
  type ValidationFailure,
  validatePaymentRequest,
  validateRequest,
} from '../protocol/validate.js';
import { PaygateValidationError } from './failures.js';

/** The action a request asks for; every one goes to `/debtor.aspx`. */
export type { EventToken };

/** The parameters only the client sets: the caller never passes them. */
const clientOwned = new Set(['merchantid', 'mac', 'eventtoken']);

export interface RequestEnvelopeFields {
  readonly merchantId: string;
  readonly hmacKey: string;
  readonly eventToken: EventToken;
  readonly reqId?: string | undefined;
  /** false: send even what breaks a rule, so that the gateway's own checks answer (never `&` or line breaks). */
  readonly validate?: boolean | undefined;
}

/**
 * The plaintext fields of one request, names in canonical case, checked with
 * the simulator's own rules (MAC included, as the gateway sees it). Throws
 * `PaygateValidationError`, and nothing is sent, when a rule fails, unless
 * the envelope turns validation off.
 */
export function buildRequest(
  input: Readonly<Record<string, string | undefined>>,
  envelope: RequestEnvelopeFields,
): Record<string, string> {
  const fields: Record<string, string> = {
    MerchantID: envelope.merchantId,
    EventToken: envelope.eventToken,
  };
  for (const [name, value] of Object.entries(input)) {
    if (value === undefined || clientOwned.has(name.toLowerCase())) continue;
    fields[canonicalName(name) ?? name] = value;
  }
  if (envelope.reqId !== undefined) fields.ReqId = envelope.reqId;
  // encodeRequest computes the same MAC again when it encrypts.
  fields.MAC = requestMac(fields, envelope.hmacKey);
  if (envelope.validate === false) {
    const untransportable = untransportableFields(fields);
    if (untransportable.length > 0) throw new PaygateValidationError(untransportable);
    return fields;
  }
  const checked = validateRequest(fields);
  if (!checked.ok) throw new PaygateValidationError(checked.failures);
  return fields;
}

/**
 * What no request may carry, checked or not: `&` would start a new pair in
 * the plaintext (smuggling a field past the MAC, as the first of two names
 * wins) and a line break would end the value.
 */
function untransportableFields(fields: Readonly<Record<string, string>>): ValidationFailure[] {
  return Object.entries(fields)
    .filter(([, value]) => /[&\r\n]/.test(value))
    .map(([parameter]) => ({
      parameter,
      kind: 'wrong-characters' as const,
      message: `${parameter}: & and line breaks cannot be sent, even unvalidated`,
    }));
}

/**
 * The plaintext fields of one payment call (`capture`, `direct`, ...):
 * MerchantID and MAC added, checked against the call's table unless told
 * not to. The MAC covers PayID, TransID, MerchantID, Amount and Currency;
 * what a call does not send stays empty (inquire has no amount).
 */
export function buildPaymentRequest(
  call: PaymentCall,
  input: Readonly<Record<string, string | undefined>>,
  envelope: Omit<RequestEnvelopeFields, 'eventToken'>,
): Record<string, string> {
  const fields: Record<string, string> = { MerchantID: envelope.merchantId };
  for (const [name, value] of Object.entries(input)) {
    if (value === undefined || clientOwned.has(name.toLowerCase())) continue;
    fields[canonicalName(name) ?? name] = value;
  }
  if (envelope.reqId !== undefined) fields.ReqId = envelope.reqId;
  fields.MAC = requestMac(fields, envelope.hmacKey);
  const failures =
    envelope.validate === false
      ? untransportableFields(fields)
      : (() => {
          const checked = validatePaymentRequest(paymentTables[call], fields);
          return checked.ok ? [] : checked.failures;
        })();
  if (failures.length > 0) throw new PaygateValidationError(failures);
  return fields;
}
