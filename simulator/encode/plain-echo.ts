import { blankSeparators, findField } from '../../protocol/plaintext.js';
import { resultTable } from '../../protocol/reference/messages.js';

/**
 * What the Paygate hands back outside the encryption (paygate-protocol.md,
 * "other live behaviour"): `Plain` as `&Plain=<value>`, and `Custom`, whose
 * `|`-separated `Name=Value` items come back as `&Name=Value` pairs. Both
 * are read from the plain form fields first, then from inside Data. A value
 * loses `&` and line breaks, which would split or break the answer; a
 * Custom item is dropped unless its name is plain (letters, digits, `_.-`)
 * and unlike any answer field (Status, Data, ...).
 *
 * @example
 * plainEcho({ Custom: 'session=123|id=456', Plain: 'shop-7' }, {})
 * // '&Plain=shop-7&session=123&id=456'
 */
export function plainEcho(
  form: Readonly<Record<string, string>>,
  request: Readonly<Record<string, string>> | undefined,
): string {
  const read = (name: string) => findField(form, name) ?? (request && findField(request, name));
  const pairs: string[] = [];
  const plain = read('Plain');
  if (plain) pairs.push(`Plain=${blankSeparators(plain)}`);
  const custom = read('Custom');
  for (const item of custom ? custom.split('|') : []) {
    const equals = item.indexOf('=');
    const name = item.slice(0, Math.max(equals, 0));
    if (SAFE_NAME.test(name) && !RESERVED.has(name.toLowerCase()))
      pairs.push(blankSeparators(item));
  }
  return pairs.map((pair) => `&${pair}`).join('');
}

// A Custom item may not pose as a field of the answer itself, neither by
// name nor by a name a url-decoding parser would turn into one (St%61tus).
const SAFE_NAME = /^[A-Za-z0-9_.-]+$/;
const RESERVED: ReadonlySet<string> = new Set(
  [...resultTable.fields.map((field) => field.name), 'Len', 'Data', 'MAC', 'Plain'].map((name) =>
    name.toLowerCase(),
  ),
);
