import { characterCount, parisToday, requireDay, requireText } from './input-rules';

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
    expect(requireDay('0001-01-01', 'The deadline')).toBe('0001-01-01');
    expect(() => requireDay('0000-01-01', 'The deadline')).toThrow('YYYY-MM-DD');
    expect(() => requireDay('2000-01-01', 'The deadline', true)).toThrow('cannot be in the past');
  });
});

describe('text', () => {
  it('counts characters as PostgreSQL does, an emoji or a rare ideogram as one', () => {
    expect(characterCount('Awa')).toBe(3);
    expect(characterCount('🏠')).toBe(1);
    expect(characterCount('\u{CBD5D}')).toBe(1);
    expect(characterCount('')).toBe(0);
  });

  it('limits the length in characters, trimmed', () => {
    expect(requireText(` ${'🏠'.repeat(5)} `, 'The place', 5)).toBe('🏠'.repeat(5));
    expect(() => requireText('🏠'.repeat(6), 'The place', 5)).toThrow('at most 5 characters');
    expect(() => requireText(' \f ', 'The place', 5)).toThrow('The place is required.');
  });
});
