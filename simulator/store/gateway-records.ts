/**
 * A payment of the generic interfaces (card, PayPal): what `direct.aspx`,
 * the hosted pages and the follow-ups (`capture`, `credit`, `reverse`,
 * `authorize`) act on. Card data is held masked only.
 */
export interface GatewayPaymentRecord {
  readonly merchantId: string;
  readonly payId: string;
  /** The merchant's TransID of the first call. */
  readonly transId: string;
  readonly refNr?: string;
  readonly method: GatewayMethod;
  readonly currency: string;
  /** The amount the payment was opened with (cents). */
  readonly amount: number;
  readonly state: GatewayState;
  /** `AUTO`, `MANUAL`, or hours until the simulator captures by itself. */
  readonly capture: CaptureMode;
  /** When a delayed capture (`Capture=<hours>`) falls due, simulator time. */
  readonly captureDueAt?: string;
  readonly card?: MaskedCard;
  /** Authorizations, captures and credits, oldest first; a reversal marks its step. */
  readonly steps: readonly PaymentStep[];
  /** The hosted page's addresses and data, kept for the redirect and the notification. */
  readonly page?: HostedPageRequest;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export type GatewayMethod = 'card' | 'paypal';

/**
 * - `pending`: a hosted page was opened, the customer has not finished;
 * - `created`: approved with TxType=Order, waiting for `authorize.aspx`;
 * - `authorized`: money reserved (steps show what was captured and credited);
 * - `failed`: declined, cancelled by the customer, or the 3-D Secure check failed;
 * - `reversed`: the authorization itself was reversed.
 */
export type GatewayState = 'pending' | 'created' | 'authorized' | 'failed' | 'reversed';

export type CaptureMode = 'AUTO' | 'MANUAL' | { readonly hours: number };

export type StepKind = 'authorize' | 'capture' | 'credit';

export interface PaymentStep {
  readonly kind: StepKind;
  /** The XID the Paygate gave this step. */
  readonly xid: string;
  readonly transId: string;
  readonly amount: number;
  /** Simulator time. */
  readonly at: string;
  /** Set by `reverse.aspx`: the step no longer counts. */
  readonly reversedAt?: string;
  /** Captured by the simulator itself (Capture=AUTO or a due delayed capture). */
  readonly automatic?: boolean;
}

export interface MaskedCard {
  readonly brand: string;
  /** First six and last four digits, the rest as `*`. */
  readonly maskedNumber: string;
  readonly expiry: string;
  /** Pseudo card number: derived from the number, never the number itself. */
  readonly pcnr: string;
}

export interface HostedPageRequest {
  readonly urlSuccess: string;
  readonly urlFailure: string;
  readonly urlNotify?: string;
  readonly urlBack?: string;
  readonly userData?: string;
  readonly orderDesc?: string;
  readonly txType?: string;
}

/** Sums of the steps that still count (not reversed), as `inquire.aspx` reports them. */
export function gatewayAmounts(record: GatewayPaymentRecord): {
  readonly authorized: number;
  readonly captured: number;
  readonly credited: number;
} {
  let authorized = 0;
  let captured = 0;
  let credited = 0;
  for (const step of record.steps) {
    if (step.reversedAt !== undefined) continue;
    if (step.kind === 'authorize') authorized += step.amount;
    else if (step.kind === 'capture') captured += step.amount;
    else credited += step.amount;
  }
  return { authorized, captured, credited };
}

/** The newest step that still counts: the one `reverse.aspx` would undo. */
export function lastStep(record: GatewayPaymentRecord): PaymentStep | undefined {
  for (let i = record.steps.length - 1; i >= 0; i--) {
    const step = record.steps[i];
    if (step && step.reversedAt === undefined) return step;
  }
  return undefined;
}
