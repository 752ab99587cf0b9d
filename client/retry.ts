import { PaygateConnectionError, PaygateHttpError, PaygateTimeoutError } from './failures.js';

export interface RetryPolicy {
  /** Attempts in all, the first one included; 1 turns retries off. */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 3,
  baseDelayMs: 250,
  maxDelayMs: 2_000,
};

export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Failures after which the request may or may not have reached the gateway.
 * Resending is only safe when the gateway can recognise the resubmission,
 * which is what `ReqId` is for; the caller checks that.
 */
export function isRetryable(error: unknown): boolean {
  if (error instanceof PaygateTimeoutError || error instanceof PaygateConnectionError) return true;
  return error instanceof PaygateHttpError && error.httpStatus >= 500;
}

/** Exponential: base, 2x base, 4x base ... capped at maxDelayMs. `retry` counts from 1. */
export function backoffDelay(retry: number, policy: RetryPolicy): number {
  return Math.min(policy.baseDelayMs * 2 ** (retry - 1), policy.maxDelayMs);
}

/**
 * Runs `attempt` until it succeeds, fails with a non-retryable error, or the
 * policy's attempts are used up; then the last error is thrown.
 */
export async function withRetries<T>(
  attempt: () => Promise<T>,
  options: { policy: RetryPolicy; retryAllowed: boolean; sleep: Sleep },
): Promise<T> {
  const maxAttempts = options.retryAllowed ? Math.max(1, options.policy.maxAttempts) : 1;
  for (let attemptNumber = 1; ; attemptNumber++) {
    try {
      return await attempt();
    } catch (error) {
      if (attemptNumber >= maxAttempts || !isRetryable(error)) throw error;
      await options.sleep(backoffDelay(attemptNumber, options.policy));
    }
  }
}
