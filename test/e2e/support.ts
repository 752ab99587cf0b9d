import { afterAll, beforeAll } from 'vitest';
import type { PaygateClient } from '../../client/index.js';
import { demoClient } from '../../examples/lib/demo-client.js';
import type { KnownKey } from '../../protocol/codes/index.js';
import type { JournalEntry } from '../../simulator/journal/journal.js';
import { DEMO_MERCHANT } from '../../simulator/merchants/demo-merchant.js';
import { type RunningSimulator, type StartOptions, startSimulator } from '../../simulator/start.js';
import type { GatewayPaymentRecord } from '../../simulator/store/gateway-records.js';
import type { DebtorSnapshot, PaymentSnapshot } from '../../simulator/store/snapshots.js';

/** A card or PayPal payment as `/__sim/gateway-payments` shows it. */
export type GatewayPaymentView = GatewayPaymentRecord & {
  readonly amounts: {
    readonly authorized: number;
    readonly captured: number;
    readonly credited: number;
  };
};

/** The simulated day every e2e simulator starts on (a Monday; the clock stands still). */
export const CLOCK_START = '2025-03-03';
export const MERCHANT_ID = DEMO_MERCHANT.merchantId;

/** A simulator in-process (demo merchant, fixed seed and clock) and the examples' client for it. */
export interface E2e {
  readonly sim: RunningSimulator;
  readonly client: PaygateClient;
  /** The 8-digit code of a catalogue key. */
  code(key: KnownKey): string;
  /** `GET /__sim/payments/:merchant/:payId`. */
  payment(payId: string | undefined): Promise<PaymentSnapshot>;
  /** `GET /__sim/gateway-payments/:merchant/:payId`: a card or PayPal payment with its steps. */
  gatewayPayment(payId: string | undefined): Promise<GatewayPaymentView>;
  /** `GET /__sim/debtors/:merchant/:customerId`. */
  debtor(customerId: string): Promise<DebtorSnapshot>;
  /** `GET /__sim/journal`: the calls as the simulator saw them, masked. */
  journal(): Promise<JournalEntry[]>;
  /** The journal's requests with this TransID, oldest first. */
  callsWith(transId: string): Promise<JournalEntry[]>;
  /** `POST /__sim/state`, e.g. `{ kind: 'debtor', customerId, creditLimit }`. */
  state(body: Record<string, unknown>): Promise<Record<string, unknown>>;
}

export async function startE2e(options: StartOptions = {}): Promise<E2e> {
  const sim = await startSimulator({ seed: 7, clockStart: CLOCK_START, ...options });
  const admin = async <T>(path: string, init?: RequestInit): Promise<T> => {
    const response = await fetch(`${sim.url}/__sim${path}`, init);
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const journal = async () => (await admin<{ entries: JournalEntry[] }>('/journal')).entries;
  return {
    sim,
    client: demoClient({ PAYGATE_BASE_URL: sim.url }),
    code: (key) => sim.parts.catalogue.get(key).code,
    payment: (payId) => admin(`/payments/${MERCHANT_ID}/${payId ?? 'none'}`),
    debtor: (customerId) => admin(`/debtors/${MERCHANT_ID}/${customerId}`),
    gatewayPayment: (payId) => admin(`/gateway-payments/${MERCHANT_ID}/${payId ?? 'none'}`),
    journal,
    callsWith: async (transId) =>
      (await journal()).filter((entry) => entry.request?.TransID === transId),
    state: (body) =>
      admin('/state', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
  };
}

/** One simulator for a describe block: started before its tests, closed after them. */
export function useE2e(options: StartOptions = {}): () => E2e {
  let e2e: E2e | undefined;
  beforeAll(async () => {
    e2e = await startE2e(options);
  });
  afterAll(async () => {
    await e2e?.sim.close();
  });
  return () => {
    if (!e2e) throw new Error('the simulator is not started yet');
    return e2e;
  };
}
