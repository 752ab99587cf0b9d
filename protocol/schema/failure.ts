import type { ArticleFieldName } from '../reference/article-list.js';
import type { ParameterName } from '../reference/parameters.js';

/**
 * Why a parameter was rejected. The format rules (`wrong-characters`,
 * `too-long`, `too-short`, `not-in-enum`, `invalid`) come from
 * protocol/format/check.ts; `missing` and `not-allowed` from the M/O/C
 * column and the conditions.
 */
export type FailureKind =
  | 'missing'
  | 'wrong-characters'
  | 'too-long'
  | 'too-short'
  | 'not-in-enum'
  | 'not-allowed'
  | 'invalid';

export interface ValidationFailure {
  /** Canonical spelling of a dictionary parameter. */
  parameter: ParameterName | (string & {});
  kind: FailureKind;
  /** English, for people; tests and code branch on `kind` and `parameter`. */
  message: string;
  /** For ArticleList failures: which article (from 0) and which of its fields. */
  article?: { index: number; field?: ArticleFieldName };
}

/** What a schema issue carries in `params`, so that it maps back to a failure. */
export interface FailureParams {
  kind: FailureKind;
  parameter: ParameterName;
  article?: { index: number; field?: ArticleFieldName };
}
