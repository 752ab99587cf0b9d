import { describe, expect, it } from 'vitest';
import { addDays, calendarDay, isIsoDate } from '../../../simulator/ids/calendar.js';
import { systemClock } from '../../../simulator/ids/clock.js';
import { randomIdSource } from '../../../simulator/ids/random-id-source.js';
import { seededIdSource } from '../../../simulator/ids/seeded-id-source.js';
import { settableClock } from '../../../simulator/ids/settable-clock.js';

describe('id sources', () => {
  it('repeats the same ids for the same seed', () => {
    const a = seededIdSource(42);
    const b = seededIdSource(42);
    const draw = (ids: typeof a) => [ids.payId(), ids.xid(), ids.referenzId(), ids.documentNr()];
    expect(draw(a)).toEqual(draw(b));
    expect(seededIdSource(43).payId()).not.toBe(seededIdSource(42).payId());
  });

  it('makes ids in the formats of the seed', () => {
    for (const ids of [seededIdSource(1), randomIdSource()]) {
      expect(ids.payId()).toMatch(/^[0-9a-f]{32}$/);
      expect(ids.xid()).toMatch(/^[0-9a-f]{32}$/);
      expect(ids.referenzId()).toMatch(/^[1-9]\d{11}$/);
      expect(ids.documentNr()).toMatch(/^SIM\d{10}$/);
    }
  });

  it('makes different random ids on every call', () => {
    const ids = randomIdSource();
    expect(ids.payId()).not.toBe(ids.payId());
  });
});

describe('clocks', () => {
  it('stands still until set or advanced', () => {
    const clock = settableClock('2025-01-31');
    expect(clock.today()).toBe('2025-01-31');
    clock.advance({ days: 1 });
    expect(clock.today()).toBe('2025-02-01');
    clock.set('2025-12-31T22:30:00Z');
    expect(clock.now()).toBe('2025-12-31T22:30:00.000Z');
  });

  it('turns the day at midnight in Berlin', () => {
    const clock = settableClock('2025-12-31T23:30:00Z');
    expect(clock.today()).toBe('2026-01-01');
    expect(settableClock('2025-12-31T23:30:00Z', 'UTC').today()).toBe('2025-12-31');
  });

  it('refuses a start that is not a date', () => {
    expect(() => settableClock('tomorrow')).toThrow(RangeError);
  });

  it('reads the system time', () => {
    const before = Date.now();
    const now = Date.parse(systemClock().now());
    expect(now).toBeGreaterThanOrEqual(before);
    expect(systemClock('UTC').today()).toBe(new Date().toISOString().slice(0, 10));
  });
});

describe('calendar days', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-20', 30)).toBe('2026-01-19');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });

  it('tells real dates from look-alikes', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-3-1')).toBe(false);
  });

  it('names the day of an instant in a time zone', () => {
    expect(calendarDay(new Date('2025-06-30T22:30:00Z'), 'Europe/Berlin')).toBe('2025-07-01');
  });
});
