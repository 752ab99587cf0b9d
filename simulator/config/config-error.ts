import type * as z from 'zod';

/**
 * A configuration the simulator refuses to start with. The message names the
 * variable or file and the field, so it can be fixed without reading code.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** `where: path.to.field: message` lines, one per zod issue. */
export function describeIssues(where: string, issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => {
      const field = pathText(issue.path);
      return `${where}${field ? `: ${field}` : ''}: ${issue.message}`;
    })
    .join('\n');
}

/** An unknown key is reported at the key itself, not at the object holding it. */
export function issuePath(issue: z.core.$ZodIssue): PropertyKey[] {
  const path = [...issue.path];
  if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) path.push(issue.keys[0]);
  return path;
}

/** `respond.code`, `scenarios[1].match.amount.min`; empty for the root. */
export function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
    .join('')
    .replace(/^\./, '');
}
