import {
  chooseScale,
  DecimalSum,
  decimalToNumber,
  largestPower,
  MAX_SCALED_PROFIT,
  placesNeeded,
  toDecimal,
} from './decimal';

describe('decimal helpers', () => {
  it.each<[number, bigint, number]>([
    [0, 0n, 0],
    [0.83, 83n, 2],
    [-2.5, -25n, 1],
    [1e-7, 1n, 7],
    [1.5e-10, 15n, 11],
    [1e21, 10n ** 21n, 0],
    [0.1 + 0.2, 30000000000000004n, 17],
  ])('reads %p as the decimal it prints as', (x, units, places) => {
    expect(toDecimal(x)).toEqual({ units, places });
  });

  it.each([0, 0.3, -12.75, 1e-7, 123456789.125, 1e21, 5e-324])('turns %p back into the same number', (x) => {
    expect(decimalToNumber(toDecimal(x))).toBe(x);
  });

  it('sums exactly, then rounds once', () => {
    const sum = new DecimalSum();
    for (let k = 0; k < 10; k++) sum.add(toDecimal(0.1));
    sum.add(toDecimal(1e-20));
    expect(sum.total()).toEqual({ units: 10n ** 20n + 1n, places: 20 });
    expect(decimalToNumber(sum.total())).toBe(1);
  });

  it('finds the fewest decimal places, stopping past the limit', () => {
    expect(placesNeeded([], 10)).toBe(0);
    expect(placesNeeded([3, 0.5, 2.25, 0.125], 10)).toBe(3);
    expect(placesNeeded([0.1 + 0.2], 15)).toBe(16);
  });

  it('scales exactly when the places fit, and otherwise rounds at the largest safe power', () => {
    expect(largestPower(20)).toBe(13);
    expect(20 * 10 ** 13).toBeLessThanOrEqual(MAX_SCALED_PROFIT);
    expect(20 * 10 ** 14).toBeGreaterThan(MAX_SCALED_PROFIT);
    expect(largestPower(0)).toBe(22);
    expect(largestPower(1e20)).toBe(-5);
    expect(chooseScale(3, 13)).toEqual({ power: 3, exact: true });
    expect(chooseScale(16, 15)).toEqual({ power: 15, exact: false });
  });
});
