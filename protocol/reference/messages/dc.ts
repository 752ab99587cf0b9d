import { bcTable } from './bc.js';
import type { MessageTable } from './types.js';

/**
 * DirectChange. The seed defines it inside the BC section ("Hier erfolgt
 * kein Bonitätscheck, die Daten werden nur im Paygate gespeichert") and gives
 * it no table of its own, so it takes BC's table, RequestReasons included.
 */
export const dcTable = {
  ...bcTable,
  eventToken: 'DC',
  de: 'DirectChange (Daten nur speichern)',
  en: 'DirectChange (store data only)',
  sharesTableWith: 'BC',
  note: 'No credit check: data are stored and sent to Real Solution with the first UP/RG; no OC is needed. Must be enabled by Computop support.',
} as const satisfies MessageTable;
