import type { ParameterEntry } from './def.js';

/**
 * The debtor's bank account. All four are masked in logs: together they are
 * enough to set up a direct debit in someone's name.
 */
export const bankParameters = {
  AccOwner: {
    number: 28,
    format: 'ans..30',
    sensitive: true,
    source: 'seed',
    de: 'Kontoinhaber, Aufbau: Anrede;Vorname;Nachname',
    en: 'Account holder, built as salutation;first name;last name',
    note: 'The inner structure is described, not enforced: any ans..30 passes.',
  },
  AccBank: {
    number: 29,
    format: 'ans..40',
    sensitive: true,
    source: 'seed',
    de: 'Name der Bank',
    en: 'Name of the bank',
  },
  IBAN: {
    number: 30,
    format: 'ans..34',
    sensitive: true,
    source: 'seed',
    de: 'IBAN',
    en: 'IBAN',
    note: 'Only the format is checked, not the IBAN checksum.',
  },
  BIC: {
    number: 31,
    format: 'ans..11',
    sensitive: true,
    source: 'seed',
    de: 'BIC',
    en: 'BIC',
  },
} as const satisfies Record<string, ParameterEntry>;
