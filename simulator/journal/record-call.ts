import type { PlainForm } from '../decode/form.js';
import type { EncodedAnswer } from '../encode/answer.js';
import type { SimulatorParts } from '../parts.js';
import type { CallResult } from '../pipeline.js';
import { maskFields } from './mask.js';

export interface CallRecord {
  /** What the journal keeps of the HTTP request. */
  readonly req: { readonly method: string; readonly path: string };
  readonly form: PlainForm;
  readonly result: CallResult;
  readonly answer: EncodedAnswer;
  readonly durationMs: number;
}

/**
 * Writes one call to the journal (masked) and one JSON log line. The log
 * line carries ids and codes only: no field values a person could be
 * identified or charged by, and never a key.
 */
export function recordCall(parts: SimulatorParts, call: CallRecord): void {
  const { req, form, result, answer } = call;
  const durationMs = Math.round(call.durationMs * 1000) / 1000;
  parts.rates.record(form.MerchantID ?? '');
  const masked = result.request ? maskFields(result.request) : null;
  parts.journal.record({
    at: new Date().toISOString(),
    method: req.method,
    path: req.path,
    merchantId: clip(form.MerchantID),
    request: masked,
    answer: answer.fields,
    answerKind: answer.kind,
    ...(answer.code !== undefined ? { code: answer.code } : {}),
    replayed: result.outcome.kind === 'replay',
    durationMs,
    ...(result.scenario ? { scenario: result.scenario } : {}),
  });
  const request = result.request ?? {};
  parts.logger.info('call', {
    EventToken: request.EventToken,
    RequestReason: request.RequestReason,
    TransID: answer.fields.TransID,
    PayID: answer.fields.PayID,
    merchant: clip(form.MerchantID),
    code: answer.code,
    status: answer.fields.Status,
    replayed: result.outcome.kind === 'replay' || undefined,
    scenario: result.scenario?.id,
    durationMs,
  });
  // LOG_LEVEL=debug: the whole decrypted call, masked as in the journal.
  if (parts.logger.level === 'debug') {
    parts.logger.debug('call detail', {
      path: req.path,
      request: JSON.stringify(masked),
      answer: JSON.stringify(answer.fields),
    });
  }
  const codeKey = 'codeKey' in result.outcome ? result.outcome.codeKey : undefined;
  if (codeKey !== undefined && parts.catalogue.byKey(codeKey) === undefined) {
    parts.logger.warn('code key missing from the catalogue; answered as internal.error', {
      codeKey,
    });
  }
}

/** Whatever arrived as MerchantID, at most 64 characters of it: an unknown one may be anything. */
function clip(value: string | undefined): string | undefined {
  return value === undefined || value.length <= 64 ? value : `${value.slice(0, 64)}…`;
}
