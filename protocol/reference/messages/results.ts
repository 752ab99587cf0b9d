import type { ResultTable } from './types.js';

/** The result table; the seed prints it identically after every call. */
export const resultTable = {
  de: 'Ergebnis-Parameter',
  en: 'Result parameters',
  fields: [
    { name: 'MID', presence: 'M', group: 'result' },
    { name: 'PayID', presence: 'M', group: 'result' },
    { name: 'XID', presence: 'M', group: 'result' },
    { name: 'TransID', presence: 'M', group: 'result' },
    { name: 'Status', presence: 'M', group: 'result' },
    { name: 'Description', presence: 'M', group: 'result' },
    { name: 'Code', presence: 'M', group: 'result' },
    { name: 'RefNr', presence: 'O', group: 'result', note: 'Returned when it was sent.' },
    { name: 'CodeExt', presence: 'O', group: 'result' },
    { name: 'ErrorText', presence: 'O', group: 'result' },
    { name: 'ReferenzID', presence: 'O', group: 'result' },
  ],
} as const satisfies ResultTable;
