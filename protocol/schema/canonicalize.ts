import { canonicalName, type ParameterName } from '../reference/parameters.js';

/** Fields under their canonical names, absent ones (empty or undefined) left out. */
export type CanonicalFields = Partial<Record<ParameterName, string>>;

/**
 * Renames fields to the dictionary's spelling, whatever case they came in.
 * Names outside the dictionary are dropped (the live Paygate ignores them),
 * and so are empty values, which count as absent. When one name comes twice
 * in different cases, the later non-empty one wins, as a repeated key does in
 * a parsed query string.
 *
 * @example
 * canonicalizeFields({ mac: 'AB', eventtoken: 'BC', Foo: '1', Email: '' });
 * // { MAC: 'AB', EventToken: 'BC' }
 */
export function canonicalizeFields(
  fields: Readonly<Record<string, string | undefined>>,
): CanonicalFields {
  const canonical: CanonicalFields = {};
  for (const [name, value] of Object.entries(fields)) {
    const known = canonicalName(name);
    if (known !== undefined && value !== undefined && value !== '') canonical[known] = value;
  }
  return canonical;
}
