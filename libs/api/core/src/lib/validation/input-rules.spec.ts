import { parisToday, requireDay } from './input-rules';

describe('dates', () => {
  it('gives the Paris day, which starts an hour or two before the UTC one', () => {
    expect(parisToday(new Date('2026-11-26T23:30:00Z'))).toBe('2026-11-27');
    expect(parisToday(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(parisToday(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });

  it('accepts real days only', () => {
    expect(requireDay('2028-02-29', 'The deadline')).toBe('2028-02-29');
    expect(() => requireDay('2027-02-29', 'The deadline')).toThrow('YYYY-MM-DD');
    expect(() => requireDay('27/11/2026', 'The deadline')).toThrow('YYYY-MM-DD');
    expect(() => requireDay('2000-01-01', 'The deadline', true)).toThrow('cannot be in the past');
  });
});
