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
      current +=
        (by.days ?? 0) * MS.days +
        (by.hours ?? 0) * MS.hours +
        (by.minutes ?? 0) * MS.minutes +
        (by.seconds ?? 0) * MS.seconds;
    },
  };
}

function toInstant(value: Date | string): number {
  const text =
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value;
  const ms = new Date(text).getTime();
  // A bad start time is a programming error in a test or config, not a request outcome.
  if (Number.isNaN(ms)) throw new RangeError(`not a date: ${String(value)}`);
  return ms;
}
