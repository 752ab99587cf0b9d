import type { Address, DebtorRecord } from '../store/records.js';
import { field } from './fields.js';
import type { EngineRequest } from './types.js';

/**
 * The debtor as the request describes it, merged over what was stored before:
 * a later call that leaves a field out does not erase it (BC, DC and UP RG all
 * carry address data, but not always all of it).
 */
export function debtorFromFields(
  customerId: string,
  request: EngineRequest,
  existing: DebtorRecord | undefined,
  at: string,
): DebtorRecord {
  const f = (name: string) => field(request, name);
  const iban = f('IBAN')?.replace(/\s/g, '');
  const sent: Omit<DebtorRecord, 'customerId' | 'updatedAt'> = {
    salutation: f('Salutation'),
    firstName: f('FirstName'),
    lastName: f('LastName'),
    // Like the IBAN, the birth date is personal data the simulator need not keep.
    yearOfBirth: f('DateOfBirth')?.slice(0, 4),
    address: address(f, [
      'AddrStreet',
      'AddrDistrict',
      'AddrAddition',
      'AddrZIP',
      'AddrCity',
      'AddrCountryCode',
    ]),
    previousAddress: address(f, [
      'AddrStreet2',
      'AddrDistrict2',
      'AddressAddition2',
      'AddrZip2',
      'AddrCity2',
      'AddrCountryCode2',
    ]),
    deliveryAddress: withoutEmpty({
      ...address(f, [
        'sdAddrStreet',
        'sdAddrDistrict',
        'sdAddressAddition',
        'sdAddrZip',
        'sdAddrCity',
        'sdAddrCountryCode',
      ]),
      firstName: f('sdFirstName'),
      lastName: f('sdLastName'),
    }),
    email: f('Email'),
    phone: f('Phone'),
    mobileNo: f('MobileNo'),
    ibanLast4: iban ? iban.slice(-4) : undefined,
  };
  return { ...existing, ...withoutEmpty(sent), customerId, updatedAt: at };
}

type AddressFields = [string, string, string, string, string, string];

function address(
  f: (name: string) => string | undefined,
  names: AddressFields,
): Address | undefined {
  const [street, district, addition, zip, city, countryCode] = names.map(f);
  return withoutEmpty({ street, district, addition, zip, city, countryCode });
}

/** Drops undefined properties; `undefined` when none is left. */
function withoutEmpty<T extends object>(value: T): T | undefined {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return entries.length === 0 ? undefined : (Object.fromEntries(entries) as T);
}
