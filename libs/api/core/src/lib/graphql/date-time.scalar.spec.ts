import { Kind } from 'graphql';

import { DateTime } from './date-time.scalar';

describe('DateTime', () => {
  it('reads ISO date-times and epoch milliseconds', () => {
    expect(DateTime.parseValue('2026-03-01T09:30:00Z')).toEqual(new Date('2026-03-01T09:30:00Z'));
    expect(DateTime.parseValue(0)).toEqual(new Date(0));
    expect(DateTime.parseLiteral({ kind: Kind.STRING, value: '2026-03-01T09:30:00Z' })).toEqual(
      new Date('2026-03-01T09:30:00Z'),
    );
  });

  it.each(['yesterday', '2026-13-01T00:00:00Z', '', null, {}, true])(
    'refuses %p, which is no date',
    (value) => {
      expect(() => DateTime.parseValue(value)).toThrow('DateTime must be a date and time');
    },
  );

  it.each(['-081034-05-27T11:45:29.845Z', '+275760-09-13T00:00:00.000Z', '0000-12-31T23:59:59.999Z'])(
    'refuses %s, outside the years 1 to 9999 (PostgreSQL cannot hold some of them)',
    (value) => {
      expect(() => DateTime.parseValue(value)).toThrow('DateTime must be in the years 1 to 9999');
    },
  );

  it('writes Dates as ISO strings', () => {
    expect(DateTime.serialize(new Date('2026-03-01T09:30:00Z'))).toBe('2026-03-01T09:30:00.000Z');
  });
});
