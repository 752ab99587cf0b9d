import { calendarDay } from '../ids/calendar.js';
import { DEFAULT_TIME_ZONE } from '../ids/clock.js';
import { advancedBy, type SettableClock, toInstant } from '../ids/settable-clock.js';

/** The simulator's clock: settable through `/__sim/clock`, and rewound by `/__sim/reset`. */
export interface SimulatorClock extends SettableClock {
  /** Back to the configured start (or to the machine's time when there is none). */
  rewind(): void;
}

/**
 * With a start date the clock stands still until told to move (tests and
 * pacts need that). Without one it runs with the machine's clock, shifted by
 * whatever `set` and `advance` asked for, so a long-running simulator still
 * sees days pass.
 */
export function simulatorClock(
  start?: string,
  timeZone: string = DEFAULT_TIME_ZONE,
): SimulatorClock {
  const running = start === undefined;
  const startMs = start === undefined ? 0 : toInstant(start);
  // A standing clock holds the instant; a running one the offset from the machine's time.
  let value = running ? 0 : startMs;
  const nowMs = () => (running ? Date.now() + value : value);
  return {
    now: () => new Date(nowMs()).toISOString(),
    today: () => calendarDay(new Date(nowMs()), timeZone),
    set: (instant) => {
      const target = toInstant(instant);
      value = running ? target - Date.now() : target;
    },
    advance: (by) => {
      const base = running ? Date.now() : 0;
      value = advancedBy(base + value, by) - base;
    },
    rewind: () => {
      value = running ? 0 : startMs;
    },
  };
}
