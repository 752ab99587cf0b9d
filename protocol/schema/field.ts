import * as z from 'zod';
import { checkFormat } from '../format/check.js';
import { readIsoDate } from '../format/date.js';
import { parseArticleList } from '../reference/article-list.js';
import type { FailureParams } from './failure.js';
import type { ResolvedField } from './resolve.js';

/**
 * The schema of one field: a string checked against its format, its allowed
 * values and its shape. The empty string passes here: an empty field counts
 * as absent, and absence is the object schema's concern (see request.ts).
 *
 * @example
 * fieldSchema(resolveField({ name: 'Currency', presence: 'M', group: 'call' })).safeParse('EURO');
 * // issue with params { kind: 'too-long', parameter: 'Currency' }
 */
export function fieldSchema(field: ResolvedField) {
  return z
    .string()
    .check((ctx) => {
      for (const [params, message] of fieldFailures(field, ctx.value)) {
        // continue: the object-level presence and condition checks still run.
        ctx.issues.push({ code: 'custom', input: ctx.value, message, params, continue: true });
      }
    })
    .optional();
}

type Finding = [FailureParams, string];

/** Every rule the value breaks, as issue params with a message. */
export function fieldFailures(field: ResolvedField, value: string): Finding[] {
  if (value === '') return [];
  const parameter = field.name;
  const kind = checkFormat(value, field.format, field.enumValues);
  if (kind) return [[{ kind, parameter }, `${parameter}: ${kind} (${expected(field, kind)})`]];
  if (field.shape === 'date' && readIsoDate(value) !== 'ok') {
    return [[{ kind: 'invalid', parameter }, `${parameter}: not a calendar date YYYY-MM-DD`]];
  }
  if (field.shape === 'articleList') {
    const parsed = parseArticleList(value);
    if (parsed.ok) return [];
    return parsed.failures.map((f) => {
      const article = f.field ? { index: f.article, field: f.field } : { index: f.article };
      return [{ kind: f.kind, parameter, article }, `${parameter}: ${f.message}`];
    });
  }
  return [];
}

function expected(field: ResolvedField, kind: string): string {
  if (kind === 'not-in-enum') return `one of ${field.enumValues?.join(', ')}`;
  return `format ${field.format.notation}`;
}
