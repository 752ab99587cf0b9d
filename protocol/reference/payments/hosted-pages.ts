import { reqIdField } from '../messages/blocks.js';
import { newPaymentFields } from './server-calls.js';
import type { PaymentTable } from './types.js';

/** What every browser-facing page takes: the payment, where to send the browser, where to notify. */
const pageFields = [
  ...newPaymentFields,
  {
    name: 'OrderDesc',
    presence: 'M',
    group: 'call',
    note: 'Mandatory on the payment pages; every public client sends it.',
  },
  { name: 'Capture', presence: 'O', group: 'call' },
  { name: 'TxType', presence: 'O', group: 'call' },
  { name: 'URLSuccess', presence: 'M', group: 'redirect' },
  { name: 'URLFailure', presence: 'M', group: 'redirect' },
  { name: 'URLNotify', presence: 'O', group: 'redirect' },
  { name: 'URLBack', presence: 'O', group: 'redirect' },
  { name: 'Response', presence: 'O', group: 'redirect' },
  { name: 'UserData', presence: 'O', group: 'call' },
  { name: 'MsgVer', presence: 'O', group: 'call' },
  reqIdField,
] as const;

/** The hosted card form (with 3-D Secure), opened by the customer's browser. */
export const paysslTable = {
  call: 'payssl',
  path: '/payssl.aspx',
  channel: 'browser',
  de: 'Kreditkarten-Formular des Paygate',
  en: 'Hosted card form',
  fields: pageFields,
  conditions: [],
  source:
    'pretix-computop ComputopCC (payssl.aspx, msgver 2.0); FATCHIP CreditCard.php getCTPaymentURL',
} as const satisfies PaymentTable;

/** PayPal through the Paygate: the customer approves or cancels at (our stand-in for) PayPal. */
export const paypalTable = {
  call: 'paypal',
  path: '/paypal.aspx',
  channel: 'browser',
  de: 'PayPal über das Paygate',
  en: 'PayPal through the Paygate',
  fields: pageFields,
  conditions: [],
  source: 'FATCHIP library-computop PaypalStandard (paypal.aspx); Spryker PayPal mappers',
  note: 'The PayPal approval page is ours: live sends the browser to PayPal itself.',
} as const satisfies PaymentTable;
