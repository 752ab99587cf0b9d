import { bcTable } from './messages/bc.js';
import { dcTable } from './messages/dc.js';
import { ocTable } from './messages/oc.js';
import { osTable } from './messages/os.js';
import type { EventToken, FieldGroup, Label, MessageTable } from './messages/types.js';
import { upTable } from './messages/up.js';

export { resultTable } from './messages/results.js';
export type * from './messages/types.js';

/**
 * The request table of each EventToken, as literal data: the client's input
 * types and the runtime schemas are both derived from it.
 *
 * @example
 * requestTables.UP.requestReasons; // ['RG', 'GU', 'ZA', 'MA', 'RM', 'DF']
 * requestTables.DC.sharesTableWith; // 'BC'
 */
export const requestTables = {
  BC: bcTable,
  DC: dcTable,
  OC: ocTable,
  UP: upTable,
  OS: osTable,
} as const;

export type RequestTables = typeof requestTables;

/** The RequestReasons a call takes (never for OC and OS). */
export type RequestReasonOf<E extends EventToken> = RequestTables[E] extends {
  readonly requestReasons: readonly (infer R)[];
}
  ? R
  : never;

export const eventTokens = Object.keys(requestTables) as EventToken[];

/**
 * Narrows a string to an EventToken (exact case, as the seed prints them).
 *
 * @example
 * isEventToken('UP'); // true
 * isEventToken('up'); // false
 */
export function isEventToken(value: string): value is EventToken {
  return Object.hasOwn(requestTables, value);
}

/** The table of a call, typed loosely for code that handles every call alike. */
export function requestTable(eventToken: EventToken): MessageTable {
  return requestTables[eventToken];
}

/** Headings of the groups, for generated docs. */
export const groupLabels: Readonly<Record<FieldGroup, Label>> = {
  call: { de: 'Aufruf', en: 'Call' },
  address: { de: 'Adressdaten', en: 'Debtor data' },
  previousAddress: { de: 'Voranschrift', en: 'Previous address' },
  deliveryAddress: { de: 'Lieferanschrift', en: 'Delivery address' },
  invoice: { de: 'Zusatzdaten für Rechnung und Gutschrift', en: 'Invoice and credit note data' },
  result: { de: 'Ergebnis', en: 'Result' },
  card: { de: 'Kartendaten', en: 'Card data' },
  redirect: { de: 'Weiterleitung und Benachrichtigung', en: 'Redirect and notification' },
};
