import {
  debtorFields,
  deliveryAddressFields,
  previousAddressFields,
  reqIdField,
} from './blocks.js';
import type { MessageTable } from './types.js';

/** "Bonitätsprüfung durchführen": the credit check, which creates the PayID. */
export const bcTable = {
  eventToken: 'BC',
  de: 'Bonitätsprüfung',
  en: 'Credit check',
  requestReasons: ['ZG', 'ZL', 'VK', 'VL'],
  fields: [
    { name: 'MerchantID', presence: 'M', group: 'call' },
    { name: 'TransID', presence: 'M', group: 'call' },
    { name: 'Amount', presence: 'M', group: 'call' },
    { name: 'Currency', presence: 'M', group: 'call' },
    { name: 'MAC', presence: 'M', group: 'call' },
    { name: 'RefNr', presence: 'M', group: 'call' },
    { name: 'OrderDesc', presence: 'O', group: 'call' },
    { name: 'EventToken', presence: 'M', group: 'call' },
    { name: 'RequestReason', presence: 'M', group: 'call' },
    { name: 'IPAddr', presence: 'O', group: 'call' },
    { name: 'CustomerID', presence: 'M', group: 'address' },
    { name: 'ShopID', presence: 'O', group: 'call' },
    { name: 'Channel', presence: 'O', group: 'call' },
    ...debtorFields,
    ...previousAddressFields,
    ...deliveryAddressFields,
    reqIdField,
  ],
  conditions: [],
  note: 'The seed ties no field to a RequestReason here (not even IBAN to the direct-debit reasons ZL and VL).',
} as const satisfies MessageTable;
