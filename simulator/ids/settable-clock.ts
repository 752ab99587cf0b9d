import { calendarDay } from './calendar.js';
import { type Clock, DEFAULT_TIME_ZONE } from './clock.js';

/** A clock that only moves when told to: for tests and for the admin API. */
export interface SettableClock extends Clock {
  /** Jump to an instant; a bare `YYYY-MM-DD` means noon UTC of that day (the same day in Europe). */
  set(instant: Date | string): void;
  /** Move forward (or back, with negative values). */
  advance(by: { days?: number; hours?: number; minutes?: number; seconds?: number }): void;
}

const MS = { days: 86_400_000, hours: 3_600_000, minutes: 60_000, seconds: 1_000 } as const;

export type ClockStep = Parameters<SettableClock['advance']>[0];

/** The length of a step in milliseconds (negative steps move back). */
export function stepMs(by: ClockStep): number {
  return (
    (by.days ?? 0) * MS.days +
    (by.hours ?? 0) * MS.hours +
    (by.minutes ?? 0) * MS.minutes +
    (by.seconds ?? 0) * MS.seconds
  );
}

// Dates go on the wire as YYYY-MM-DD and are compared as text: four-digit
// years only. The last year stays free for what is computed from today
// (due dates, payment terms), which must not pass 9999.
const EARLIEST_MS = Date.UTC(1000, 0, 1);
const LATEST_MS = Date.UTC(9999, 0, 1) - 1;
const RANGE_TEXT = 'the years 1000 to 9998';

/** Whether a clock may stand at `ms`: a real instant in the years 1000 to 9998. */
export function inClockRange(ms: number): boolean {
  return Number.isFinite(ms) && ms >= EARLIEST_MS && ms <= LATEST_MS;
}

/** A bare `YYYY-MM-DD` is noon UTC: the same calendar day everywhere in Europe. */
export function toInstant(value: Date | string): number {
  const text =
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value;
  const ms = new Date(text).getTime();
  // A bad start time is a programming error in a test or config, not a request outcome.
  if (!inClockRange(ms)) throw new RangeError(`not a date in ${RANGE_TEXT}: ${String(value)}`);
  return ms;
}

/** For schemas: whether the clocks accept `value` as a start or a `set`. */
export function isClockInstant(value: string): boolean {
  try {
    toInstant(value);
    return true;
  } catch {
    return false;
  }
}

export const CLOCK_INSTANT_HINT = 'expected YYYY-MM-DD or an ISO date-time, years 1000 to 9998';

/** `ms` moved by `by`; throws when that leaves the clock's range. */
export function advancedBy(ms: number, by: ClockStep): number {
  const next = ms + stepMs(by);
  if (!inClockRange(next)) throw new RangeError(`the clock would leave ${RANGE_TEXT}`);
  return next;
}

export function settableClock(
  start: Date | string = '2025-01-15',
  timeZone: string = DEFAULT_TIME_ZONE,
): SettableClock {
  let current = toInstant(start);
  return {
    now: () => new Date(current).toISOString(),
    today: () => calendarDay(new Date(current), timeZone),
    set: (instant) => {
      current = toInstant(instant);
    },
    advance: (by) => {
      current = advancedBy(current, by);
    },
  };
}
