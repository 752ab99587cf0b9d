import { randomInt } from 'node:crypto';
import type { Customer, OrderLine } from './erp.js';

/**
 * Data for the examples' `main`: a fixed customer and articles, with fresh
 * numbers per run so that running an example twice against the same
 * simulator does not reuse a TransID. Tests use their own fixtures.
 */

/** A fresh order number (digits: RefNr is ns..30). */
export const newOrderNr = () => String(randomInt(1_000_000_000, 9_999_999_999));

/** A fresh customer number that fits DebitorID (ans..10). */
export const newCustomerId = () => `K${randomInt(100_000_000, 999_999_999)}`;

export function sampleCustomer(id = newCustomerId()): Customer {
  return {
    id,
    salutation: 'Frau',
    firstName: 'Erika',
    lastName: 'Mustermann',
    street: 'Heidestr. 17',
    district: 'Mülheim',
    zip: '51147',
    city: 'Köln',
    countryCode: 'DE',
    email: 'erika.mustermann@example.org',
  };
}

/** A tea set of three articles at 19 % VAT: 89.25 EUR gross. */
export const sampleLines: readonly OrderLine[] = [
  line('TEE-01', 'Darjeeling 250 g', 1_000, 'Tee'),
  line('KAN-02', 'Teekanne 1,2 l', 4_000, 'Geschirr'),
  line('TAS-03', 'Teetassen, 6 Stück', 2_500, 'Geschirr'),
];

/** Above the simulator's default credit limit (5,000.00 EUR): a ZG check declines it. */
export const expensiveLines: readonly OrderLine[] = [
  line('ESP-99', 'Siebträgermaschine Gastro', 550_000, 'Maschinen'),
];

function line(articleNr: string, name: string, netPrice: number, productGroup: string): OrderLine {
  return {
    articleNr,
    name,
    netPrice,
    grossPrice: Math.round(netPrice * 1.19),
    vatRate: 1900,
    productGroup,
  };
}

/** Today in Europe/Berlin, the day the simulator's clock turns on. */
export function todayInBerlin(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(now);
}
