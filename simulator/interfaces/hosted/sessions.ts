import { randomBytes } from 'node:crypto';
import type { PaymentCall } from '../../../protocol/reference/payments.js';
import type { MerchantKeys } from '../../../protocol/wire.js';
import type { MaskedCard } from '../../store/gateway-records.js';

/**
 * One customer on a payment page, between opening it and being sent back.
 * Held in memory only (keys included, never logged): a page left open over
 * a restart has to be opened again, as a live session would time out.
 */
export interface HostedSession {
  readonly token: string;
  readonly call: Extract<PaymentCall, 'payssl' | 'paypal'>;
  readonly merchantId: string;
  readonly payId: string;
  readonly keys: MerchantKeys;
  /** The validated request fields of the page (canonical names). */
  readonly fields: Readonly<Record<string, string>>;
  /** `form`: waiting for card data or approval; `challenge`: 3-D Secure; `done`: sent back. */
  stage: 'form' | 'challenge' | 'done';
  /** The checked card, masked, while the 3-D Secure challenge is open. */
  card?: MaskedCard;
}

export interface HostedSessions {
  open(session: Omit<HostedSession, 'token' | 'stage'>): HostedSession;
  find(token: string): HostedSession | undefined;
  clear(): void;
}

/** Open pages kept before the oldest is forgotten: a bound for a long-running sandbox. */
export const MAX_OPEN_PAGES = 10_000;

export function createHostedSessions(max = MAX_OPEN_PAGES): HostedSessions {
  const sessions = new Map<string, HostedSession>();
  return {
    open(fields) {
      // Unguessable: the token is all that stands between a URL and someone else's payment page.
      const session: HostedSession = {
        ...fields,
        token: randomBytes(16).toString('hex'),
        stage: 'form',
      };
      sessions.set(session.token, session);
      for (const oldest of sessions.keys()) {
        if (sessions.size <= max) break;
        sessions.delete(oldest);
      }
      return session;
    },
    find: (token) => sessions.get(token),
    clear: () => sessions.clear(),
  };
}
