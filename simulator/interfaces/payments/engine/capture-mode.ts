import type { CaptureMode } from '../../../store/gateway-records.js';

/** Live takes at most 696 hours (29 days) for a delayed capture (decision 013). */
export const MAX_CAPTURE_HOURS = 696;

/**
 * Reads `Capture`: AUTO, MANUAL (also when absent), or a number of hours
 * after which the Paygate captures by itself. Anything else is invalid.
 */
export function parseCaptureMode(value: string | undefined): CaptureMode | undefined {
  if (value === undefined) return 'MANUAL';
  const upper = value.toUpperCase();
  if (upper === 'AUTO' || upper === 'MANUAL') return upper;
  if (!/^\d{1,3}$/.test(value)) return undefined;
  const hours = Number(value);
  return hours >= 1 && hours <= MAX_CAPTURE_HOURS ? { hours } : undefined;
}
