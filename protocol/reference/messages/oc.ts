import { reqIdField } from './blocks.js';
import type { MessageTable } from './types.js';

/** "Bestellung anlegen": creates the order for a checked PayID. */
export const ocTable = {
  eventToken: 'OC',
  de: 'Bestellung anlegen',
  en: 'Create order',
  fields: [
    { name: 'MerchantID', presence: 'M', group: 'call' },
    { name: 'PayID', presence: 'M', group: 'call' },
    { name: 'TransID', presence: 'M', group: 'call' },
    { name: 'RefNr', presence: 'M', group: 'call' },
    { name: 'Amount', presence: 'M', group: 'call' },
    { name: 'Currency', presence: 'M', group: 'call' },
    { name: 'MAC', presence: 'M', group: 'call' },
    { name: 'EventToken', presence: 'M', group: 'call' },
    reqIdField,
  ],
  conditions: [],
} as const satisfies MessageTable;
