import { describe, expect, it } from 'vitest';
import { answerFault } from '../../../simulator/faults/answer-fault.js';
import { DEFAULT_HANG_MS } from '../../../simulator/faults/fault-schema.js';
import { errorPage } from '../../../simulator/faults/http-page.js';

describe('settling a fault for one call', () => {
  it('picks the latency inside its range, bounds included', () => {
    const range = { latencyMs: { min: 100, max: 200 } };
    expect(answerFault(range, () => 0).delayMs).toBe(100);
    expect(answerFault(range, () => 0.999_999).delayMs).toBe(200);
    expect(answerFault({ latencyMs: 42 }).delayMs).toBe(42);
  });

  it('gives a timeout its default hang beyond the client default of 30 s', () => {
    expect(answerFault({ timeout: true })).toEqual({
      delayMs: 0,
      failure: { kind: 'timeout', hangMs: DEFAULT_HANG_MS },
    });
    expect(DEFAULT_HANG_MS).toBeGreaterThan(30_000);
  });

  it('keeps an HTTP body when one is given', () => {
    expect(answerFault({ http: { status: 502, body: 'upstream down' } }).failure).toEqual({
      kind: 'http',
      status: 502,
      body: 'upstream down',
    });
    expect(answerFault({ http: 500 }).failure).toEqual({ kind: 'http', status: 500 });
  });

  it('writes an HTML error page naming the status', () => {
    expect(errorPage(503)).toContain('<title>503 Service Unavailable</title>');
  });
});
