import type * as z from 'zod';
import type { FailureParams, ValidationFailure } from './failure.js';

/**
 * Turns the issues of a request or result schema back into failures. Our
 * own issues carry `params: FailureParams`; any other issue (a value that is
 * not a string at all) becomes `invalid` on the field at its path.
 *
 * @example
 * failuresFromIssues(requestSchema('OC').safeParse({}).error.issues)[0];
 * // { parameter: 'MerchantID', kind: 'missing', message: 'MerchantID: missing' }
 */
export function failuresFromIssues(issues: readonly z.core.$ZodIssue[]): ValidationFailure[] {
  return issues.map((issue) => {
    const params =
      issue.code === 'custom' ? (issue.params as FailureParams | undefined) : undefined;
    if (params === undefined) {
      return { parameter: String(issue.path[0] ?? ''), kind: 'invalid', message: issue.message };
    }
    const failure: ValidationFailure = {
      parameter: params.parameter,
      kind: params.kind,
      message: issue.message,
    };
    if (params.article) failure.article = params.article;
    return failure;
  });
}
