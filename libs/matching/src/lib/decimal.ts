/**
 * Exact decimal arithmetic for the objective, and the choice of an integer scale for the solver.
 *
 * A JSON number such as 0.83 is read as the decimal it was written as, not as the binary double nearest to it.
 * The solver works on integers (profit × 10^power) so that every sum it forms is exact; objectives are summed
 * in BigInt from the shortest decimal representation of each number, then rounded once to the nearest double.
 */

/**
 * Largest scaled profit the solver accepts. Potentials and path lengths of the successive-shortest-path solver
 * stay within a few times the largest profit (see transport-solver.ts), far below 2^53, so they are exact.
 */
export const MAX_SCALED_PROFIT = 2 ** 50;

/** 10^k is exact in binary floating point up to k = 22. */
const MAX_EXACT_POWER = 22;

export interface Decimal {
  /** The number times 10^places, exactly. */
  readonly units: bigint;
  readonly places: number;
}

/** Scale applied to profits before solving: profit × 10^power, rounded to an integer. */
export interface Scale {
  readonly power: number;
  /** True when every scaled profit is exactly the decimal profit × 10^power (nothing was rounded). */
  readonly exact: boolean;
}

/** Fewest decimal places that represent all values exactly, or more than `limit` if that takes more than limit. */
export function placesNeeded(values: ArrayLike<number>, limit: number): number {
  let places = 0;
  let factor = 1;
  for (let index = 0; index < values.length && places <= limit; index++) {
    const x = values[index];
    while (places <= limit && Math.round(x * factor) / factor !== x) factor = 10 ** ++places;
  }
  return places;
}

/** The largest power of ten (at most 22) by which magnitudes up to `largestMagnitude` stay ≤ MAX_SCALED_PROFIT. */
export function largestPower(largestMagnitude: number): number {
  if (!(largestMagnitude > 0)) return MAX_EXACT_POWER;
  return Math.min(Math.floor(Math.log10(MAX_SCALED_PROFIT / largestMagnitude)), MAX_EXACT_POWER);
}

/** Exact scaling when the decimal places fit in the room left by the magnitudes, else rounding at `maxPower`. */
export function chooseScale(places: number, maxPower: number): Scale {
  return places <= maxPower ? { power: places, exact: true } : { power: maxPower, exact: false };
}

/** x × 10^power rounded to an integer. */
export function scaleToInteger(x: number, power: number): number {
  return Math.round(x * 10 ** power);
}

/** Every value × 10^power rounded to an integer. */
export function scaleAllToIntegers(values: Float64Array, power: number): Float64Array {
  const factor = 10 ** power;
  const scaled = new Float64Array(values.length);
  for (let index = 0; index < values.length; index++) scaled[index] = Math.round(values[index] * factor);
  return scaled;
}

/** The exact decimal value of the shortest representation of a finite number (what JSON.stringify prints). */
export function toDecimal(x: number): Decimal {
  const text = String(x);
  const exponentAt = text.search(/e/i);
  const mantissa = exponentAt < 0 ? text : text.slice(0, exponentAt);
  const exponent = exponentAt < 0 ? 0 : Number(text.slice(exponentAt + 1));
  const pointAt = mantissa.indexOf('.');
  const digits = pointAt < 0 ? mantissa : mantissa.slice(0, pointAt) + mantissa.slice(pointAt + 1);
  const fractionDigits = pointAt < 0 ? 0 : mantissa.length - pointAt - 1;
  const places = fractionDigits - exponent;
  if (places >= 0) return { units: BigInt(digits), places };
  return { units: BigInt(digits) * 10n ** BigInt(-places), places: 0 };
}

export function withPlaces(value: Decimal, places: number): bigint {
  return value.units * 10n ** BigInt(places - value.places);
}

export function addDecimals(a: Decimal, b: Decimal): Decimal {
  const places = Math.max(a.places, b.places);
  return { units: withPlaces(a, places) + withPlaces(b, places), places };
}

export function multiplyDecimals(a: Decimal, b: Decimal): Decimal {
  return { units: a.units * b.units, places: a.places + b.places };
}

export function negateDecimal(a: Decimal): Decimal {
  return { units: -a.units, places: a.places };
}

export function scaleDecimal(a: Decimal, factor: bigint): Decimal {
  return { units: a.units * factor, places: a.places };
}

export const ZERO_DECIMAL: Decimal = { units: 0n, places: 0 };

/** The double nearest to an exact decimal (JavaScript's number parsing rounds correctly). */
export function decimalToNumber(value: Decimal): number {
  const negative = value.units < 0n;
  const digits = (negative ? -value.units : value.units).toString().padStart(value.places + 1, '0');
  const integerPart = digits.slice(0, digits.length - value.places);
  const fractionPart = digits.slice(digits.length - value.places);
  const result = Number(`${negative ? '-' : ''}${integerPart}${fractionPart ? '.' + fractionPart : ''}`);
  return result === 0 ? 0 : result;
}

/** Sums decimals exactly; adds of many terms with the same number of places cost one BigInt addition each. */
export class DecimalSum {
  private units = 0n;
  private places = 0;

  add(value: Decimal): void {
    if (value.places > this.places) {
      this.units *= 10n ** BigInt(value.places - this.places);
      this.places = value.places;
    }
    this.units += withPlaces(value, this.places);
  }

  total(): Decimal {
    return { units: this.units, places: this.places };
  }
}
