import { randomBytes, randomInt } from 'node:crypto';
import { base, de, Faker } from '@faker-js/faker';
import { fakeDebtor } from './fake-debtor.js';
import { DOCUMENT_NR_PREFIX, type IdSource, REFERENZ_ID_LENGTH } from './id-source.js';

/** Unpredictable ids from the operating system's random source (people from an unseeded faker). */
export function randomIdSource(): IdSource {
  const hex32 = () => randomBytes(16).toString('hex');
  const people = new Faker({ locale: [de, base] });
  return {
    payId: hex32,
    xid: hex32,
    referenzId: () => randomDigits(REFERENZ_ID_LENGTH),
    documentNr: () => `${DOCUMENT_NR_PREFIX}${randomDigits(10)}`,
    debtor: () => fakeDebtor(people),
  };
}

function randomDigits(length: number): string {
  // The first digit is 1-9 so the id keeps its length when read as a number.
  let digits = String(randomInt(1, 10));
  while (digits.length < length) digits += String(randomInt(0, 10));
  return digits;
}
