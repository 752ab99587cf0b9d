import { fakerDE as faker } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import { directDebitOrder } from '../../examples/sensitive-data.js';
import { erpOrder } from './erp-fixtures.js';
import { useE2e } from './support.js';

const STORABLE_KEYS = ['code', 'payId', 'refNr', 'status', 'transId', 'xid'];

function bankAccountOf(seed: number) {
  faker.seed(seed);
  return {
    owner: `Frau;${faker.person.firstName()};${faker.person.lastName()}`.slice(0, 30),
    iban: faker.finance.iban({ countryCode: 'DE' }),
    bic: faker.finance.bic(),
  };
}

describe('sensitive data: the ERP keeps references, never bank data', () => {
  const e2e = useE2e();

  it('stores only PayID, XID, TransID, RefNr, Status and Code of each call', async () => {
    const { client } = e2e();
    const draft = erpOrder('7001', 1);
    const bankAccount = bankAccountOf(1);

    const { order, stored } = await directDebitOrder(client, draft, bankAccount);

    expect(order.status).toBe('accepted');
    expect(stored.payId).toBe(order.payId);
    expect(stored.calls.map((call) => call.transId)).toEqual(['7001-BC', '7001-OC']);
    for (const call of stored.calls) expect(Object.keys(call).sort()).toEqual(STORABLE_KEYS);
    const kept = JSON.stringify(stored);
    for (const personal of [
      bankAccount.iban,
      bankAccount.iban.slice(-8),
      bankAccount.owner,
      bankAccount.bic,
      draft.customer.firstName,
      draft.customer.lastName,
      draft.customer.street,
    ]) {
      expect(kept).not.toContain(personal);
    }
    // The bank data went to the gateway only: the ERP's order does not hold it either.
    expect(JSON.stringify(order)).not.toContain(bankAccount.iban);
  });

  it('masks the IBAN, BIC and account owner in the simulator journal', async () => {
    const { client, journal, callsWith } = e2e();
    const bankAccount = bankAccountOf(2);
    await directDebitOrder(client, erpOrder('7002', 2), bankAccount);

    const [check] = await callsWith('7002-BC');
    const { IBAN, BIC, AccOwner, RequestReason } = check?.request ?? {};
    expect(RequestReason).toBe('ZL');
    expect(IBAN).toBe(`${'*'.repeat(bankAccount.iban.length - 4)}${bankAccount.iban.slice(-4)}`);
    expect(BIC).not.toBe(bankAccount.bic);
    expect(AccOwner).not.toBe(bankAccount.owner);
    const everything = JSON.stringify(await journal());
    expect(everything).not.toContain(bankAccount.iban);
    expect(everything).not.toContain(bankAccount.owner);
  });

  it('keeps only the last four IBAN characters in the simulated debtor account', async () => {
    const { client, debtor } = e2e();
    const draft = erpOrder('7003', 3);
    const bankAccount = bankAccountOf(3);
    await directDebitOrder(client, draft, bankAccount);

    const account = await debtor(draft.customer.id);

    expect(account.ibanLast4).toBe(bankAccount.iban.slice(-4));
    expect(JSON.stringify(account)).not.toContain(bankAccount.iban);
  });
});
