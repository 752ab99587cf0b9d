import { reqIdField } from '../messages/blocks.js';
import type { PaymentTable } from './types.js';

/** The fields of every call that opens a payment (no PayID yet): direct.aspx and the pages. */
export const newPaymentFields = [
  { name: 'MerchantID', presence: 'M', group: 'call' },
  { name: 'TransID', presence: 'M', group: 'call' },
  { name: 'RefNr', presence: 'O', group: 'call' },
  { name: 'Amount', presence: 'M', group: 'call' },
  { name: 'Currency', presence: 'M', group: 'call' },
  { name: 'MAC', presence: 'M', group: 'call' },
] as const;

/** The fields every server-to-server follow-up on a PayID starts with. */
const followUpFields = [
  { name: 'MerchantID', presence: 'M', group: 'call' },
  { name: 'PayID', presence: 'M', group: 'call' },
  { name: 'TransID', presence: 'M', group: 'call' },
  { name: 'RefNr', presence: 'O', group: 'call' },
  { name: 'Amount', presence: 'M', group: 'call' },
  { name: 'Currency', presence: 'M', group: 'call' },
  { name: 'MAC', presence: 'M', group: 'call' },
  { name: 'OrderDesc', presence: 'O', group: 'call' },
  reqIdField,
] as const;

/** Card authorization with card data, for merchants allowed to handle it (PCI). */
export const directTable = {
  call: 'direct',
  path: '/direct.aspx',
  channel: 'server',
  de: 'Kreditkartenzahlung (Server-zu-Server)',
  en: 'Card authorization (server to server)',
  fields: [
    ...newPaymentFields,
    { name: 'OrderDesc', presence: 'O', group: 'call' },
    {
      name: 'Capture',
      presence: 'O',
      group: 'call',
      note: 'AUTO, MANUAL or hours; MANUAL when absent (ours).',
    },
    { name: 'URLNotify', presence: 'O', group: 'redirect' },
    { name: 'UserData', presence: 'O', group: 'call' },
    { name: 'MsgVer', presence: 'O', group: 'call' },
    { name: 'CCNr', presence: 'M', group: 'card' },
    { name: 'CCExpiry', presence: 'M', group: 'card' },
    { name: 'CCBrand', presence: 'M', group: 'card' },
    { name: 'CCCVC', presence: 'O', group: 'card' },
    { name: 'CreditCardHolder', presence: 'O', group: 'card' },
    reqIdField,
  ],
  conditions: [],
  source:
    'FATCHIP library-computop CreditCard.php (direct.aspx, CCNr, CCCVC, CCExpiry, CCBrand, CreditCardHolder)',
} as const satisfies PaymentTable;

/** Authorization of a payment created earlier with TxType=Order (card page or PayPal). */
export const authorizeTable = {
  call: 'authorize',
  path: '/authorize.aspx',
  channel: 'server',
  de: 'Autorisierung einer angelegten Zahlung',
  en: 'Authorization of a created payment',
  fields: [
    ...followUpFields.slice(0, 7),
    { name: 'Capture', presence: 'O', group: 'call' },
    ...followUpFields.slice(7),
  ],
  conditions: [],
  source:
    'FATCHIP library-computop CreditCard.php getAuthorizeParams; Spryker AuthorizeMapperTrait',
} as const satisfies PaymentTable;

/** Capture of (part of) what is authorized; several per authorization. */
export const captureTable = {
  call: 'capture',
  path: '/capture.aspx',
  channel: 'server',
  de: 'Buchung (Capture)',
  en: 'Capture',
  fields: followUpFields,
  conditions: [],
  source: 'Spryker CaptureMapperTrait; FATCHIP CTPaymentMethod getCaptureParams',
} as const satisfies PaymentTable;

/** Refund with reference to the PayID, on the payment's own method. */
export const creditTable = {
  call: 'credit',
  path: '/credit.aspx',
  channel: 'server',
  de: 'Gutschrift mit Referenz',
  en: 'Credit (refund) with reference',
  fields: followUpFields,
  conditions: [],
  source: 'pretix-computop execute_refund; Spryker RefundMapperTrait',
} as const satisfies PaymentTable;

/** Reverses the payment's last step (authorization, capture or credit). */
export const reverseTable = {
  call: 'reverse',
  path: '/reverse.aspx',
  channel: 'server',
  de: 'Storno des letzten Schritts',
  en: 'Reversal of the last step',
  fields: followUpFields,
  conditions: [],
  source: 'Spryker ReverseMapperTrait; FATCHIP CTPaymentMethod (reverse.aspx)',
} as const satisfies PaymentTable;

/** The payment's amounts and last status; no Amount, so none in the MAC. */
export const inquireTable = {
  call: 'inquire',
  path: '/inquire.aspx',
  channel: 'server',
  de: 'Statusabfrage',
  en: 'Status inquiry',
  fields: [
    { name: 'MerchantID', presence: 'M', group: 'call' },
    { name: 'PayID', presence: 'M', group: 'call' },
    { name: 'TransID', presence: 'O', group: 'call' },
    { name: 'MAC', presence: 'M', group: 'call' },
    reqIdField,
  ],
  conditions: [],
  source: 'Spryker InquireMapperTrait and InquireConverter',
} as const satisfies PaymentTable;
