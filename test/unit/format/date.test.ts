import { describe, expect, it } from 'vitest';
import { readIsoDate, readIsoDateTime } from '../../../protocol/format/date.js';

describe('readIsoDate', () => {
  it.each(['2024-02-29', '2000-02-29', '1999-12-31', '2024-01-01', '0004-02-29'])(
    'accepts the calendar day %s',
    (value) => {
      expect(readIsoDate(value)).toBe('ok');
    },
  );

  it.each(['2023-02-29', '1900-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-00'])(
    'knows %s is no such day',
    (value) => {
      expect(readIsoDate(value)).toBe('impossible');
    },
  );

  it.each([
    '02.05.2024',
    '2024-5-2',
    '2024/05/02',
    '20240502',
    '2024-05-02T00:00:00',
    ' 2024-05-02',
  ])('rejects the shape of %j', (value) => {
    expect(readIsoDate(value)).toBe('wrong-shape');
  });
});

describe('readIsoDateTime', () => {
  it.each(['2024-05-01T00:00:00', '2024-05-01T23:59:59', '2024-02-29T12:30:00'])(
    'accepts %s',
    (value) => {
      expect(readIsoDateTime(value)).toBe('ok');
    },
  );

  it.each([
    '2024-05-01T24:00:00',
    '2024-05-01T12:60:00',
    '2024-05-01T12:00:60',
    '2023-02-29T12:00:00',
  ])('knows %s is no real moment', (value) => {
    expect(readIsoDateTime(value)).toBe('impossible');
  });

  it.each([
    '2024-05-01',
    '2024-05-01 12:00:00',
    '2024-05-01T12:00',
    '2024-05-01T12:00:00Z',
    '2024-05-01T12:00:00.000',
  ])('rejects the shape of %j', (value) => {
    expect(readIsoDateTime(value)).toBe('wrong-shape');
  });
});
