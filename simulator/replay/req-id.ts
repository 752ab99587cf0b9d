import { createHash } from 'node:crypto';
import type { EncodedAnswer } from '../encode/answer.js';
import type { ReplayOutcome } from '../encode/outcome.js';
import type { Store } from '../store/store.js';

/** What the store keeps per ReqId: a digest of the request (no values in clear) and the first answer. */
interface RememberedAnswer {
  readonly fingerprint: string;
  readonly body: string;
  readonly fields: Readonly<Record<string, string>>;
}

export type ReplayLookup =
  | { readonly kind: 'new' }
  | {
      readonly kind: 'replay';
      readonly outcome: ReplayOutcome;
      /** The resubmission's fields differ from the first call's: worth a warning. */
      readonly differs: boolean;
    };

/**
 * ReqId idempotency as live documents it: a resubmission with the same ReqId
 * "will just return the status of the original transaction" and does nothing.
 * So it gets the first answer byte for byte, even when its other fields
 * differ (live does not compare them; decision 010); that case is flagged
 * so the pipeline can warn about a ReqId reused by mistake.
 */
export interface ReplayMemory {
  lookup(merchantId: string, fields: Readonly<Record<string, string>>): ReplayLookup;
  remember(
    merchantId: string,
    fields: Readonly<Record<string, string>>,
    answer: EncodedAnswer,
  ): void;
}

/** Remembered answers live in the store, so `reset` forgets them with the state they belong to. */
export function createReplayMemory(store: Store): ReplayMemory {
  return {
    lookup(merchantId, fields) {
      const reqId = fields.ReqId;
      if (!reqId) return { kind: 'new' };
      const stored = store.recallAnswer(merchantId, reqId);
      if (stored === undefined) return { kind: 'new' };
      const remembered = JSON.parse(stored) as RememberedAnswer;
      return {
        kind: 'replay',
        outcome: { kind: 'replay', body: remembered.body, fields: remembered.fields },
        differs: remembered.fingerprint !== fingerprint(fields),
      };
    },
    remember(merchantId, fields, answer) {
      const reqId = fields.ReqId;
      if (!reqId) return;
      const remembered: RememberedAnswer = {
        fingerprint: fingerprint(fields),
        body: answer.body,
        fields: answer.fields,
      };
      store.rememberAnswer(merchantId, reqId, JSON.stringify(remembered));
    },
  };
}

/**
 * SHA-256 over the request's fields in name order. The MAC is left out: it
 * is derived from the fields, so it adds nothing but a second way to differ.
 */
function fingerprint(fields: Readonly<Record<string, string>>): string {
  const hash = createHash('sha256');
  for (const name of Object.keys(fields).sort()) {
    if (name === 'MAC') continue;
    hash.update(`${name}\u0000${fields[name]}\u0000`);
  }
  return hash.digest('hex');
}
