import * as z from 'zod';
import { resultTable } from '../reference/messages.js';
import type { FailureParams } from './failure.js';
import { fieldSchema } from './field.js';
import { resolveField } from './resolve.js';

/**
 * The zod schema of an answer, built from the result table: formats, allowed
 * values (Status OK/FAILED) and the M fields. Issues carry
 * `params: FailureParams`, as request issues do. Unknown keys (such as MAC,
 * which the seed's table leaves out) are stripped.
 *
 * @example
 * resultSchema().safeParse({ Status: 'MAYBE' }); // not-in-enum on Status, MID missing, ...
 */
export function resultSchema() {
  schema ??= buildSchema();
  return schema;
}

let schema: ReturnType<typeof buildSchema> | undefined;

function buildSchema() {
  const shape = Object.fromEntries(
    resultTable.fields.map((field) => [field.name, fieldSchema(resolveField(field))]),
  );
  return z.object(shape).check((ctx) => {
    for (const field of resultTable.fields) {
      if (field.presence !== 'M' || ctx.value[field.name]) continue;
      const params: FailureParams = { kind: 'missing', parameter: field.name };
      const message = `${field.name}: missing`;
      ctx.issues.push({ code: 'custom', input: ctx.value, path: [field.name], message, params });
    }
  });
}
