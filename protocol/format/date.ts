/**
 * Dates as the seed writes them: `dttm` is `YYYY-MM-DDThh:mm:ss` (no zone, no
 * fractions), and several `ans..10` fields describe `YYYY-MM-DD`. Both must
 * name a real calendar day; the shape alone would let 2023-02-30 through.
 */

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_SHAPE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/;

/** How a text compares with a date pattern: wrong shape, right shape but no such day, or fine. */
export type DateReading = 'wrong-shape' | 'impossible' | 'ok';

/**
 * Reads `YYYY-MM-DD`.
 *
 * @example
 * readIsoDate('2024-02-29'); // 'ok'
 * readIsoDate('2023-02-29'); // 'impossible'
 * readIsoDate('29.02.2024'); // 'wrong-shape'
 */
export function readIsoDate(value: string): DateReading {
  const match = DATE_SHAPE.exec(value);
  if (!match) return 'wrong-shape';
  const [, year, month, day] = match.map(Number);
  return isCalendarDay(year, month, day) ? 'ok' : 'impossible';
}

/**
 * Reads `YYYY-MM-DDThh:mm:ss` (24-hour clock, no leap second).
 *
 * @example
 * readIsoDateTime('2024-05-01T23:59:59'); // 'ok'
 * readIsoDateTime('2024-05-01T24:00:00'); // 'impossible'
 * readIsoDateTime('2024-05-01 12:00:00'); // 'wrong-shape'
 */
export function readIsoDateTime(value: string): DateReading {
  const match = DATE_TIME_SHAPE.exec(value);
  if (!match) return 'wrong-shape';
  const [, year, month, day, hour, minute, second] = match.map(Number);
  const timeOk = inRange(hour, 0, 23) && inRange(minute, 0, 59) && inRange(second, 0, 59);
  return timeOk && isCalendarDay(year, month, day) ? 'ok' : 'impossible';
}

function isCalendarDay(
  year: number | undefined,
  month: number | undefined,
  day: number | undefined,
): boolean {
  if (year === undefined || month === undefined || day === undefined) return false;
  if (!inRange(month, 1, 12) || day < 1) return false;
  return day <= daysInMonth(year, month);
}

// Computed by hand: Date.UTC maps years 0-99 to 1900-1999.
function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function inRange(value: number | undefined, low: number, high: number): boolean {
  return value !== undefined && value >= low && value <= high;
}
