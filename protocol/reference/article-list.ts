import { checkFormat, type FormatFailure } from '../format/check.js';
import { parseFormat } from '../format/notation.js';

/**
 * The ArticleList grammar of UP/RG: articles separated by `+`, the seven
 * fields of an article by `;`, in this order. Our readings:
 * - Since `;` and `+` are separators, no field can contain them (a name like
 *   "Salz+Pfeffer" shifts the fields and is reported as a wrong field count).
 * - The seed shows `<Bruttopreis>; <Nettopreis>` with a space, so spaces
 *   around the numeric fields are trimmed; text fields are kept verbatim.
 * - The seed marks no article field mandatory: text fields may be empty;
 *   the numeric ones may not, since an empty text is not a number.
 * - Prices are not checked against Amount or NetAmount: the seed gives no rule.
 */
export const articleFields = [
  { seed: 'Nummer', key: 'number', format: 'ans..40', numeric: false },
  { seed: 'Name', key: 'name', format: 'ans..100', numeric: false },
  { seed: 'Zusatz', key: 'addition', format: 'ans..10', numeric: false },
  { seed: 'Bruttopreis', key: 'grossPrice', format: 'n..10', numeric: true },
  { seed: 'Nettopreis', key: 'netPrice', format: 'n..10', numeric: true },
  { seed: 'Umsatzsteuersatz', key: 'vatRate', format: 'n..4', numeric: true },
  { seed: 'Warengruppe', key: 'productGroup', format: 'ans..15', numeric: false },
] as const;

export type ArticleFieldName = (typeof articleFields)[number]['seed'];

export interface Article {
  number: string;
  name: string;
  addition: string;
  /** In the smallest currency unit (cents). */
  grossPrice: number;
  netPrice: number;
  /** In hundredths of a percent: 1900 is 19 %. */
  vatRate: number;
  productGroup: string;
}

export interface ArticleFailure {
  /** Position of the article in the list, from 0. */
  article: number;
  /** The field concerned; absent when the article has the wrong number of fields. */
  field?: ArticleFieldName;
  kind: 'missing' | FormatFailure;
  message: string;
}

const ARTICLE_SEPARATOR = '+';
const FIELD_SEPARATOR = ';';

/**
 * Parses an ArticleList, reporting every broken article field.
 *
 * @example
 * parseArticleList('A-1;Tee;;1190; 1000;1900;Getränke');
 * // { ok: true, articles: [{ number: 'A-1', name: 'Tee', addition: '', grossPrice: 1190, ... }] }
 * parseArticleList('A-1;Tee;1190');
 * // { ok: false, failures: [{ article: 0, kind: 'invalid', message: '...' }] }
 */
export function parseArticleList(
  text: string,
): { ok: true; articles: Article[] } | { ok: false; failures: ArticleFailure[] } {
  const articles: Article[] = [];
  const failures: ArticleFailure[] = [];
  text.split(ARTICLE_SEPARATOR).forEach((record, index) => {
    const parsed = parseArticle(record, index);
    if ('failures' in parsed) failures.push(...parsed.failures);
    else articles.push(parsed.article);
  });
  return failures.length === 0 ? { ok: true, articles } : { ok: false, failures };
}

function parseArticle(
  record: string,
  index: number,
): { article: Article } | { failures: ArticleFailure[] } {
  const raw = record.split(FIELD_SEPARATOR);
  if (raw.length !== articleFields.length) {
    const message = `article ${index + 1} has ${raw.length} fields, expected ${articleFields.length}`;
    return { failures: [{ article: index, kind: 'invalid', message }] };
  }
  const values = articleFields.map((field, i) =>
    field.numeric ? (raw[i] ?? '').trim() : (raw[i] ?? ''),
  );
  const failures = articleFields.flatMap((field, i) => checkField(field, values[i] ?? '', index));
  if (failures.length > 0) return { failures };
  const [number = '', name = '', addition = '', gross, net, vat, productGroup = ''] = values;
  const [grossPrice, netPrice, vatRate] = [Number(gross), Number(net), Number(vat)];
  return { article: { number, name, addition, grossPrice, netPrice, vatRate, productGroup } };
}

function checkField(
  field: (typeof articleFields)[number],
  value: string,
  index: number,
): ArticleFailure[] {
  const kind =
    field.numeric && value === '' ? 'missing' : checkFormat(value, parseFormat(field.format));
  if (!kind) return [];
  const message = `article ${index + 1}, ${field.seed}: ${kind} (${field.format})`;
  return [{ article: index, field: field.seed, kind, message }];
}

/**
 * Writes articles in the ArticleList grammar (the inverse of parsing).
 *
 * @example
 * formatArticleList([{ number: 'A-1', name: 'Tee', addition: '', grossPrice: 1190,
 *   netPrice: 1000, vatRate: 1900, productGroup: 'Getränke' }]);
 * // 'A-1;Tee;;1190;1000;1900;Getränke'
 */
export function formatArticleList(articles: readonly Article[]): string {
  return articles
    .map((article) =>
      articleFields.map((field) => String(article[field.key])).join(FIELD_SEPARATOR),
    )
    .join(ARTICLE_SEPARATOR);
}
