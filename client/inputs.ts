import type { PaymentCall } from '../protocol/reference/payments.js';
import type { PaymentRequest } from '../protocol/schema/payment-types.js';
import type {
  BcRequest,
  DcRequest,
  OcRequest,
  OsRequest,
  UpDfRequest,
  UpGuRequest,
  UpMaRequest,
  UpRgRequest,
  UpRmRequest,
  UpZaRequest,
} from '../protocol/schema/types.js';

/** Set by the client on every call: the caller never passes them. */
type ClientSet = 'MerchantID' | 'MAC' | 'EventToken';

/**
 * A request type of protocol/schema without the fields the client sets.
 * Distributes over unions, so either-or conditions (InvoiceText or OrderDesc) survive.
 */
type Input<T, K extends PropertyKey = ClientSet> = T extends unknown
  ? { [P in keyof T as P extends K ? never : P]: T[P] }
  : never;

/** BC: the caller picks RequestReason (ZG, ZL, VK, VL). */
export type CreditCheckInput = Input<BcRequest>;
export type DirectChangeInput = Input<DcRequest>;
export type CreateOrderInput = Input<OcRequest>;
export type InvoiceInput = Input<UpRgRequest, ClientSet | 'RequestReason'>;
export type CreditNoteInput = Input<UpGuRequest, ClientSet | 'RequestReason'>;
export type PaymentInput = Input<UpZaRequest, ClientSet | 'RequestReason'>;
export type DunningInput = Input<UpMaRequest, ClientSet | 'RequestReason'>;
export type ResetDunningInput = Input<UpRmRequest, ClientSet | 'RequestReason'>;
export type WriteOffInput = Input<UpDfRequest, ClientSet | 'RequestReason'>;
export type CancelOrderInput = Input<OsRequest>;

/** Set by the client on every payment call. */
type PaymentClientSet = 'MerchantID' | 'MAC';
type PaymentCallInput<C extends PaymentCall> = Omit<PaymentRequest<C>, PaymentClientSet>;

/** direct.aspx: card data sent by a PCI merchant. */
export type CardAuthorizationInput = PaymentCallInput<'direct'>;
/** authorize.aspx: authorizes a payment created with TxType=Order. */
export type AuthorizeInput = PaymentCallInput<'authorize'>;
export type CaptureInput = PaymentCallInput<'capture'>;
export type CreditInput = PaymentCallInput<'credit'>;
export type ReverseInput = PaymentCallInput<'reverse'>;
export type InquireInput = PaymentCallInput<'inquire'>;
/** payssl.aspx / paypal.aspx: what the hosted page's URL carries. */
export type HostedPageInput = PaymentCallInput<'payssl'>;
