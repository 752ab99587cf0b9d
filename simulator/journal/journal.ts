import type { ScenarioMark } from '../script/stage.js';

/**
 * One call as the simulator saw it: decrypted request and answer, sensitive
 * values already masked. Keys and ciphertext are never part of an entry.
 */
export interface JournalEntry {
  /** Increases by one per call since start; a clear does not reset it. */
  readonly seq: number;
  /** Wall-clock time of the call (the simulated time is in the engine's records). */
  readonly at: string;
  readonly method: string;
  readonly path: string;
  /** The outer, plain MerchantID as sent. */
  readonly merchantId: string | undefined;
  /** Decrypted request fields with canonical names; `null` when nothing could be decrypted. */
  readonly request: Readonly<Record<string, string>> | null;
  /** The answer fields before encryption (without MAC). */
  readonly answer: Readonly<Record<string, string>>;
  /** `plain` for unencrypted early failures, `encrypted` otherwise. */
  readonly answerKind: 'plain' | 'encrypted';
  /** The catalogue code of the answer; a plain answer carries none in its body, as live. */
  readonly code?: string;
  /** True when a ReqId resubmission was answered from memory. */
  readonly replayed: boolean;
  readonly durationMs: number;
  /** The scenario rule or magic value that decided or marked the call, with its fault (decision 008). */
  readonly scenario?: ScenarioMark;
  /** Set on entries of the simulator's own URLNotify posts: which attempt, and what came back. */
  readonly notify?: NotifyAttempt;
}

/** One URLNotify post (of a hosted page's result) and its outcome. */
export interface NotifyAttempt {
  /** 1 for the first post; retries count on. */
  readonly attempt: number;
  /** The merchant server's HTTP status; absent when it did not answer. */
  readonly httpStatus?: number;
  /** Why there was no usable answer (refused, timeout, non-2xx). */
  readonly error?: string;
  /** The first 200 characters the merchant answered. */
  readonly response?: string;
  /** `retrying` while attempts are left after a failure. */
  readonly outcome: 'delivered' | 'retrying' | 'given-up';
}

export type NewJournalEntry = Omit<JournalEntry, 'seq'>;

/**
 * An encrypted answer the simulator sent on its own initiative (a payment
 * page's end, a URLNotify post), as a journal entry; not a replay.
 */
export function sentAnswerEntry(sent: {
  readonly path: string;
  readonly merchantId: string;
  readonly request: Readonly<Record<string, string>> | null;
  readonly answer: {
    readonly fields: Readonly<Record<string, string>>;
    readonly code?: string | undefined;
  };
  readonly durationMs: number;
}): NewJournalEntry {
  return {
    at: new Date().toISOString(),
    method: 'POST',
    path: sent.path,
    merchantId: sent.merchantId,
    request: sent.request,
    answer: sent.answer.fields,
    answerKind: 'encrypted',
    ...(sent.answer.code ? { code: sent.answer.code } : {}),
    replayed: false,
    durationMs: sent.durationMs,
  };
}

export interface Journal {
  record(entry: NewJournalEntry): void;
  /** Oldest first, newest last. */
  entries(): readonly JournalEntry[];
  /** How many entries are held now. */
  size(): number;
  clear(): number;
}

/**
 * A bounded ring buffer: the journal is for looking at recent calls, not an
 * archive, so memory stays flat however long the simulator runs.
 */
export function createJournal(capacity: number): Journal {
  const slots: (JournalEntry | undefined)[] = new Array(capacity);
  let next = 0;
  let size = 0;
  let seq = 0;
  return {
    record(entry) {
      seq += 1;
      slots[next] = { seq, ...entry };
      next = (next + 1) % capacity;
      size = Math.min(size + 1, capacity);
    },
    entries() {
      const start = (next - size + capacity) % capacity;
      const list: JournalEntry[] = [];
      for (let i = 0; i < size; i++) {
        const entry = slots[(start + i) % capacity];
        if (entry) list.push(entry);
      }
      return list;
    },
    size: () => size,
    clear() {
      const cleared = size;
      slots.fill(undefined);
      next = 0;
      size = 0;
      return cleared;
    },
  };
}
