import { isCalendarDay } from './days';

describe('isCalendarDay', () => {
  it('accepts real days written YYYY-MM-DD only', () => {
    expect(['2026-11-27', '2028-02-29'].map(isCalendarDay)).toEqual([true, true]);
    expect(
      ['2027-02-29', '2026-13-01', '27/11/2026', '2026-11-27T00:00', '', '0000-01-01'].map(isCalendarDay),
    ).toEqual([false, false, false, false, false, false]);
    expect(isCalendarDay('0001-01-01')).toBe(true);
  });
});
