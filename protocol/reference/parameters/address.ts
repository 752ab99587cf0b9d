import { salutationValues } from './customer.js';
import type { ParameterEntry } from './def.js';

// The seed spells the same idea three ways across the blocks: AddrZIP /
// AddrZip2 / sdAddrZip and AddrAddition / AddressAddition2 / sdAddressAddition.
// Case does not matter on the wire; the Addition/AddressAddition difference
// does, so the names stay exactly as printed.

// Declared before the tables below: they call these while the module loads.
type Which = '' | 'previous' | 'delivery';

const prefix: Record<Which, { de: string; en: string }> = {
  '': { de: '', en: '' },
  previous: { de: 'Voranschrift: ', en: 'Previous address: ' },
  delivery: { de: 'Lieferanschrift: ', en: 'Delivery address: ' },
};

function entry(number: number, format: string, which: Which, de: string, en: string) {
  const p = prefix[which];
  return { number, format, source: 'seed', de: p.de + de, en: p.en + en } as const;
}

function street(number: number, which: Which) {
  return entry(number, 'ans..30', which, 'Straßenname und Hausnummer', 'street and house number');
}

function district(number: number, which: Which) {
  return entry(number, 'ans..30', which, 'Adresszusatz wie Ortsteil', 'district');
}

function addition(number: number, which: Which) {
  return entry(number, 'ans..50', which, 'Adresszusatz wie z.Hd.', 'address addition (c/o)');
}

function zip(number: number, which: Which) {
  return entry(number, 'ans..5', which, 'Postleitzahl', 'postcode');
}

function city(number: number, which: Which) {
  return entry(number, 'ans..30', which, 'Ort', 'city');
}

function countryCode(number: number, which: Which) {
  return entry(number, 'a2', which, 'Ländercode nach ISO 3166', 'ISO 3166 country code');
}

/** The current address (BC and UP-RG). */
export const addressParameters = {
  AddrStreet: street(19, ''),
  AddrDistrict: district(20, ''),
  AddrAddition: addition(21, ''),
  AddrZIP: zip(22, ''),
  AddrCity: city(23, ''),
  AddrCountryCode: countryCode(24, ''),
} as const satisfies Record<string, ParameterEntry>;

/** Voranschrift: the previous address, optional. */
export const previousAddressParameters = {
  AddrStreet2: street(32, 'previous'),
  AddrDistrict2: district(33, 'previous'),
  AddrZip2: zip(34, 'previous'),
  AddrCity2: city(35, 'previous'),
  AddressAddition2: {
    ...addition(36, 'previous'),
    note: 'Spelled AddressAddition2, not AddrAddition2, in the seed.',
  },
  AddrCountryCode2: countryCode(37, 'previous'),
} as const satisfies Record<string, ParameterEntry>;

/** Lieferanschrift: the delivery address with its own recipient, optional. */
export const deliveryAddressParameters = {
  sdSalutation: {
    number: 38,
    format: 'ans..10',
    ...salutationValues,
    source: 'seed',
    de: 'Lieferanschrift: Anrede (Herr, Frau, Firma, Unbekannt)',
    en: 'Delivery address: salutation (Herr, Frau, Firma, Unbekannt)',
  },
  sdFirstName: {
    number: 39,
    format: 'ans..24',
    source: 'seed',
    de: 'Lieferanschrift: Vorname',
    en: 'Delivery address: first name',
  },
  sdLastName: {
    number: 40,
    format: 'ans..30',
    source: 'seed',
    de: 'Lieferanschrift: Nachname oder Firmenname',
    en: 'Delivery address: last name or company name',
  },
  sdAddrStreet: street(41, 'delivery'),
  sdAddrDistrict: district(42, 'delivery'),
  sdAddrZip: zip(43, 'delivery'),
  sdAddrCity: city(44, 'delivery'),
  sdAddressAddition: {
    ...addition(45, 'delivery'),
    note: 'Spelled sdAddressAddition, not sdAddrAddition, in the seed.',
  },
  sdAddrCountryCode: countryCode(46, 'delivery'),
} as const satisfies Record<string, ParameterEntry>;
