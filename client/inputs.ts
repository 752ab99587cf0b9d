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
