import {
  halfDayOf,
  parseHours,
  parseSkills,
  shiftHours,
  sortHalfDays,
  splitHalfDay,
  weeklyHours,
} from './format';

describe('missions format', () => {
  it('reads hours typed with a comma or a dot, at most two decimals', () => {
    expect(parseHours('2')).toBe(2);
    expect(parseHours('1,5')).toBe(1.5);
    expect(parseHours(' 0.75 ')).toBe(0.75);
    expect(parseHours('1.255')).toBeUndefined();
    expect(parseHours('-1')).toBeUndefined();
    expect(parseHours('')).toBeUndefined();
  });

  it('splits skills on commas and semicolons, without blanks nor repeats', () => {
    expect(parseSkills('tri, manutention;  ; tri,')).toEqual(['tri', 'manutention']);
    expect(parseSkills('   ')).toEqual([]);
  });

  it('builds, splits and sorts half-days', () => {
    expect(halfDayOf('SAT', 'MORNING')).toBe('SAT_MORNING');
    expect(splitHalfDay('SUN_AFTERNOON')).toEqual({ day: 'SUN', part: 'AFTERNOON' });
    expect(sortHalfDays(['SUN_MORNING', 'MON_EVENING', 'MON_MORNING'])).toEqual([
      'MON_MORNING',
      'MON_EVENING',
      'SUN_MORNING',
    ]);
  });

  it('measures shifts and weekly slots in hours', () => {
    expect(shiftHours({ startsAt: '2099-12-12T08:00:00.000Z', endsAt: '2099-12-12T10:30:00.000Z' })).toBe(
      2.5,
    );
    expect(weeklyHours('10:00', '11:45')).toBe(1.75);
  });
});
