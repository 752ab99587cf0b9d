/**
 * The plain fields of a Paygate request the simulator reads, with the names
 * as the documentation spells them: the envelope, and `Custom`/`Plain`,
 * which the answer hands back unencrypted.
 */
export type PlainForm = {
  readonly MerchantID?: string;
  readonly Len?: string;
  readonly Data?: string;
  readonly Custom?: string;
  readonly Plain?: string;
};

const ENVELOPE_NAMES = {
  merchantid: 'MerchantID',
  len: 'Len',
  data: 'Data',
  custom: 'Custom',
  plain: 'Plain',
} as const;

/**
 * Reads `MerchantID`, `Len`, `Data`, `Custom` and `Plain` from the query
 * string and the body (the body wins), whatever the case of their names;
 * other plain fields are ignored, as live. The body is read as form-urlencoded whatever its
 * Content-Type says, because some clients send none.
 */
export function readPlainForm(query: string, body: Buffer | undefined): PlainForm {
  const form: Record<string, string> = {};
  collect(query, form);
  if (body && body.length > 0) collect(body.toString('utf8'), form);
  return form;
}

function collect(encoded: string, into: Record<string, string>): void {
  const seen = new Set<string>();
  for (const [name, value] of new URLSearchParams(encoded)) {
    const canonical = ENVELOPE_NAMES[name.toLowerCase() as keyof typeof ENVELOPE_NAMES];
    // The first occurrence in a source counts; a later source overrides an earlier one.
    if (canonical === undefined || seen.has(canonical)) continue;
    seen.add(canonical);
    into[canonical] = value;
  }
}

/** The path part of a request URL, without the query. */
export function pathOf(url: string): string {
  const mark = url.indexOf('?');
  return mark === -1 ? url : url.slice(0, mark);
}

/** The query part of a request URL, without `?`. */
export function queryOf(url: string): string {
  const mark = url.indexOf('?');
  return mark === -1 ? '' : url.slice(mark + 1);
}
