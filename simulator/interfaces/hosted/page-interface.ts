import type { PaymentCall } from '../../../protocol/reference/payments.js';
import type { GatewayPaymentRecord, HostedPageRequest } from '../../store/gateway-records.js';
import type { CallInterface } from '../call-interface.js';
import { parseCaptureMode } from '../payments/engine/capture-mode.js';
import { paymentValidation } from '../payments/payment-interface.js';

export type PageCall = Extract<PaymentCall, 'payssl' | 'paypal'>;

/**
 * Opening a payment page goes through the same pipeline as every server
 * call (decode, MAC, ReqId, table validation, scenarios); its "engine"
 * opens a pending payment whose PayID the page then completes.
 */
export function pageInterface(call: PageCall): CallInterface {
  return pageInterfaces[call];
}

function createPageInterface(call: PageCall): CallInterface {
  const validate = paymentValidation(call);
  return {
    name: call,
    validate(request, catalogue) {
      const validated = validate(request, catalogue);
      if (!validated.ok) return validated;
      const bad = ['URLSuccess', 'URLFailure', 'URLNotify', 'URLBack'].find(
        (name) => validated.fields[name] !== undefined && !isWebAddress(validated.fields[name]),
      );
      if (bad === undefined) return validated;
      return {
        ok: false,
        outcome: {
          kind: 'merchant',
          keys: request.keys,
          request: request.fields,
          codeKey: `validation.invalid:${bad}`,
          description: `${bad} invalid: an absolute http or https address`,
        },
      };
    },
    callOf: () => call,
    debtorOf: () => undefined,
    handle(parts, { merchantId, fields }) {
      if (parseCaptureMode(fields.Capture) === undefined) {
        return {
          ok: false,
          codeKey: 'validation.invalid:Capture',
          description: 'Capture invalid: AUTO, MANUAL or 1-696 hours',
        };
      }
      const now = parts.clock.now();
      const pending: GatewayPaymentRecord = {
        merchantId,
        payId: parts.ids.payId(),
        transId: fields.TransID ?? '',
        ...(fields.RefNr === undefined ? {} : { refNr: fields.RefNr }),
        method: call === 'paypal' ? 'paypal' : 'card',
        currency: (fields.Currency ?? '').toUpperCase(),
        amount: Number(fields.Amount),
        state: 'pending',
        capture: parseCaptureMode(fields.Capture) ?? 'MANUAL',
        steps: [],
        page: pageRequest(fields),
        createdAt: now,
        updatedAt: now,
      };
      parts.store.commit(merchantId, { gatewayPayment: pending });
      return { ok: true, result: { PayID: pending.payId } };
    },
  };
}

/** What the page keeps of its request for the redirect and the notification. */
export function pageRequest(fields: Readonly<Record<string, string>>): HostedPageRequest {
  const optional = (name: string, key: keyof HostedPageRequest) =>
    fields[name] === undefined ? {} : { [key]: fields[name] };
  return {
    urlSuccess: fields.URLSuccess ?? '',
    urlFailure: fields.URLFailure ?? '',
    ...optional('URLNotify', 'urlNotify'),
    ...optional('URLBack', 'urlBack'),
    ...optional('UserData', 'userData'),
    ...optional('OrderDesc', 'orderDesc'),
    ...optional('TxType', 'txType'),
  };
}

/** URLSuccess and friends: absolute http(s) addresses, nothing a browser would run. */
export function isWebAddress(value: string | undefined): boolean {
  if (value === undefined) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

// Built once, as the server calls' interfaces are: opening a page needs no new closures.
const pageInterfaces: Readonly<Record<PageCall, CallInterface>> = {
  payssl: createPageInterface('payssl'),
  paypal: createPageInterface('paypal'),
};
