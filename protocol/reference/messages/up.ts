import {
  debtorFields,
  deliveryAddressFields,
  previousAddressFields,
  reqIdField,
} from './blocks.js';
import type { MessageTable } from './types.js';
import { upConditions } from './up-conditions.js';

/** "Rechnungen anlegen, buchen, gutschreiben": one call, six RequestReasons. */
export const upTable = {
  eventToken: 'UP',
  de: 'Datensatz aktualisieren (Rechnung, Gutschrift, Zahlung, Mahnung, ...)',
  en: 'Update record (invoice, credit note, payment, dunning, ...)',
  requestReasons: ['RG', 'GU', 'ZA', 'MA', 'RM', 'DF'],
  fields: [
    { name: 'MerchantID', presence: 'M', group: 'call' },
    { name: 'TransID', presence: 'M', group: 'call' },
    { name: 'Amount', presence: 'M', group: 'call' },
    { name: 'Currency', presence: 'M', group: 'call' },
    { name: 'MAC', presence: 'M', group: 'call' },
    { name: 'RefNr', presence: 'M', group: 'call' },
    { name: 'EventToken', presence: 'M', group: 'call' },
    { name: 'RequestReason', presence: 'M', group: 'call' },
    {
      name: 'Capture',
      presence: 'O',
      group: 'call',
      note: 'The seed ties it to no reason; it describes an invoice already paid.',
    },
    { name: 'PayID', presence: 'M', group: 'call' },
    {
      name: 'PayType',
      presence: 'O',
      group: 'call',
      note: 'The seed leaves its CND empty; read as optional.',
    },
    { name: 'DebitorID', presence: 'M', group: 'address' },
    ...debtorFields,
    ...previousAddressFields,
    ...deliveryAddressFields,
    { name: 'InvoiceNr', presence: 'O', group: 'invoice' },
    { name: 'InvoiceDate', presence: 'M', group: 'invoice' },
    { name: 'InvoiceText', presence: 'M', group: 'invoice' },
    { name: 'DueDate', presence: 'C', group: 'invoice' },
    { name: 'ArticleList', presence: 'C', group: 'invoice' },
    {
      name: 'NetAmount',
      presence: 'M',
      group: 'invoice',
      note: 'Printed inside the invoice block, so mandatory for RG and GU only.',
    },
    { name: 'TaxCode', presence: 'C', group: 'invoice' },
    {
      name: 'OrderDesc',
      presence: 'O',
      group: 'call',
      source: 'reading',
      note: "Not in the seed's UP table, but InvoiceText's rule refers to it, so UP accepts it.",
    },
    reqIdField,
  ],
  conditions: upConditions,
} as const satisfies MessageTable;
