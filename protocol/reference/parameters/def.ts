/**
 * One parameter of the seed (or of paygate-protocol.md), as data.
 *
 * `number` is the PPPP part of an 8-digit response code. Computop's own table
 * is not public, so these are ours: seed parameters get 1-899 in order of
 * first appearance in the seed, protocol-doc parameters 901-999, and 0 stays
 * free for "no parameter" (the OK code 00000000). Numbers are never reused.
 */
export interface ParameterDef {
  /** Spelled exactly as the seed spells it; lookups ignore case. */
  name: string;
  number: number;
  /** Format notation, e.g. 'ans..30' (see protocol/format/notation.ts). */
  format: string;
  /** Hard list: any other value is a 'not-in-enum' failure. */
  enum?: readonly string[];
  /** Soft list: documented values, yet others are accepted and read as `fallback`. */
  knownValues?: readonly string[];
  fallback?: string;
  /** Meaning of each listed value (for generated docs). */
  valueLabels?: Readonly<Record<string, Label>>;
  /** A rule on top of the format: 'date' is YYYY-MM-DD, 'articleList' the ArticleList grammar. */
  shape?: 'date' | 'articleList';
  /** Masked in logs. */
  sensitive?: boolean;
  /** Where the parameter is documented. */
  /** seed 004, paygate-protocol.md, or the public payment docs and clients (decision 013). */
  source: 'seed' | 'protocol-doc' | 'payment-docs';
  de: string;
  en: string;
  /** Our reading where the seed is odd or silent. */
  note?: string;
  /**
   * The name on the wire where live departs from the seed's spelling (the
   * answer's `mid`): clients written against live read it case-sensitively.
   */
  wireName?: string;
}

export interface Label {
  de: string;
  en: string;
}

/** A dictionary entry before its name is attached (the name is its key). */
export type ParameterEntry = Omit<ParameterDef, 'name'>;
