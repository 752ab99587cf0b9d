import { requestMac } from '../../protocol/mac.js';
import { validateRequest } from '../../protocol/validate.js';
import type { MerchantConfig } from '../config/merchant-schema.js';
import type { SimulatorParts } from '../parts.js';
import { bcFields, ocFields, rgFields, type StateNames } from './state-fields.js';
import type { StateRequest } from './state-request.js';

export interface SeedStep {
  readonly eventToken: string;
  readonly requestReason?: string;
  readonly transId: string;
  readonly codeKey: string;
  readonly result: Readonly<Record<string, string>>;
}

export type SeedResult =
  | { ok: true; payId?: string; customerId: string; steps: SeedStep[] }
  | { ok: false; status: 400 | 409; error: string; message: string; steps: SeedStep[] };

type StepFailure = { status: 400 | 409; error: string; message: string };

export type StateSeeder = (merchant: MerchantConfig, body: StateRequest) => SeedResult;

/**
 * Builds provider states by sending the engine the requests a client would
 * send (MAC included, validated like wire requests), so every business rule
 * stays in the engine and a seeded state is one a client could reach.
 * Numbers its states from 1; a new seeder (after a reset) starts again.
 */
export function createStateSeeder(parts: SimulatorParts): StateSeeder {
  let count = 0;
  return (merchant, body) => {
    count += 1;
    const names: StateNames = {
      number: count,
      customerId: body.customerId ?? `SIM${String(count).padStart(7, '0')}`,
      debtor: parts.ids.debtor(),
    };
    const { customerId } = names;
    if (body.kind === 'debtor') {
      parts.store.setCreditLimit(
        merchant.merchantId,
        customerId,
        body.creditLimit,
        parts.clock.now(),
      );
      return { ok: true, customerId, steps: [] };
    }
    const steps: SeedStep[] = [];
    const send = (fields: Record<string, string>) => runStep(parts, merchant, fields, steps);
    const failed = (failure: StepFailure): SeedResult => ({ ok: false, ...failure, steps });

    const check = send(bcFields(body, names));
    if (!check.ok) return failed(check.failure);
    const payId = check.result.PayID ?? '';
    if (body.kind !== 'credit-check') {
      const order = send(ocFields(body, names, payId));
      if (!order.ok) return failed(order.failure);
    }
    if (body.kind === 'invoice') {
      const invoice = send(rgFields(body, names, payId, parts.clock.today()));
      if (!invoice.ok) return failed(invoice.failure);
    }
    return { ok: true, payId, customerId, steps };
  };
}

/** Validates and applies one request; records the step; the result fields or why it failed. */
function runStep(
  parts: SimulatorParts,
  merchant: MerchantConfig,
  request: Record<string, string>,
  steps: SeedStep[],
): { ok: true; result: Record<string, string> } | { ok: false; failure: StepFailure } {
  const fields: Record<string, string> = { ...request, MerchantID: merchant.merchantId };
  const validation = validateRequest({ ...fields, MAC: requestMac(fields, merchant.hmacKey) });
  if (!validation.ok) {
    const message = validation.failures[0]?.message ?? 'invalid request';
    return { ok: false, failure: { status: 400, error: 'invalid-state-request', message } };
  }
  const merchantId = merchant.merchantId;
  const outcome = parts.engine.handle({
    merchantId,
    fields: validation.fields as Record<string, string>,
  });
  const result = outcome.ok ? outcome.result : (outcome.result ?? {});
  const { EventToken = '', RequestReason, TransID = '' } = fields;
  steps.push({
    eventToken: EventToken,
    ...(RequestReason ? { requestReason: RequestReason } : {}),
    transId: TransID,
    codeKey: outcome.ok ? 'ok' : outcome.codeKey,
    result,
  });
  if (outcome.ok) return { ok: true, result };
  return {
    ok: false,
    failure: { status: 409, error: 'engine-refused', message: outcome.description },
  };
}
