import type { IdSource } from '../ids/id-source.js';
import { randomIdSource } from '../ids/random-id-source.js';
import { seededIdSource } from '../ids/seeded-id-source.js';

/** An IdSource that `/__sim/reset` can send back to the start of its sequence. */
export interface ResettableIds extends IdSource {
  rewind(): void;
}

/**
 * Seeded ids when a seed is configured (the same sequence after every reset), random ones otherwise.
 * `inUse` tells PayIDs the store already holds: a seeded sequence starts
 * again after a restart on a kept SQLite file, and must skip the PayIDs of
 * the first run instead of handing them out twice.
 */
export function resettableIds(
  seed: number | undefined,
  inUse: (payId: string) => boolean = () => false,
): ResettableIds {
  const fresh = () => (seed === undefined ? randomIdSource() : seededIdSource(seed));
  let current = fresh();
  return {
    payId: () => {
      let payId = current.payId();
      // 128 random bits do not collide; only a seeded sequence repeats itself.
      if (seed === undefined) return payId;
      while (inUse(payId)) payId = current.payId();
      return payId;
    },
    xid: () => current.xid(),
    referenzId: () => current.referenzId(),
    documentNr: () => current.documentNr(),
    debtor: () => current.debtor(),
    rewind: () => {
      current = fresh();
    },
  };
}
