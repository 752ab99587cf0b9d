import type { FakeDebtor } from './fake-debtor.js';

/**
 * Where the simulator's identifiers come from. Two implementations: a seeded
 * one so tests and recorded pacts see the same ids on every run, and a random
 * one for a running simulator.
 *
 * @example
 * const ids = seededIdSource(42);
 * ids.payId(); // 32 lower-case hex characters, the same for seed 42 every time
 */
export interface IdSource {
  /** PayID (an32): one per payment, lower-case hex, as live samples show them. */
  payId(): string;
  /** XID (an32): one per transaction on a payment, lower-case hex, as live samples show them. */
  xid(): string;
  /** ReferenzID (n..50): Real Solution's id of one answer, digits only. */
  referenzId(): string;
  /** Document number (ans..20) for an invoice or credit note sent without InvoiceNr. */
  documentNr(): string;
  /** A realistic debtor (name, German address) for states built through `/__sim/state`. */
  debtor(): FakeDebtor;
}

/** Digits of a generated ReferenzID; well inside n..50 and never with a leading zero. */
export const REFERENZ_ID_LENGTH = 12;

/** Prefix of generated document numbers, so they are easy to tell from the merchant's own. */
export const DOCUMENT_NR_PREFIX = 'SIM';
