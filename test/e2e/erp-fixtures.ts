import { fakerDE as faker } from '@faker-js/faker';
import { type Customer, type ErpOrder, newOrder, type OrderLine } from '../../examples/lib/erp.js';

/**
 * ERP master data from faker with a seed: the same seed gives the same
 * customer and articles, another seed another customer. Values are cut to
 * the gateway's lengths and kept free of the ArticleList separators.
 */

const cut = (value: string, max: number) => [...value].slice(0, max).join('');
const clean = (value: string) => value.replace(/[;+&]/g, ' ');

export function erpCustomer(seed: number): Customer {
  faker.seed(seed);
  const firstName = faker.person.firstName();
  const lastName = faker.person.lastName();
  return {
    id: `K${faker.string.numeric(8)}`,
    salutation: faker.helpers.arrayElement(['Herr', 'Frau']),
    firstName: cut(firstName, 24),
    lastName: cut(lastName, 30),
    street: cut(`${faker.location.street()} ${faker.location.buildingNumber()}`, 30),
    district: '-',
    zip: faker.location.zipCode('#####'),
    city: cut(faker.location.city(), 30),
    countryCode: 'DE',
    email: cut(faker.internet.email({ firstName, lastName }), 100),
  };
}

/** `count` articles at 19 %, 10.00 to 200.00 EUR net each. */
export function erpLines(seed: number, count = 3): OrderLine[] {
  faker.seed(seed + 1_000);
  return Array.from({ length: count }, (_, index) => {
    const netPrice = faker.number.int({ min: 1_000, max: 20_000 });
    return {
      articleNr: `A-${index + 1}-${faker.string.numeric(4)}`,
      name: cut(clean(faker.commerce.productName()), 100),
      grossPrice: Math.round(netPrice * 1.19),
      netPrice,
      vatRate: 1900,
      productGroup: faker.helpers.arrayElement(['Haushalt', 'Garten', 'Technik']),
    };
  });
}

/** A new ERP order: customer and lines from `seed`, the given order number (digits). */
export function erpOrder(orderNr: string, seed: number, lineCount = 3): ErpOrder {
  return newOrder(orderNr, erpCustomer(seed), erpLines(seed, lineCount));
}
