import type { ParameterEntry } from './def.js';

const salutations = ['Herr', 'Frau', 'Firma', 'Unbekannt'] as const;

/** The soft salutation list, shared by Salutation and sdSalutation. */
export const salutationValues = {
  knownValues: salutations,
  fallback: 'Unbekannt',
  note: 'Not a hard enum: the seed reads a missing or wrong value as "Unbekannt", so any ans..10 passes.',
} as const;

/** Who the debtor is and how to reach them (not where they live: see address.ts). */
export const customerParameters = {
  IPAddr: {
    number: 10,
    format: 'ans..15',
    source: 'seed',
    de: 'IP-Adresse der angefragten Person',
    en: 'IP address of the person checked',
    note: 'ans..15 fits IPv4 only; an IPv6 address is too long.',
  },
  CustomerID: {
    number: 11,
    format: 'ans..20',
    source: 'seed',
    de: 'Kunden-, Debitoren- oder Kontonummer der angefragten Person',
    en: 'Customer, debtor or account number of the person checked',
    note: 'BC calls it CustomerID (ans..20); UP calls the same thing DebitorID (ans..10).',
  },
  ShopID: {
    number: 12,
    format: 'ans..20',
    source: 'seed',
    de: 'ID des Shops',
    en: 'Shop ID',
  },
  Channel: {
    number: 13,
    format: 'ans..64',
    source: 'seed',
    de: 'Bestellsystem, falls mehrere parallel genutzt werden',
    en: 'Ordering system, when several run side by side',
  },
  Salutation: {
    number: 14,
    format: 'ans..10',
    ...salutationValues,
    source: 'seed',
    de: 'Anrede: Herr, Frau, Firma oder Unbekannt',
    en: 'Salutation: Herr, Frau, Firma (company) or Unbekannt (unknown)',
  },
  FirstName: {
    number: 15,
    format: 'ans..24',
    source: 'seed',
    de: 'Vorname des Kunden',
    en: "Customer's first name",
  },
  LastName: {
    number: 16,
    format: 'ans..30',
    source: 'seed',
    de: 'Nachname oder Firmenname',
    en: 'Last name or company name',
  },
  DateOfBirth: {
    number: 17,
    format: 'ans..10',
    shape: 'date',
    sensitive: true,
    source: 'seed',
    de: 'Geburtsdatum (YYYY-MM-DD)',
    en: 'Date of birth (YYYY-MM-DD)',
  },
  PlaceOfBirth: {
    number: 18,
    format: 'ans..30',
    sensitive: true,
    source: 'seed',
    de: 'Geburtsort',
    en: 'Place of birth',
  },
  Phone: {
    number: 25,
    format: 'ans..20',
    source: 'seed',
    de: 'Telefonnummer des Kunden',
    en: "Customer's phone number",
  },
  Email: {
    number: 26,
    format: 'ans..100',
    source: 'seed',
    de: 'E-Mail-Adresse des Kunden',
    en: "Customer's e-mail address",
  },
  MobileNo: {
    number: 27,
    format: 'ans..20',
    source: 'seed',
    de: 'Mobiltelefonnummer des Kunden',
    en: "Customer's mobile number",
  },
  DebitorID: {
    number: 58,
    format: 'ans..10',
    source: 'seed',
    de: 'Kunden-, Debitoren- oder Kontonummer der angefragten Person',
    en: 'Customer, debtor or account number of the person',
    note: 'UP-only name for what BC calls CustomerID, and shorter (ans..10 against ans..20).',
  },
} as const satisfies Record<string, ParameterEntry>;
