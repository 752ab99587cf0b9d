import type { z } from 'zod';

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
      const path = issue.path.map((part) =>
        typeof part === 'number' ? `[${part}]` : `.${String(part)}`,
      );
      const field = path.join('').replace(/^\./, '');
      return `${where}${field ? `: ${field}` : ''}: ${issue.message}`;
    })
    .join('\n');
}
