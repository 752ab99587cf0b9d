import type { CodeEntry } from './entry.js';

/**
 * Success, the codes Computop's material shows as examples, and the
 * simulator's own transport and internal codes (module 020, internal range).
 */
export const generalEntries = [
  {
    code: '00000000',
    key: 'ok',
    status: 'OK',
    en: 'Operation successful',
    de: 'Vorgang erfolgreich',
    source: 'computop',
  },
  // Documented examples: the codes are real, Computop does not say what they mean.
  {
    code: '21000068',
    key: 'computop.21000068',
    status: 'FAILED',
    en: 'Documented example; meaning not public',
    de: 'Dokumentiertes Beispiel; Bedeutung nicht öffentlich',
    source: 'computop',
  },
  {
    code: '22720040',
    key: 'computop.22720040',
    status: 'FAILED',
    en: 'Documented example; meaning not public',
    de: 'Dokumentiertes Beispiel; Bedeutung nicht öffentlich',
    source: 'computop',
  },
  {
    code: '40301003',
    key: 'computop.power-lost',
    status: 'FAILED',
    en: 'Power lost during transaction',
    de: 'Strom verloren bei Transaktion',
    source: 'computop',
  },
  {
    code: '40200000',
    key: 'internal.error',
    status: 'FAILED',
    en: 'Internal error',
    de: 'Interner Fehler',
    source: 'simulator',
  },
  {
    code: '20200001',
    key: 'transport.body-too-large',
    status: 'FAILED',
    en: 'Request too large',
    de: 'Anfrage zu groß',
    source: 'simulator',
  },
] as const satisfies readonly CodeEntry[];

export type GeneralKey = (typeof generalEntries)[number]['key'];
