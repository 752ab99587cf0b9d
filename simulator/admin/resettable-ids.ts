import type { IdSource } from '../ids/id-source.js';
import { randomIdSource } from '../ids/random-id-source.js';
import { seededIdSource } from '../ids/seeded-id-source.js';

/** An IdSource that `/__sim/reset` can send back to the start of its sequence. */
export interface ResettableIds extends IdSource {
  rewind(): void;
}

/** Seeded ids when a seed is configured (the same sequence after every reset), random ones otherwise. */
export function resettableIds(seed: number | undefined): ResettableIds {
  const fresh = () => (seed === undefined ? randomIdSource() : seededIdSource(seed));
  let current = fresh();
  return {
    payId: () => current.payId(),
    xid: () => current.xid(),
    referenzId: () => current.referenzId(),
    documentNr: () => current.documentNr(),
    debtor: () => current.debtor(),
    rewind: () => {
      current = fresh();
    },
  };
}
