import type { EncodedAnswer } from '../../encode/answer.js';
import { type Journal, sentAnswerEntry } from '../../journal/journal.js';
import type { Logger } from '../../log/logger.js';

/** How long one URLNotify post may take before it counts as failed. */
const ATTEMPT_TIMEOUT_MS = 10_000;

export interface Notification {
  readonly merchantId: string;
  readonly url: string;
  /** The encrypted answer, posted as the form body (`MID`, `Len`, `Data`). */
  readonly answer: EncodedAnswer;
}

/**
 * Posts a hosted page's result to URLNotify, server to server, as live
 * does: a form body with the encrypted answer; a non-2xx answer or none is
 * retried after the configured delays. Each attempt goes into the journal
 * with what came back.
 */
export interface Notifier {
  send(notification: Notification): void;
  /** Notifications not yet delivered or given up. */
  pending(): number;
  /** Resolves when nothing is pending (tests wait on it). */
  settled(): Promise<void>;
  /** Stops every retry still scheduled. */
  close(): void;
}

export function createNotifier(options: {
  readonly delaysMs: readonly number[];
  readonly journal: Journal;
  readonly logger: Logger;
}): Notifier {
  const timers = new Set<NodeJS.Timeout>();
  let open = 0;
  let waiters: (() => void)[] = [];
  const done = () => {
    open -= 1;
    if (open === 0) {
      for (const wake of waiters) wake();
      waiters = [];
    }
  };

  const attempt = (notification: Notification, index: number) => {
    const delay = options.delaysMs[index] ?? 0;
    const timer = setTimeout(() => {
      timers.delete(timer);
      void post(notification).then((result) => {
        const last = index + 1 >= options.delaysMs.length;
        const outcome = result.ok ? 'delivered' : last ? 'given-up' : 'retrying';
        record(notification, index + 1, result, outcome);
        if (outcome === 'retrying') attempt(notification, index + 1);
        else done();
      });
    }, delay);
    timer.unref();
    timers.add(timer);
  };

  const record = (
    notification: Notification,
    number: number,
    result: PostResult,
    outcome: 'delivered' | 'retrying' | 'given-up',
  ) => {
    options.journal.record({
      ...sentAnswerEntry({
        path: notification.url,
        merchantId: notification.merchantId,
        request: null,
        answer: notification.answer,
        durationMs: result.durationMs,
      }),
      notify: {
        attempt: number,
        outcome,
        ...(result.httpStatus === undefined ? {} : { httpStatus: result.httpStatus }),
        ...(result.error === undefined ? {} : { error: result.error }),
        ...(result.response === undefined ? {} : { response: result.response }),
      },
    });
    const log = outcome === 'given-up' ? options.logger.warn : options.logger.info;
    log.call(options.logger, 'URLNotify', {
      merchant: notification.merchantId,
      PayID: notification.answer.fields.PayID,
      attempt: number,
      outcome,
      httpStatus: result.httpStatus,
      error: result.error,
    });
  };

  return {
    send(notification) {
      open += 1;
      attempt(notification, 0);
    },
    pending: () => open,
    settled: () => (open === 0 ? Promise.resolve() : new Promise((wake) => waiters.push(wake))),
    close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      open = 0;
      for (const wake of waiters) wake();
      waiters = [];
    },
  };
}

interface PostResult {
  readonly ok: boolean;
  readonly httpStatus?: number;
  readonly error?: string;
  readonly response?: string;
  readonly durationMs: number;
}

async function post(notification: Notification): Promise<PostResult> {
  const started = performance.now();
  const elapsed = () => Math.round((performance.now() - started) * 1000) / 1000;
  try {
    const response = await fetch(notification.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: notification.answer.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
    });
    const text = (await response.text()).slice(0, 200);
    const ok = response.status >= 200 && response.status < 300;
    return {
      ok,
      httpStatus: response.status,
      response: text,
      durationMs: elapsed(),
      ...(ok ? {} : { error: `HTTP ${response.status}` }),
    };
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : '';
    return { ok: false, error: cause || String(error), durationMs: elapsed() };
  }
}
