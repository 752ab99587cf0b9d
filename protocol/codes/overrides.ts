import * as z from 'zod';
import type { CodeEntry } from './entry.js';
import { parseCode } from './layout.js';

const codeSchema = z
  .string()
  .refine(
    (code) => parseCode(code).ok,
    'expected 8 characters S MMM PPPP (0-9, A-F; S one of 0 2 4 6 7)',
  )
  .transform((code) => code.toUpperCase());

/**
 * One entry of an override file. With the `key` (or `code`) of an existing
 * entry it changes that entry; with a new key and a free code it adds one
 * (then `status`, `en` and `de` are required).
 *
 * @example
 * [{ "key": "business.credit-declined", "code": "21000068" },
 *  { "code": "22019999", "key": "business.blocked", "status": "FAILED", "en": "Blocked", "de": "Gesperrt" }]
 */
export const codeOverrideSchema = z
  .strictObject({
    key: z.string().regex(/^\S+$/, 'expected a key without spaces').optional(),
    code: codeSchema.optional(),
    status: z.enum(['OK', 'FAILED']).optional(),
    en: z.string().min(1).optional(),
    de: z.string().min(1).optional(),
  })
  .refine((entry) => entry.key !== undefined || entry.code !== undefined, {
    message: 'needs a key or a code',
  });

export const codeOverridesSchema = z.array(codeOverrideSchema);

export type CodeOverride = z.input<typeof codeOverrideSchema>;

/** An override file or list that does not fit the catalogue. */
export class CodeOverrideError extends Error {
  override name = 'CodeOverrideError';
}

/** The entries after the overrides, in order; later overrides see earlier ones. */
export function applyOverrides(
  entries: readonly CodeEntry[],
  aliases: ReadonlyMap<string, string>,
  overrides: readonly CodeOverride[],
): CodeEntry[] {
  const parsed = codeOverridesSchema.safeParse(overrides);
  if (!parsed.success) throw new CodeOverrideError(describeIssues(parsed.error));
  const result = [...entries];
  parsed.data.forEach((override, index) => {
    const at = (message: string) => new CodeOverrideError(`[${index}]: ${message}`);
    const key =
      override.key === undefined ? undefined : (aliases.get(override.key) ?? override.key);
    const byKey = result.findIndex((entry) => entry.key === key);
    const byCode = result.findIndex((entry) => entry.code === override.code);
    if (byKey >= 0) {
      if (byCode >= 0 && byCode !== byKey) {
        throw at(`code ${override.code} already belongs to ${result[byCode]?.key}`);
      }
      result[byKey] = changed(result[byKey] as CodeEntry, override);
    } else if (key !== undefined && byCode >= 0) {
      throw at(
        `code ${override.code} belongs to ${result[byCode]?.key}, not to the new key ${key}`,
      );
    } else if (byCode >= 0) {
      result[byCode] = changed(result[byCode] as CodeEntry, override);
    } else {
      result.push(added(override, at));
    }
  });
  return result;
}

type ParsedOverride = z.output<typeof codeOverrideSchema>;

// A changed entry keeps its source: a reworded Computop code is still Computop's.
function changed(entry: CodeEntry, override: ParsedOverride): CodeEntry {
  const { code, status, en, de } = override;
  return {
    ...entry,
    code: code ?? entry.code,
    status: status ?? entry.status,
    en: en ?? entry.en,
    de: de ?? entry.de,
  };
}

function added(override: ParsedOverride, at: (message: string) => Error): CodeEntry {
  const { code, key, status, en, de } = override;
  if (key === undefined) throw at(`code ${code} is not in the catalogue; a new entry needs a key`);
  if (code === undefined) throw at(`key ${key} is not in the catalogue; a new entry needs a code`);
  if (status === undefined || en === undefined || de === undefined) {
    throw at(`new entry ${key} needs status, en and de`);
  }
  return { code, key, status, en, de, source: 'user' };
}

/** `[2].code: expected ...` lines, one per problem. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.map(formatSegment).join('') || '(root)'}: ${issue.message}`)
    .join('; ');
}

function formatSegment(segment: PropertyKey, position: number): string {
  if (typeof segment === 'number') return `[${segment}]`;
  return position === 0 ? String(segment) : `.${String(segment)}`;
}
