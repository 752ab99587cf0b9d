import type { Faker } from '@faker-js/faker';
import { parseFormat } from '../../protocol/format/notation.js';
import { parameterDef } from '../../protocol/reference/parameters.js';

/** The debtor block of a seeded state: name and German address. */
export type FakeDebtor = Readonly<Record<DebtorName, string>>;

const NAMES = [
  'Salutation',
  'FirstName',
  'LastName',
  'AddrStreet',
  'AddrDistrict',
  'AddrZIP',
  'AddrCity',
  'AddrCountryCode',
] as const;
type DebtorName = (typeof NAMES)[number];

/**
 * A realistic German debtor from faker's German locale (umlauts included),
 * each value cut to its reference format's maximum length, so a seeded
 * state reads like a real customer and still passes validation.
 */
export function fakeDebtor(faker: Faker): FakeDebtor {
  const sex = faker.person.sexType();
  const values: Record<DebtorName, string> = {
    Salutation: sex === 'female' ? 'Frau' : 'Herr',
    FirstName: faker.person.firstName(sex),
    LastName: faker.person.lastName(),
    AddrStreet: `${faker.location.street()} ${faker.location.buildingNumber()}`,
    AddrDistrict: '-',
    AddrZIP: faker.location.zipCode('#####'),
    AddrCity: faker.location.city(),
    AddrCountryCode: 'DE',
  };
  for (const name of NAMES) values[name] = cut(name, values[name]);
  return values;
}

function cut(name: DebtorName, value: string): string {
  const { length } = parseFormat(parameterDef(name).format);
  const max = length && 'max' in length ? length.max : undefined;
  return max === undefined ? value : [...value].slice(0, max).join('').trim();
}
