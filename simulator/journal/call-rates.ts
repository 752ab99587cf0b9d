/**
 * Calls per merchant: the total since start (or reset) and over the last
 * minute, for `/__sim/health`. A ring of one-second buckets, so recording a
 * call is a few array writes and memory stays fixed per merchant.
 */
export interface CallRates {
  record(merchantId: string, now?: number): void;
  snapshot(now?: number): Readonly<Record<string, { total: number; lastMinute: number }>>;
  clear(): void;
}

const SECONDS = 60;
/** Merchants tracked at most; calls for unknown MerchantIDs share one entry. */
export const UNKNOWN_MERCHANT = '(unknown)';

interface Counter {
  total: number;
  readonly buckets: Uint32Array;
  /** The second each bucket holds, to tell a stale bucket from a current one. */
  readonly seconds: Float64Array;
}

export function createCallRates(isKnown: (merchantId: string) => boolean): CallRates {
  const counters = new Map<string, Counter>();
  return {
    record(merchantId, now = Date.now()) {
      const key = isKnown(merchantId) ? merchantId : UNKNOWN_MERCHANT;
      let counter = counters.get(key);
      if (!counter) {
        counter = {
          total: 0,
          buckets: new Uint32Array(SECONDS),
          seconds: new Float64Array(SECONDS),
        };
        counters.set(key, counter);
      }
      const second = Math.floor(now / 1000);
      const slot = second % SECONDS;
      if (counter.seconds[slot] !== second) {
        counter.seconds[slot] = second;
        counter.buckets[slot] = 0;
      }
      counter.buckets[slot] = (counter.buckets[slot] ?? 0) + 1;
      counter.total++;
    },
    snapshot(now = Date.now()) {
      const second = Math.floor(now / 1000);
      return Object.fromEntries(
        [...counters].map(([merchantId, counter]) => {
          let lastMinute = 0;
          for (let slot = 0; slot < SECONDS; slot++) {
            if (second - (counter.seconds[slot] ?? 0) < SECONDS)
              lastMinute += counter.buckets[slot] ?? 0;
          }
          return [merchantId, { total: counter.total, lastMinute }];
        }),
      );
    },
    clear: () => counters.clear(),
  };
}
