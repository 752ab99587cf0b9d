import type { ParameterEntry } from './def.js';

/**
 * Parameters only the Paygate sends (the result table, identical for every
 * EventToken). PayID, TransID and RefNr appear there too: see transaction.ts.
 */
export const resultParameters = {
  MID: {
    number: 47,
    format: 'ans..30',
    source: 'seed',
    de: 'Von Computop vergebene HändlerID',
    en: 'Merchant ID assigned by Computop',
    note: 'The answer calls MerchantID "MID"; inside Data live writes it "mid" (decision 010).',
    wireName: 'mid',
  },
  XID: {
    number: 49,
    format: 'an32',
    source: 'seed',
    de: 'Vom Paygate vergebene ID je Einzeltransaktion einer Zahlung',
    en: 'ID assigned by the Paygate to each single transaction of a payment',
  },
  Status: {
    number: 50,
    format: 'a..50',
    enum: ['OK', 'FAILED'],
    source: 'seed',
    de: 'OK oder FAILED',
    en: 'OK or FAILED',
  },
  Description: {
    number: 51,
    format: 'ans..1024',
    source: 'seed',
    de: 'Nähere Beschreibung bei Ablehnung; zur Auswertung Code verwenden',
    en: 'Details of a rejection; evaluate Code, not this text',
  },
  Code: {
    number: 52,
    // The seed says n8; live documents codes with letters (2206014H): decision 010.
    format: 'an8',
    source: 'seed',
    de: 'Fehlercode gemäß Paygate Antwort-Codes (A4 Fehlercodes)',
    en: 'Response code from the Paygate response code list (A4)',
  },
  CodeExt: {
    number: 53,
    format: 'n..10',
    source: 'seed',
    de: 'Fehlercode von Real Solutions',
    en: 'Error code from Real Solutions',
  },
  ErrorText: {
    number: 54,
    format: 'ans..256',
    source: 'seed',
    de: 'Fehlertext von Real Solutions',
    en: 'Error text from Real Solutions',
  },
  ReferenzID: {
    number: 55,
    format: 'n..50',
    source: 'seed',
    de: 'Eindeutige ID der Auskunft von Real Solutions',
    en: 'Unique ID of the Real Solutions answer',
  },
} as const satisfies Record<string, ParameterEntry>;
