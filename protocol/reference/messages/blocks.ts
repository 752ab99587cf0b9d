/**
 * Blocks that BC and UP print identically (same names, formats and CND), so
 * they are written once. The id field in front of them differs (CustomerID
 * in BC, DebitorID in UP) and stays in each table.
 */

const districtNote =
  'M as the seed prints it, although many addresses have no district; empty counts as absent, so a placeholder such as "-" must be sent.';

/** Name, address, contact and bank data of the debtor ("Adressdaten"). */
export const debtorFields = [
  { name: 'Salutation', presence: 'O', group: 'address' },
  { name: 'FirstName', presence: 'M', group: 'address' },
  { name: 'LastName', presence: 'M', group: 'address' },
  { name: 'DateOfBirth', presence: 'O', group: 'address' },
  { name: 'PlaceOfBirth', presence: 'O', group: 'address' },
  { name: 'AddrStreet', presence: 'M', group: 'address' },
  { name: 'AddrDistrict', presence: 'M', group: 'address', note: districtNote },
  { name: 'AddrAddition', presence: 'O', group: 'address' },
  { name: 'AddrZIP', presence: 'O', group: 'address' },
  { name: 'AddrCity', presence: 'O', group: 'address' },
  { name: 'AddrCountryCode', presence: 'O', group: 'address' },
  { name: 'Phone', presence: 'O', group: 'address' },
  { name: 'Email', presence: 'O', group: 'address' },
  { name: 'MobileNo', presence: 'O', group: 'address' },
  { name: 'AccOwner', presence: 'O', group: 'address' },
  { name: 'AccBank', presence: 'O', group: 'address' },
  { name: 'IBAN', presence: 'O', group: 'address' },
  { name: 'BIC', presence: 'O', group: 'address' },
] as const;

/** "Voranschrift (Optional: Alte Anschrift der Person)". */
export const previousAddressFields = [
  { name: 'AddrStreet2', presence: 'O', group: 'previousAddress' },
  { name: 'AddrDistrict2', presence: 'O', group: 'previousAddress' },
  { name: 'AddrZip2', presence: 'O', group: 'previousAddress' },
  { name: 'AddrCity2', presence: 'O', group: 'previousAddress' },
  { name: 'AddressAddition2', presence: 'O', group: 'previousAddress' },
  { name: 'AddrCountryCode2', presence: 'O', group: 'previousAddress' },
] as const;

/** "Lieferanschrift (Optional)". */
export const deliveryAddressFields = [
  { name: 'sdSalutation', presence: 'O', group: 'deliveryAddress' },
  { name: 'sdFirstName', presence: 'O', group: 'deliveryAddress' },
  { name: 'sdLastName', presence: 'O', group: 'deliveryAddress' },
  { name: 'sdAddrStreet', presence: 'O', group: 'deliveryAddress' },
  { name: 'sdAddrDistrict', presence: 'O', group: 'deliveryAddress' },
  { name: 'sdAddrZip', presence: 'O', group: 'deliveryAddress' },
  { name: 'sdAddrCity', presence: 'O', group: 'deliveryAddress' },
  { name: 'sdAddressAddition', presence: 'O', group: 'deliveryAddress' },
  { name: 'sdAddrCountryCode', presence: 'O', group: 'deliveryAddress' },
] as const;

/** paygate-protocol.md's idempotency key, accepted by every call. */
export const reqIdField = {
  name: 'ReqId',
  presence: 'O',
  group: 'call',
  source: 'protocol-doc',
  note: 'Not in the seed; paygate-protocol.md documents it for every call.',
} as const;
