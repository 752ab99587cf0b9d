import { findMerchant } from './authenticate/find-merchant.js';
import { verifyRequest, withPlainMerchantId } from './authenticate/verify-request.js';
import { decryptRequest } from './decode/decrypt.js';
import { decodeEnvelope } from './decode/envelope.js';
import type { PlainForm } from './decode/form.js';
import type { CallOutcome } from './encode/outcome.js';
import type { EngineOutcome } from './engine/index.js';
import type { CallInterface } from './interfaces/call-interface.js';
import type { SimulatorParts } from './parts.js';
import { isDecision, type ScenarioMark, type ScriptDecision } from './script/stage.js';

/** How far a call got: the outcome to encode, plus what the journal and replay memory need. */
export interface CallResult {
  readonly outcome: CallOutcome;
  /** Decrypted fields (canonical names), once decryption succeeded. */
  readonly request?: Readonly<Record<string, string>>;
  /** Set when the answer must be remembered under the request's ReqId. */
  readonly rememberFor?: {
    readonly merchantId: string;
    readonly fields: Readonly<Record<string, string>>;
  };
  /** The scenario that decided or marked the call, and its fault (decision 008). */
  readonly scenario?: ScenarioMark;
}

/**
 * The simulator's pipeline, one stage per folder, shared by every interface:
 * decode -> authenticate -> (replay) -> validate -> script -> engine.
 * The interface brings the tables to validate against and the engine.
 * Each stage returns a value; the first failure is the call's outcome.
 * Encoding the outcome is the caller's single next step (`encodeAnswer`).
 */
export function answerCall(
  parts: SimulatorParts,
  form: PlainForm,
  callInterface: CallInterface,
): CallResult {
  const decoded = decodeEnvelope(form);
  if (!decoded.ok) return { outcome: decoded.outcome };
  const found = findMerchant(parts.merchants, decoded.envelope);
  if (!found.ok) return { outcome: found.outcome };
  const decrypted = decryptRequest(decoded.envelope, found.merchant);
  if (!decrypted.ok) return { outcome: decrypted.outcome };

  const request = withPlainMerchantId(decrypted.request, decoded.envelope.merchantId);
  const merchantId = found.merchant.merchantId;
  const failure = verifyRequest(request, decoded.envelope.merchantId);
  if (failure) return { outcome: failure, request: request.fields };

  const replay = parts.replay.lookup(merchantId, request.fields);
  if (replay.kind === 'replay') {
    if (replay.differs) {
      parts.logger.warn('ReqId reused with other fields: answered with the first answer, as live', {
        merchant: merchantId,
        ReqId: request.fields.ReqId,
      });
    }
    return { outcome: replay.outcome, request: request.fields };
  }

  const validated = callInterface.validate(request, parts.catalogue);
  if (!validated.ok) return { outcome: validated.outcome, request: request.fields };

  const fields = validated.fields;
  const customerId = callInterface.debtorOf(parts, merchantId, request.fields);
  const verdict = parts.script({
    merchantId,
    call: callInterface.callOf(fields),
    fields,
    sent: request.fields,
    customerId,
    clock: parts.clock,
  });
  // A scripted decision answers instead of the engine and is not remembered
  // for its ReqId: it changed nothing, and a retry must meet the next step.
  const decision = isDecision(verdict) ? verdict : undefined;
  const { scenario, ...answer } =
    decision ?? toDecision(callInterface.handle(parts, { merchantId, fields }));
  const outcome: CallOutcome = {
    kind: 'merchant',
    keys: request.keys,
    request: request.fields,
    ...answer,
  };
  const mark = verdict?.scenario ? { scenario: verdict.scenario } : {};
  if (decision) return { outcome, request: request.fields, ...mark };
  return {
    outcome,
    request: request.fields,
    rememberFor: { merchantId, fields: request.fields },
    ...mark,
  };
}

function toDecision(outcome: EngineOutcome): ScriptDecision {
  return outcome.ok
    ? { codeKey: 'ok', result: outcome.result }
    : {
        codeKey: outcome.codeKey,
        description: outcome.description,
        ...(outcome.result ? { result: outcome.result } : {}),
      };
}
