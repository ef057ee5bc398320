import { centsToEurosText, eurosToCents, percentToBps } from './money';

describe('eurosToCents', () => {
  it('reads euros typed in French or English, exactly', () => {
    expect(eurosToCents('10000')).toBe(1_000_000);
    expect(eurosToCents('10 000')).toBe(1_000_000);
    expect(eurosToCents('10\u202f000,00 €')).toBe(1_000_000);
    expect(eurosToCents('12,5')).toBe(1250);
    expect(eurosToCents('12.34')).toBe(1234);
    // 0.1 + 0.2 in floating point is not 0.3: no float is involved here.
    expect(eurosToCents('1234567,89')).toBe(123_456_789);
    expect(eurosToCents('0,29')).toBe(29);
  });

  it('refuses what is not an amount', () => {
    expect(eurosToCents('')).toBeUndefined();
    expect(eurosToCents('abc')).toBeUndefined();
    expect(eurosToCents('-5')).toBeUndefined();
    expect(eurosToCents('1,234')).toBeUndefined();
    expect(eurosToCents('1,2,3')).toBeUndefined();
  });
});

describe('percentToBps', () => {
  it('turns a percentage into basis points', () => {
    expect(percentToBps('25')).toBe(2500);
    expect(percentToBps('12,5')).toBe(1250);
    expect(percentToBps('0.01 %')).toBe(1);
    expect(percentToBps('x')).toBeUndefined();
  });
});

describe('centsToEurosText', () => {
  it('writes cents for a form field', () => {
    expect(centsToEurosText(1250, 'fr-FR')).toBe('12,50');
    expect(centsToEurosText(100_000, 'fr-FR')).toBe('1000');
    expect(centsToEurosText(1250, 'en-GB')).toBe('12.50');
  });
});
