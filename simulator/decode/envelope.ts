import {
  decodeRequestEnvelope,
  type EnvelopeFailure,
  type RequestEnvelope,
} from '../../protocol/wire.js';
import { type PlainOutcome, plainFailure } from '../encode/outcome.js';
import type { PlainForm } from './form.js';

// Len and Data are wire fields outside the parameter dictionary, so their
// codes are the fallback entries (detail 0000) with a description that names them.
const FAILURES: Readonly<Record<EnvelopeFailure, PlainOutcome>> = {
  'missing-merchant-id': plainFailure('validation.missing:MerchantID'),
  'missing-len': plainFailure('validation.missing', 'Len missing'),
  'missing-data': plainFailure('validation.missing', 'Data missing'),
  'bad-len': plainFailure('validation.wrong-characters', 'Len format error'),
};

/** Stage 1: the plain envelope, or the unencrypted answer saying what is wrong with it. */
export function decodeEnvelope(
  form: PlainForm,
): { ok: true; envelope: RequestEnvelope } | { ok: false; outcome: PlainOutcome } {
  const decoded = decodeRequestEnvelope(form);
  return decoded.ok
    ? { ok: true, envelope: decoded }
    : { ok: false, outcome: FAILURES[decoded.reason] };
}
