/** Options for {@link parsePlaintext}. */
export interface ParseOptions {
  /**
   * Percent-decode keys and values (and read '+' as a space), for the one
   * known client that url-encodes. Off by default: most integrations send
   * values raw, and decoding would corrupt a raw value containing '%'.
   */
  urlDecoded?: boolean;
}

/**
 * Parses the Paygate plaintext `Key=Value&Key=Value`.
 *
 * Each pair is split on its FIRST '=' only, so values may contain '='
 * (Base64, ArticleList). Empty pairs (`a=1&&b=2`) and pairs without a name
 * are skipped; a pair without '=' is a name with an empty value. Keys are
 * kept as sent: case-insensitive lookup is the reader's job (`canonicalName`
 * in protocol/reference, or {@link findField}). When a name repeats, the
 * first occurrence wins, as with URLSearchParams.get.
 *
 * A raw value cannot contain '&': it would start a new pair. We accept that,
 * as live integrations do, rather than url-encode by default.
 *
 * @example
 * parsePlaintext('TransID=T1&Data=a=b&&Mac=ab');
 * // { TransID: 'T1', Data: 'a=b', Mac: 'ab' }
 */
export function parsePlaintext(text: string, options: ParseOptions = {}): Record<string, string> {
  const decode = options.urlDecoded ? urlDecode : (part: string) => part;
  // Written straight into an object (a Map and fromEntries cost four times as
  // much per call); own-property checks keep inherited names out.
  const fields: Record<string, string> = {};
  for (const pair of text.split('&')) {
    const equals = pair.indexOf('=');
    const key = decode(equals < 0 ? pair : pair.slice(0, equals));
    if (key === '' || Object.hasOwn(fields, key)) continue;
    const value = equals < 0 ? '' : decode(pair.slice(equals + 1));
    if (key === '__proto__') {
      // A plain assignment would set the prototype; define it as data instead.
      Object.defineProperty(fields, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else fields[key] = value;
  }
  return fields;
}

/**
 * Writes fields as `Key=Value&...` in insertion order, skipping undefined
 * values. Values are written raw (not url-encoded); see parsePlaintext on '&'.
 *
 * @example
 * writePlaintext({ TransID: 'T1', PayID: undefined, Amount: '100' }); // 'TransID=T1&Amount=100'
 */
export function writePlaintext(fields: Readonly<Record<string, string | undefined>>): string {
  return Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
}

/**
 * Looks a field up by name ignoring case: live clients send `MAC` and `Mac`,
 * and responses may name fields in either case. An exact match wins.
 *
 * @example
 * findField({ Mac: 'AB12' }, 'MAC'); // 'AB12'
 */
export function findField<Value>(
  fields: Readonly<Record<string, Value>>,
  name: string,
): Value | undefined {
  if (Object.hasOwn(fields, name)) return fields[name];
  const lower = name.toLowerCase();
  const key = Object.keys(fields).find((candidate) => candidate.toLowerCase() === lower);
  return key === undefined ? undefined : fields[key];
}

/**
 * `fields` without the given names, matched ignoring case: for fields that
 * the encoder sets itself (MerchantID, MID, MAC) and a caller must not smuggle in.
 *
 * @example
 * omitFields({ Mac: 'x', Amount: '1' }, ['MAC']); // { Amount: '1' }
 */
export function omitFields<Value>(
  fields: Readonly<Record<string, Value>>,
  names: readonly string[],
): Record<string, Value> {
  const lower = new Set(names.map((name) => name.toLowerCase()));
  return Object.fromEntries(
    Object.entries(fields).filter(([key]) => !lower.has(key.toLowerCase())),
  );
}

/** Percent-decoding that never throws: a malformed escape is kept as sent. */
function urlDecode(part: string): string {
  const spaced = part.replaceAll('+', ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/**
 * A value made safe to write raw into a plaintext: `&` would start a new
 * pair and a line break end the value, so both become spaces.
 *
 * @example blankSeparators('a&b\r\nc') // 'a b  c'
 */
export function blankSeparators(value: string): string {
  return value.replace(/[&\r\n]/g, ' ');
}
