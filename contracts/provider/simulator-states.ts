import { PaygateClient } from '../../client/index.js';
import type { MerchantKeys } from '../../protocol/wire.js';
import { OVERDUE_INVOICE, STATE_CARD, STATES, type StateName } from '../states.js';
import type { StateHandlers } from './verify-pact.js';

type Params = Record<string, unknown>;

/** Calls the simulator's admin API (`/__sim/...`); a refusal fails the state setup. */
async function admin(baseUrl: string, path: string, body: unknown = {}): Promise<Params> {
  const response = await fetch(`${baseUrl}/__sim/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as Params;
  if (!response.ok)
    throw new Error(
      `state setup: /__sim/${path} answered ${response.status} ${JSON.stringify(answer)}`,
    );
  return answer;
}

const money = (params: Params) => ({
  amount: Number(params.amount),
  currency: String(params.currency),
});

/**
 * Provider states on the simulator. Every handler starts from a reset (empty
 * store, clock and ids rewound), so interactions never see each other's
 * payments and a run is deterministic. Payments are seeded through
 * `POST /__sim/state`, which runs the engine with real BC/OC/RG requests;
 * the dunned state adds a real UP MA through the client.
 */
export function simulatorStateHandlers(baseUrl: string, keys: MerchantKeys): StateHandlers {
  const seed = async (body: Params) => {
    await admin(baseUrl, 'reset');
    const seeded = await admin(baseUrl, 'state', body);
    return { payId: String(seeded.payId) };
  };
  const overdue = async (params: Params) => {
    const state = await seed({
      kind: 'invoice',
      ...money(params),
      invoice: { dueDate: OVERDUE_INVOICE.dueDate },
    });
    await admin(baseUrl, 'clock', { set: OVERDUE_INVOICE.overdueOn });
    return state;
  };
  // A real direct.aspx authorization through the client, as a merchant would make it.
  const cardPayment = async (params: Params, capture: 'AUTO' | 'MANUAL') => {
    await admin(baseUrl, 'reset');
    const client = new PaygateClient({ baseUrl, ...keys, env: {} });
    const { amount, currency } = money(params);
    const authorized = await client.authorizeCard({
      TransID: 'STATE-CARD',
      Amount: String(amount),
      Currency: currency,
      Capture: capture,
      ...STATE_CARD,
    });
    return { payId: authorized.payId ?? '' };
  };
  const handlers: Record<StateName, (params: Params) => Promise<Params | undefined>> = {
    [STATES.newDebtor]: async () => {
      await admin(baseUrl, 'reset');
      return undefined;
    },
    [STATES.creditLimit]: async (params) => {
      await admin(baseUrl, 'reset');
      await admin(baseUrl, 'state', {
        kind: 'debtor',
        customerId: params.customerId,
        creditLimit: params.creditLimit,
      });
      return undefined;
    },
    [STATES.declinedDebtor]: async (params) => {
      // Real Solution's own verdict has no API; a scenario rule stands in for it.
      await admin(baseUrl, 'reset');
      await admin(baseUrl, 'scenarios', {
        match: { eventToken: ['BC', 'DC'], customerId: params.customerId },
        respond: {
          key: 'business.credit-declined',
          codeExt: params.codeExt,
          errorText: params.errorText,
        },
        times: 'always',
      });
      return undefined;
    },
    [STATES.checked]: (params) => seed({ kind: 'credit-check', ...money(params) }),
    [STATES.order]: (params) => seed({ kind: 'order', ...money(params) }),
    [STATES.invoice]: (params) => seed({ kind: 'invoice', ...money(params) }),
    [STATES.overdue]: overdue,
    [STATES.dunned]: async (params) => {
      const state = await overdue(params);
      const client = new PaygateClient({ baseUrl, ...keys, env: {} });
      const { amount, currency } = money(params);
      await client.dunning({
        PayID: state.payId,
        TransID: 'STATE-MA',
        RefNr: '1',
        Amount: String(amount),
        Currency: currency,
      });
      return state;
    },
    [STATES.unknownPayId]: async () => {
      await admin(baseUrl, 'reset');
      return undefined;
    },
    [STATES.cardMerchant]: async () => {
      await admin(baseUrl, 'reset');
      return undefined;
    },
    [STATES.cardAuthorized]: (params) => cardPayment(params, 'MANUAL'),
    [STATES.cardCaptured]: (params) => cardPayment(params, 'AUTO'),
  };
  return asStateHandlers(handlers);
}

/** Pact's handler type takes loosely typed params; ours read them as a plain object. */
export function asStateHandlers(
  handlers: Readonly<Record<string, (params: Params) => Promise<Params | undefined>>>,
): StateHandlers {
  return Object.fromEntries(
    Object.entries(handlers).map(([name, handler]) => [
      name,
      async (params?: unknown) => (await handler((params ?? {}) as Params)) as never,
    ]),
  );
}
