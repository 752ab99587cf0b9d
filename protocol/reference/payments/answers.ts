import type { PaymentAnswerTable } from './types.js';

/**
 * Fields payment answers carry beyond the result table's
 * (mid, PayID, XID, TransID, Status, Description, Code, RefNr). Status here
 * is also AUTHORIZED (an authorization not yet captured) and, on inquire,
 * the amounts and the last status.
 */
export const paymentAnswerTable = {
  label: { de: 'Ergebnis-Parameter der Zahlungen', en: 'Payment result parameters' },
  fields: [
    { name: 'AID', presence: 'O', group: 'result' },
    { name: 'TransactionID', presence: 'O', group: 'result' },
    { name: 'Amount', presence: 'O', group: 'result' },
    { name: 'Currency', presence: 'O', group: 'result' },
    { name: 'PCNr', presence: 'O', group: 'result', note: 'Card payments.' },
    { name: 'CCBrand', presence: 'O', group: 'result', note: 'Card payments.' },
    { name: 'CCExpiry', presence: 'O', group: 'result', note: 'Card payments.' },
    { name: 'AmountAuth', presence: 'O', group: 'result', note: 'inquire.' },
    { name: 'AmountCap', presence: 'O', group: 'result', note: 'inquire.' },
    { name: 'AmountCred', presence: 'O', group: 'result', note: 'inquire.' },
    { name: 'LastStatus', presence: 'O', group: 'result', note: 'inquire.' },
    { name: 'UserData', presence: 'O', group: 'result', note: 'Echoed when sent.' },
  ],
} as const satisfies PaymentAnswerTable;
