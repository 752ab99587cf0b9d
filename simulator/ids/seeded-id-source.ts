import { base, de, Faker } from '@faker-js/faker';
import { fakeDebtor } from './fake-debtor.js';
import { DOCUMENT_NR_PREFIX, type IdSource, REFERENZ_ID_LENGTH } from './id-source.js';

/**
 * Deterministic ids: a private faker instance with a fixed seed, so the
 * sequence depends only on the seed and the order of calls.
 */
export function seededIdSource(seed: number): IdSource {
  const faker = new Faker({ locale: [de, base] });
  faker.seed(seed);
  const hex32 = () => faker.string.hexadecimal({ length: 32, casing: 'lower', prefix: '' });
  const digits = (length: number) => faker.string.numeric({ length, allowLeadingZeros: false });
  // People come from a faker of their own, so seeding a state never shifts the ids.
  const people = new Faker({ locale: [de, base] });
  people.seed(seed);
  return {
    payId: hex32,
    xid: hex32,
    referenzId: () => digits(REFERENZ_ID_LENGTH),
    documentNr: () => `${DOCUMENT_NR_PREFIX}${digits(10)}`,
    debtor: () => fakeDebtor(people),
  };
}
