import { formatArticleList } from '../../protocol/reference/article-list.js';
import { CONTRACT_TODAY } from '../states.js';

/**
 * Example values of the contract. Fixed, so the pact file is the same on
 * every run; realistic, so a reader sees what the fields hold. Each one must
 * fit its field's format: the matchers refuse examples that do not.
 */

/** The PayID a state hands over; the verifier replaces it with the state's real one. */
export const EXAMPLE_PAY_ID = '7c1e0b5a9d3f4e2a8b6c0d1e2f3a4b5c';
export const EXAMPLE_XID = 'f0e1d2c3b4a5968778695a4b3c2d1e0f';
/** What answers carry where there is no PayID or XID. */
export const ZERO_ID = '0'.repeat(32);
export const EXAMPLE_REFERENZ_ID = '100000000001';

export const ORDER_AMOUNT = '10000';
export const CURRENCY = 'EUR';

/** The debtor as BC, DC and UP RG send it. */
export const DEBTOR = {
  Salutation: 'Frau',
  FirstName: 'Erika',
  LastName: 'Mustermann',
  DateOfBirth: '1964-08-12',
  AddrStreet: 'Heidestraße 17',
  AddrDistrict: '-',
  AddrZIP: '51147',
  AddrCity: 'Köln',
  AddrCountryCode: 'DE',
  Email: 'erika.mustermann@example.de',
} as const;

/** Bank data for the direct-debit reasons ZL and VL. */
export const BANK_ACCOUNT = {
  AccOwner: 'Erika Mustermann',
  IBAN: 'DE02120300000000202051',
  BIC: 'BYLADEM1001',
} as const;

/** Two articles whose gross prices add up to the order amount (19 % VAT). */
export const ARTICLE_LIST = formatArticleList([
  {
    number: 'TK-0815',
    name: 'Teekanne Glas 1,5 l',
    addition: '',
    grossPrice: 5950,
    netPrice: 5000,
    vatRate: 1900,
    productGroup: 'Küche',
  },
  {
    number: 'TS-4711',
    name: 'Darjeeling First Flush',
    addition: '250 g',
    grossPrice: 4050,
    netPrice: 3403,
    vatRate: 1900,
    productGroup: 'Tee',
  },
]);

/** The invoice block of UP RG (and, without address and articles, GU). */
export const INVOICE = {
  InvoiceNr: 'RE-2024-0001',
  InvoiceDate: CONTRACT_TODAY,
  InvoiceText: 'Rechnung zu Bestellung 4711',
  NetAmount: '8403',
} as const;

/** A call's own references: TransID per interaction, RefNr per order. */
export function references(transId: string, refNr = '4711-0001') {
  return { TransID: transId, RefNr: refNr } as const;
}
