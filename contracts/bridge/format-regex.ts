import type { TextKind } from '../../protocol/format/charset.js';
import { type Format, parseFormat } from '../../protocol/format/notation.js';
import { articleFields } from '../../protocol/reference/article-list.js';
import type { ResolvedField } from '../../protocol/schema/resolve.js';

/**
 * The character classes of protocol/format/charset.ts as regex pieces. The
 * syntax is the common ground of the two engines that read these patterns:
 * Oniguruma (Pact's core, where the contract is checked) and JavaScript with
 * the `u` flag (where matchers.test.ts proves them equal to `checkFormat`).
 */
const LETTER = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF';
const DIGIT = '0-9';
// Every printable character that is neither letter nor digit: punctuation,
// symbols, spaces and combining marks. `&` is one, but never allowed (it
// splits plaintext pairs), hence the lookahead in `charOf`.
const SPECIAL = '\\p{P}\\p{S}\\p{Zs}\\p{M}';

const classesOf: Readonly<Record<TextKind, readonly string[]>> = {
  a: [LETTER],
  as: [LETTER, SPECIAL],
  n: [DIGIT],
  an: [LETTER, DIGIT],
  ans: [LETTER, DIGIT, SPECIAL],
  ns: [DIGIT, SPECIAL],
};

/** One character of a text kind; `forbidden` are extra characters it may not hold (separators). */
function charOf(kind: TextKind, forbidden = ''): string {
  const classes = classesOf[kind];
  const excluded = `&${forbidden}`.replace(/[\]\\^-]/g, '\\$&');
  const set = `[${classes.join('')}]`;
  return classes.includes(SPECIAL) || forbidden ? `(?:(?![${excluded}])${set})` : set;
}

/** `{1,30}` for `..30`, `{3}` for `3`, `+` without a length. `min` 0 admits the empty string. */
function repeat(format: Format, min = 1): string {
  if (!format.length) return min === 0 ? '*' : '+';
  return 'fixed' in format.length ? `{${format.length.fixed}}` : `{${min},${format.length.max}}`;
}

function escapeLiteral(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

// Day ranges per month; only 29 February of a non-leap year slips through.
const DATE =
  '[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-9]))';
const TIME = '(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]';

/** One article of the ArticleList grammar: seven `;`-separated fields, numbers may be padded with spaces. */
function articlePattern(): string {
  return articleFields
    .map((field) => {
      const format = parseFormat(field.format);
      const kind = format.kind as TextKind;
      // Numbers may not be empty; text fields may (the seed marks none mandatory).
      if (field.numeric) return ` *${charOf(kind)}${repeat(format)} *`;
      return `${charOf(kind, ';+')}${repeat(format, 0)}`;
    })
    .join(';');
}

/**
 * The anchored regex a value of this field must match, derived from its
 * format notation, enum and shape (protocol/reference is the one source).
 * Dates are checked for shape and day ranges per month; 29 February of a
 * non-leap year is the one calendar rule the regex leaves to the provider.
 *
 * @example
 * fieldRegex(resolveField({ name: 'Currency', presence: 'M', group: 'call' }));
 * // '^[A-Za-z\u00C0-...]{3}$'
 */
export function fieldRegex(field: ResolvedField): string {
  const { format, enumValues, shape } = field;
  if (enumValues) return `^(?:${enumValues.map(escapeLiteral).join('|')})$`;
  if (shape === 'date') return `^${DATE}$`;
  if (shape === 'articleList') {
    const article = articlePattern();
    const max = format.length && 'max' in format.length ? format.length.max : undefined;
    const length = max === undefined ? '' : `(?=[^\\n]{1,${max}}$)`;
    return `^${length}${article}(?:\\+${article})*$`;
  }
  switch (format.kind) {
    case 'bool':
      return '^(?:[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee])$';
    case 'dttm':
      return `^${DATE}T${TIME}$`;
    case 'enum':
      throw new Error(`${field.name}: format enum without values`);
    default:
      return `^${charOf(format.kind)}${repeat(format)}$`;
  }
}
