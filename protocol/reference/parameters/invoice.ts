import type { ParameterEntry } from './def.js';

/** "Zusatzdaten für Rechnung und Gutschrift": the invoice block of UP. */
export const invoiceParameters = {
  InvoiceNr: {
    number: 59,
    format: 'ans..20',
    source: 'seed',
    de: 'Belegnummer der Rechnung oder Gutschrift (nach Absprache mit dem Support)',
    en: 'Document number of the invoice or credit note (when agreed with support)',
  },
  InvoiceDate: {
    number: 60,
    format: 'ans..10',
    shape: 'date',
    source: 'seed',
    de: 'Belegdatum der Rechnung oder Gutschrift (YYYY-MM-DD)',
    en: 'Date of the invoice or credit note (YYYY-MM-DD)',
  },
  InvoiceText: {
    number: 61,
    format: 'ans..100',
    source: 'seed',
    de: 'Belegtext der Rechnung oder Gutschrift; bei Rechnung optional, wenn OrderDesc angegeben',
    en: 'Text of the invoice or credit note; optional for an invoice when OrderDesc is given',
  },
  DueDate: {
    number: 62,
    format: 'ans..10',
    shape: 'date',
    source: 'seed',
    de: 'Nur bei Rechnung: Fälligkeitsdatum (YYYY-MM-DD)',
    en: 'Invoice only: due date (YYYY-MM-DD)',
  },
  ArticleList: {
    number: 63,
    format: 'ans..1024',
    shape: 'articleList',
    source: 'seed',
    de: 'Nur bei Rechnung, optional: Artikelliste (Felder mit ";", Artikel mit "+" getrennt)',
    en: 'Invoice only, optional: list of articles (fields split by ";", articles by "+")',
  },
  NetAmount: {
    number: 64,
    format: 'n..10',
    source: 'seed',
    de: 'Nettobetrag in der kleinsten Währungseinheit (z.B. Cent)',
    en: 'Net amount in the smallest currency unit (e.g. cents)',
  },
  TaxCode: {
    number: 65,
    format: 'n..4',
    source: 'seed',
    de: 'Nur bei Rechnung: Umsatzsteuersatz, z.B. 1900 für 19 %; Pflicht mit ArticleList',
    en: 'Invoice only: VAT rate, e.g. 1900 for 19 %; required with ArticleList',
  },
} as const satisfies Record<string, ParameterEntry>;
