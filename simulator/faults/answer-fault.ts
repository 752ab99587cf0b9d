import { DEFAULT_HANG_MS, type FaultSpec } from './fault-schema.js';

/** What happens instead of a normal answer. */
export type WireFailure =
  | { readonly kind: 'timeout'; readonly hangMs: number }
  | { readonly kind: 'reset' }
  | { readonly kind: 'http'; readonly status: number; readonly body?: string }
  | { readonly kind: 'unencrypted' }
  | { readonly kind: 'garbled' }
  | { readonly kind: 'badMac' };

/**
 * A fault for one call, settled when its scenario fires: the delay is
 * already picked from its range, so the journal shows what really happened.
 */
export interface AnswerFault {
  readonly delayMs: number;
  readonly failure?: WireFailure;
}

/**
 * Settles a fault for one call; `random` (0 <= x < 1) picks the latency in a range.
 *
 * @example
 * answerFault({ latencyMs: { min: 100, max: 200 }, reset: true }, () => 0.5)
 * // { delayMs: 150, failure: { kind: 'reset' } }
 */
export function answerFault(spec: FaultSpec, random: () => number = Math.random): AnswerFault {
  const failure = wireFailure(spec);
  const delayMs = delayOf(spec.latencyMs, random);
  return failure ? { delayMs, failure } : { delayMs };
}

function delayOf(latency: FaultSpec['latencyMs'], random: () => number): number {
  if (latency === undefined) return 0;
  if (typeof latency === 'number') return latency;
  return latency.min + Math.floor(random() * (latency.max - latency.min + 1));
}

function wireFailure(spec: FaultSpec): WireFailure | undefined {
  if (spec.timeout !== undefined) {
    return {
      kind: 'timeout',
      hangMs: spec.timeout === true ? DEFAULT_HANG_MS : spec.timeout.hangMs,
    };
  }
  if (spec.reset) return { kind: 'reset' };
  if (spec.http !== undefined) {
    if (typeof spec.http === 'number') return { kind: 'http', status: spec.http };
    return spec.http.body === undefined
      ? { kind: 'http', status: spec.http.status }
      : { kind: 'http', status: spec.http.status, body: spec.http.body };
  }
  if (spec.unencrypted) return { kind: 'unencrypted' };
  if (spec.garbled) return { kind: 'garbled' };
  if (spec.badMac) return { kind: 'badMac' };
  return undefined;
}
