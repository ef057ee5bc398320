import { parseEuros, taxReductionCents, toCents } from './money';

describe('parseEuros', () => {
  it.each([
    ['12,50', 1_250],
    ['12.50', 1_250],
    ['12,5', 1_250],
    ['12', 1_200],
    ['0,29', 29],
    ['1,10', 110],
    ['4,35', 435],
    [' 1 000 ', 100_000],
    ['1\u202f000,01', 100_001],
    ['20 €', 2_000],
    ['€20', 2_000],
  ])('reads "%s" as %i cents, without float errors', (text, cents) => {
    expect(parseEuros(text)).toEqual({ cents });
  });

  it.each([['12,345'], ['12,'], ['-5'], ['1e3'], ['douze'], ['12,50,3'], ['1.000.000']])(
    'refuses "%s"',
    (text) => {
      expect(parseEuros(text)).toEqual({ problem: 'amountInvalid' });
    },
  );

  it('asks for an amount when there is none', () => {
    expect(parseEuros('  ')).toEqual({ problem: 'amountRequired' });
  });
});

describe('taxReductionCents', () => {
  it('is 66 % of the gift, rounded to the cent', () => {
    expect(taxReductionCents(5_000, 6_600)).toBe(3_300);
    expect(taxReductionCents(1_250, 6_600)).toBe(825);
    expect(taxReductionCents(1_001, 6_600)).toBe(661);
  });
});

describe('toCents', () => {
  it('takes the API scalar as a safe integer, or a string of digits', () => {
    expect(toCents(1_250)).toBe(1_250);
    expect(toCents('1250')).toBe(1_250);
    expect(toCents(12.5)).toBe(0);
    expect(toCents(null)).toBe(0);
  });
});
