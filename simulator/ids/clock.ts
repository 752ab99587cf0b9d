import { calendarDay, type IsoDate } from './calendar.js';

/**
 * The simulator's sense of time. Business rules ask for `today()` (due dates,
 * dunning); records carry `now()` as an ISO instant.
 */
export interface Clock {
  /** The current instant, ISO 8601 in UTC (`2025-03-31T08:15:00.000Z`). */
  now(): string;
  /** The current calendar day in the clock's time zone, `YYYY-MM-DD`. */
  today(): IsoDate;
}

/** Paygate and Real Solution are German services: their day turns at midnight in Berlin. */
export const DEFAULT_TIME_ZONE = 'Europe/Berlin';

/** The machine's clock. */
export function systemClock(timeZone: string = DEFAULT_TIME_ZONE): Clock {
  return {
    now: () => new Date().toISOString(),
    today: () => calendarDay(new Date(), timeZone),
  };
}
