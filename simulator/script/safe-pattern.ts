import { RE2JS } from 're2js';

/** Longest `fields` pattern a scenario rule may carry, in characters. */
export const MAX_PATTERN_LENGTH = 512;

/** A compiled pattern: tested in time linear in the value, whatever the pattern. */
export interface SafePattern {
  test(value: string): boolean;
}

/**
 * Compiles a scenario pattern with RE2's engine (re2js, pure JavaScript),
 * which never backtracks: `(a+)+$` against a long run of `a` takes
 * microseconds, where JavaScript's RegExp takes longer than the universe.
 * The price: no lookaround and no backreferences (RE2 syntax), which a
 * field match does not need.
 *
 * @returns the pattern, or why it is refused (too long, or not RE2 syntax).
 * @example compilePattern('^Test-[0-9]{4}$') // { ok: true, pattern }
 */
export function compilePattern(
  source: string,
): { ok: true; pattern: SafePattern } | { ok: false; message: string } {
  if (source.length > MAX_PATTERN_LENGTH) {
    return {
      ok: false,
      message: `at most ${MAX_PATTERN_LENGTH} characters (${source.length} given)`,
    };
  }
  try {
    const compiled = RE2JS.compile(source);
    return { ok: true, pattern: { test: (value) => compiled.matcher(value).find() } };
  } catch (error) {
    return {
      ok: false,
      message: `not a valid RE2 regular expression, no lookaround or backreferences (${(error as Error).message})`,
    };
  }
}
