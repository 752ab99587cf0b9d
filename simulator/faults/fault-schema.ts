import * as z from 'zod';

/** Ten minutes: longer than any client timeout worth testing, short enough to end on its own. */
export const MAX_FAULT_MS = 600_000;
/** How long `timeout` holds a call by default: beyond the client's default of 30 s. */
export const DEFAULT_HANG_MS = 60_000;

const ms = z.number().int().min(0).max(MAX_FAULT_MS);

const latency = z.union([
  ms,
  z
    .strictObject({ min: ms, max: ms })
    .refine((range) => range.min <= range.max, 'min must not be above max'),
]);

const httpStatus = z.number().int().min(400).max(599);

/** The fault kinds that replace the answer; at most one per rule. */
export const FAILURE_KINDS = [
  'timeout',
  'reset',
  'http',
  'unencrypted',
  'garbled',
  'badMac',
] as const;

/** `fault: reset` is short for `fault: { reset: true }` (and so for every kind without settings). */
const SHORTHANDS = new Set(['timeout', 'reset', 'unencrypted', 'garbled', 'badMac']);

/**
 * A fault as a scenario states it: `latencyMs` delays the answer (a number
 * or a `{ min, max }` range picked per call) and may be combined with one of
 * the kinds that replace the answer.
 *
 * @example { latencyMs: { min: 100, max: 400 } }
 * @example { timeout: { hangMs: 5000 } }
 * @example { http: 503 }
 * @example 'badMac'
 */
export const faultSchema = z.preprocess(
  (value) => (typeof value === 'string' && SHORTHANDS.has(value) ? { [value]: true } : value),
  z
    .strictObject({
      latencyMs: latency.optional(),
      timeout: z.union([z.literal(true), z.strictObject({ hangMs: ms })]).optional(),
      reset: z.literal(true).optional(),
      http: z
        .union([
          httpStatus,
          z.strictObject({ status: httpStatus, body: z.string().max(10_000).optional() }),
        ])
        .optional(),
      unencrypted: z.literal(true).optional(),
      garbled: z.literal(true).optional(),
      badMac: z.literal(true).optional(),
    })
    .superRefine((fault, ctx) => {
      const kinds = FAILURE_KINDS.filter((kind) => fault[kind] !== undefined);
      if (kinds.length > 1) {
        ctx.addIssue({
          code: 'custom',
          message: `only one of ${FAILURE_KINDS.join(', ')} per fault (got ${kinds.join(' and ')})`,
        });
      }
      if (kinds.length === 0 && fault.latencyMs === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `expected latencyMs or one of ${FAILURE_KINDS.join(', ')}`,
        });
      }
    }),
);

export type FaultSpec = z.output<typeof faultSchema>;
