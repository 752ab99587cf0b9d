import { canonicalName } from '../reference/parameters.js';
import type { ValidationFailure } from '../validate.js';
import type { Catalogue } from './catalogue.js';
import { catalogue } from './default-catalogue.js';
import type { CodeEntry } from './entry.js';
import { validationKey } from './validation.js';

/**
 * The response code of a validation failure. Parameter names are matched
 * case-insensitively; a name outside the dictionary gets the kind's fallback
 * entry (detail 0000).
 *
 * @example
 * codeForFailure({ parameter: 'Amount', kind: 'too-long', message: '...' }).key
 * // 'validation.too-long:Amount'
 */
export function codeForFailure(failure: ValidationFailure, from: Catalogue = catalogue): CodeEntry {
  const name = canonicalName(failure.parameter);
  const specific = name === undefined ? undefined : from.byKey(validationKey(failure.kind, name));
  return specific ?? from.get(`validation.${failure.kind}`);
}
