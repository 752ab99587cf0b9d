import { PaygateClient } from '../../client/index.js';
import type { MerchantKeys } from '../../protocol/wire.js';
import { SIMULATOR_ONLY_STATES, STATE_CARD, STATES, type StateName } from '../states.js';
import { buildPayment, type PaymentStage } from './build-payment.js';
import { asStateHandlers } from './simulator-states.js';
import type { StateHandlers } from './verify-pact.js';

type Params = Record<string, unknown>;
type Handler = (params: Params) => Promise<Params | undefined>;

/**
 * Provider states on the live Paygate, built only with real calls through the
 * client (there is no admin API live). States in SIMULATOR_ONLY_STATES have
 * no handler: their interactions are left out of a live run. Nothing is
 * reset between interactions, so every setup uses its own TransIDs, RefNr
 * and CustomerID, derived from `runId` (digits, unique per run).
 */
export function liveStateHandlers(
  baseUrl: string,
  keys: MerchantKeys,
  runId: string,
): StateHandlers {
  const client = new PaygateClient({ baseUrl, ...keys, env: {} });
  let setups = 0;
  const build =
    (stage: PaymentStage): Handler =>
    async (params) => {
      setups += 1;
      const spec = {
        amount: Number(params.amount),
        currency: String(params.currency),
        transIdPrefix: `STATE-${runId}-${setups}`,
        refNr: `${runId}-${setups}`,
        customerId: `S${runId.slice(-6)}${setups}`.slice(0, 10),
      };
      return { payId: await buildPayment(client, stage, spec) };
    };
  const nothing: Handler = async () => undefined;
  const card =
    (capture: 'AUTO' | 'MANUAL'): Handler =>
    async (params) => {
      setups += 1;
      const authorized = await client.authorizeCard({
        TransID: `STATE-${runId}-${setups}`,
        Amount: String(params.amount),
        Currency: String(params.currency),
        Capture: capture,
        ...STATE_CARD,
      });
      return { payId: authorized.payId ?? '' };
    };
  const handlers: Partial<Record<StateName, Handler>> = {
    [STATES.newDebtor]: nothing,
    [STATES.checked]: build('checked'),
    [STATES.order]: build('order'),
    [STATES.invoice]: build('invoice'),
    [STATES.unknownPayId]: nothing,
    [STATES.cardMerchant]: nothing,
    [STATES.cardAuthorized]: card('MANUAL'),
    [STATES.cardCaptured]: card('AUTO'),
  };
  for (const name of SIMULATOR_ONLY_STATES) delete handlers[name];
  return asStateHandlers(handlers as Record<string, Handler>);
}
