import { base, de, Faker } from '@faker-js/faker';
import { expect } from 'vitest';
import { createEngine } from '../../../simulator/engine/create-engine.js';
import type { EngineOptions } from '../../../simulator/engine/options.js';
import type { Engine, EngineOutcome } from '../../../simulator/engine/types.js';
import { seededIdSource } from '../../../simulator/ids/seeded-id-source.js';
import { type SettableClock, settableClock } from '../../../simulator/ids/settable-clock.js';
import { createMemoryStore } from '../../../simulator/store/memory-store.js';
import type { PaymentSnapshot } from '../../../simulator/store/snapshots.js';
import type { Store } from '../../../simulator/store/store.js';

export const MERCHANT = 'shop-a';
export const OTHER_MERCHANT = 'shop-b';
export const TODAY = '2025-03-10';

type Fields = Record<string, string>;

/** An engine over a fresh memory store, seeded ids, a clock standing on TODAY, and a seeded faker. */
export interface Harness {
  readonly engine: Engine;
  readonly store: Store;
  readonly clock: SettableClock;
  readonly faker: Faker;
  /** Sends one request; `merchant` defaults to MERCHANT. */
  send(fields: Fields, merchant?: string): EngineOutcome;
  /** A BC for a new faker debtor (or `CustomerID` in `fields`). */
  bc(fields?: Fields, merchant?: string): EngineOutcome;
  /** BC then OC for `amount`: the PayID of the order. */
  order(amount: number, fields?: Fields): string;
  up(payId: string, reason: string, amount: number, fields?: Fields): EngineOutcome;
  payment(payId: string, merchant?: string): PaymentSnapshot;
}

export function harness(options: Partial<EngineOptions> = {}): Harness {
  const store = createMemoryStore();
  const clock = settableClock(TODAY);
  const faker = new Faker({ locale: [de, base] });
  faker.seed(20250310);
  const engine = createEngine({ store, clock, ids: seededIdSource(7), ...options });
  const transId = () => `TID-${faker.string.alphanumeric(12)}`;
  const send = (fields: Fields, merchant = MERCHANT) =>
    engine.handle({
      merchantId: merchant,
      fields: { TransID: transId(), Currency: 'EUR', ...fields },
    });

  const h: Harness = {
    engine,
    store,
    clock,
    faker,
    send,
    bc: (fields = {}, merchant = MERCHANT) =>
      send(
        {
          ...debtorFields(faker),
          EventToken: 'BC',
          RequestReason: 'ZG',
          Amount: '10000',
          ...fields,
        },
        merchant,
      ),
    order(amount, fields = {}) {
      const payId = payIdOf(h.bc({ Amount: String(amount), ...fields }));
      const currency = fields.Currency ?? 'EUR';
      const oc = { EventToken: 'OC', PayID: payId, Amount: String(amount), Currency: currency };
      expectOk(send({ ...oc, RefNr: faker.string.numeric(8) }));
      return payId;
    },
    up: (payId, reason, amount, fields = {}) =>
      send({
        EventToken: 'UP',
        RequestReason: reason,
        PayID: payId,
        Amount: String(amount),
        RefNr: faker.string.numeric(8),
        ...(reason === 'RG' || reason === 'GU' ? invoiceFields(faker, amount) : {}),
        ...fields,
      }),
    payment(payId, merchant = MERCHANT) {
      const snapshot = store.getPayment(merchant, payId);
      if (!snapshot) throw new Error(`no payment ${payId}`);
      return snapshot;
    },
  };
  return h;
}

/** A debtor as BC/DC send it, from the seeded faker. */
export function debtorFields(faker: Faker): Fields {
  return {
    CustomerID: faker.string.numeric(8),
    Salutation: faker.helpers.arrayElement(['Herr', 'Frau']),
    FirstName: faker.person.firstName().slice(0, 24),
    LastName: faker.person.lastName().slice(0, 30),
    AddrStreet: faker.location.streetAddress().slice(0, 30),
    AddrDistrict: faker.location.state().slice(0, 30),
    AddrZIP: faker.location.zipCode('#####'),
    AddrCity: faker.location.city().slice(0, 30),
    AddrCountryCode: 'DE',
    Email: faker.internet.email(),
  };
}

function invoiceFields(faker: Faker, amount: number): Fields {
  return {
    DebitorID: faker.string.numeric(6),
    FirstName: faker.person.firstName().slice(0, 24),
    LastName: faker.person.lastName().slice(0, 30),
    AddrStreet: faker.location.streetAddress().slice(0, 30),
    AddrDistrict: faker.location.state().slice(0, 30),
    InvoiceDate: TODAY,
    InvoiceText: `Lieferung ${faker.lorem.words(3)}`.slice(0, 100),
    NetAmount: String(Math.round(amount / 1.19)),
  };
}

export function expectOk(outcome: EngineOutcome): Record<string, string> {
  if (!outcome.ok) throw new Error(`expected OK, got ${outcome.codeKey}: ${outcome.description}`);
  return outcome.result;
}

export function expectFailure(outcome: EngineOutcome, codeKey: string): Record<string, string> {
  expect(outcome.ok ? 'ok' : outcome.codeKey).toBe(codeKey);
  return outcome.ok ? {} : (outcome.result ?? {});
}

export function payIdOf(outcome: EngineOutcome): string {
  const payId = expectOk(outcome).PayID;
  if (!payId) throw new Error('no PayID in result');
  return payId;
}
