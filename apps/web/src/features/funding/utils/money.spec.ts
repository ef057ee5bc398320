import { centsToEurosText, parseEuros, percentToBps, taxReductionCents } from './money';

describe('parseEuros', () => {
  it.each([
    ['12,50', 1_250],
    ['12.50', 1_250],
    ['12,5', 1_250],
    ['12', 1_200],
    ['12.34', 1_234],
    ['0,29', 29],
    ['1,10', 110],
    ['4,35', 435],
    ['10000', 1_000_000],
    ['10 000', 1_000_000],
    [' 1 000 ', 100_000],
    ['1\u202f000,01', 100_001],
    ['10\u202f000,00 €', 1_000_000],
    ['10\u00a0000', 1_000_000],
    ["10'000", 1_000_000],
    ['1234567,89', 123_456_789],
    ['20 €', 2_000],
    ['€20', 2_000],
  ])('reads "%s" as %i cents, without float errors', (text, cents) => {
    expect(parseEuros(text)).toEqual({ cents });
  });

  it.each([
    ['12,345'],
    ['1,234'],
    ['12,'],
    ['-5'],
    ['1e3'],
    ['douze'],
    ['abc'],
    ['12,50,3'],
    ['1,2,3'],
    ['1.000.000'],
    ['1234567890'],
  ])('refuses "%s"', (text) => {
    expect(parseEuros(text)).toEqual({ problem: 'amountInvalid' });
  });

  it.each([[''], ['  '], ['€']])('asks for an amount when there is none ("%s")', (text) => {
    expect(parseEuros(text)).toEqual({ problem: 'amountRequired' });
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

describe('taxReductionCents', () => {
  it('is 66 % of the gift, rounded to the cent', () => {
    expect(taxReductionCents(5_000, 6_600)).toBe(3_300);
    expect(taxReductionCents(1_250, 6_600)).toBe(825);
    expect(taxReductionCents(1_001, 6_600)).toBe(661);
  });
});
