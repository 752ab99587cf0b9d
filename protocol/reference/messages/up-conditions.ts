/**
 * The conditions of the UP table, read from the seed's sub-headings and
 * descriptions. See docs/decisions/003-reference-readings.md for the readings.
 */
import type { Condition } from './types.js';

export const upConditions = [
  {
    kind: 'onlyForReasons',
    id: 'up.address-only-rg',
    groups: ['address', 'previousAddress', 'deliveryAddress'],
    reasons: ['RG'],
    otherwise: 'ignore',
    seed: 'Adressdaten (nur bei RequestReason RG)',
    note: 'The heading covers Voranschrift and Lieferanschrift too. With another reason the block is format-checked, then ignored; its M fields are required with RG only.',
  },
  {
    kind: 'onlyForReasons',
    id: 'up.invoice-only-rg-gu',
    fields: ['InvoiceDate', 'InvoiceText', 'NetAmount'],
    reasons: ['RG', 'GU'],
    otherwise: 'ignore',
    seed: 'Zusatzdaten für Rechnung und Gutschrift',
    note: 'The invoice block (NetAmount included) belongs to invoices and credit notes. InvoiceNr is exempt: it stays optional for every reason, because ZA, MA, RM and DF need a way to name the invoice they act on (decision 004).',
  },
  {
    kind: 'onlyForReasons',
    id: 'up.invoice-only-rg',
    fields: ['DueDate', 'ArticleList', 'TaxCode'],
    reasons: ['RG'],
    otherwise: 'ignore',
    seed: 'Nur bei Rechnung',
    note: 'DueDate, ArticleList and TaxCode exist for invoices only; for RG they stay optional.',
  },
  {
    kind: 'waivedWith',
    id: 'up.invoice-text-or-order-desc',
    parameter: 'InvoiceText',
    reasons: ['RG'],
    whenPresent: 'OrderDesc',
    seed: 'Bei Rechnung optional, wenn OrderDesc angegeben ist.',
    note: 'Read as OrderDesc in the same request (validation is stateless); for GU InvoiceText stays mandatory.',
  },
  {
    kind: 'requiredWith',
    id: 'up.tax-code-with-article-list',
    parameter: 'TaxCode',
    whenPresent: 'ArticleList',
    seed: 'Pflicht, wenn ArticleList angegeben ist',
    note: 'Only reachable with RG, the one reason ArticleList exists for.',
  },
  {
    kind: 'forbidsLater',
    id: 'up.capture-auto-forbids-za',
    when: { parameter: 'Capture', equals: 'AUTO' },
    forbids: { eventToken: 'UP', requestReason: 'ZA' },
    seed: 'Es darf kein separater Request mit RequestReason ZA zur Übermittlung der Zahlung geliefert werden.',
    note: 'Stateful, for the engine: once a call on a PayID carried Capture=AUTO, a later UP/ZA on it is rejected.',
  },
] as const satisfies readonly Condition[];
