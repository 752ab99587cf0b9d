/**
 * The BC the benchmark and the pipeline profile send: one valid credit
 * check (ZG, direct debit), fixed apart from its ids so that runs compare.
 */
export function benchBcFields(transId: string, customerId: string): Record<string, string> {
  return {
    TransID: transId,
    RefNr: '4711',
    Amount: '10000',
    Currency: 'EUR',
    EventToken: 'BC',
    RequestReason: 'ZG',
    CustomerID: customerId,
    FirstName: 'Erika',
    LastName: 'Mustermann',
    DateOfBirth: '1980-04-01',
    AddrStreet: 'Heidestr. 17',
    AddrDistrict: 'Mitte',
    AddrZIP: '51147',
    AddrCity: 'Koeln',
    AddrCountryCode: 'DE',
    Email: 'erika.mustermann@example.com',
    IBAN: 'DE89370400440532013000',
  };
}
