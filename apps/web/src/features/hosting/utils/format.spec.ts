import { isDay, parisDateTimeToIso, parseWhole } from './format';

describe('hosting format', () => {
  it('reads a date-time typed in the form on Paris time', () => {
    // UTC+1 in winter, UTC+2 in summer.
    expect(parisDateTimeToIso('2026-12-05T14:30')).toBe('2026-12-05T13:30:00.000Z');
    expect(parisDateTimeToIso('2027-07-01T09:00')).toBe('2027-07-01T07:00:00.000Z');
    expect(parisDateTimeToIso('2027-03-28T12:00')).toBe('2027-03-28T10:00:00.000Z');
    expect(parisDateTimeToIso('2026-02-30T10:00')).toBeUndefined();
    expect(parisDateTimeToIso('')).toBeUndefined();
  });

  it('checks days and whole numbers', () => {
    expect(isDay('2026-12-05')).toBe(true);
    expect(isDay('2026-13-01')).toBe(false);
    expect(isDay('05/12/2026')).toBe(false);
    expect(parseWhole(' 3 ', 1, 12)).toBe(3);
    expect(parseWhole('0', 1, 12)).toBeUndefined();
    expect(parseWhole('2.5', 1, 12)).toBeUndefined();
    expect(parseWhole('', 0, 12)).toBeUndefined();
  });
});
