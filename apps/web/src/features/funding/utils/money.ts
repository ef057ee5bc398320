import { useMemo } from 'react';

import { useLocale } from '../../../i18n/useLocale';

/**
 * Money is counted in euro cents (the API's `Cents` scalar, a safe integer, generated as `number`). Amounts typed
 * in euros are read as text, never through floating point, so "0,29" is exactly 29 cents (not 28.999…).
 * Shared by the donors' pages (`funding`) and the partners' screens (`funding-partners`).
 */

/** What is wrong with an amount typed in euros (keys under `funding.donate.errors`). */
export type AmountProblem = 'amountRequired' | 'amountInvalid';

/** Spaces a person may type, or paste from a formatted amount, between thousands. */
const SPACES = /[\s\u00a0\u202f']/g;

/**
 * At most nine digits of euros (the cents stay a safe integer), optionally one decimal separator (comma or dot)
 * and at most two decimals.
 */
const AMOUNT = /^(\d{1,9})(?:[.,](\d{1,2}))?$/;

/** The hundredths of an amount matched by `AMOUNT`: "12" and "5" give 1200 and 1250. */
function hundredths(match: RegExpExecArray): number {
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/**
 * Euros typed by a person ("12,50", "12.50", "12", "10 000", "1'000", "20 €", "€20") as a whole number of cents,
 * or what is wrong with them. No rounding happens: more than two decimals is not an amount in euros.
 */
export function parseEuros(
  text: string,
): { cents: number; problem?: undefined } | { cents?: undefined; problem: AmountProblem } {
  const compact = text.replace(SPACES, '').replace(/€$/, '').replace(/^€/, '');
  if (!compact) return { problem: 'amountRequired' };
  const match = AMOUNT.exec(compact);
  if (!match) return { problem: 'amountInvalid' };
  return { cents: hundredths(match) };
}

/**
 * The basis points of a percentage typed as text ("25", "12,5", "0.01 %"), or undefined when it is not one.
 * At most two decimals: 0.01 % is one basis point.
 */
export function percentToBps(text: string): number | undefined {
  const match = AMOUNT.exec(text.replace(SPACES, '').replace(/%$/, ''));
  return match ? hundredths(match) : undefined;
}

/** Cents as euros for a form field ("12,50" in French, "12.50" in English; "100" for whole euros). */
export function centsToEurosText(cents: number, locale: string): string {
  const whole = cents % 100 === 0;
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
    useGrouping: false,
  }).format(cents / 100);
}

/** The estimated income-tax reduction of a gift: `bps` basis points of it, rounded to the cent. */
export function taxReductionCents(cents: number, bps: number): number {
  return Math.round((cents * bps) / 10_000);
}

/** Money and number formatters in the interface language. */
export function useMoney() {
  const locale = useLocale();
  return useMemo(() => {
    const euros = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
    const wholeEuros = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
    });
    const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
    return {
      /** "1 234,50 €" for 123450 cents; whole amounts keep their cents ("10,00 €"). */
      euros: (cents: number) => euros.format(cents / 100),
      /** "10 €" for 1000 cents (preset amounts, chart axes). */
      wholeEuros: (cents: number) => wholeEuros.format(cents / 100),
      /** "12,50" for 1250 cents, for a form field. */
      eurosText: (cents: number) => centsToEurosText(cents, locale),
      /** "66 %" for 6600 basis points. */
      percentOfBps: (bps: number) => percent.format(bps / 10_000),
      /** "45 %" for 45 (a percentage from 0 to 100). */
      percent: (value: number) => percent.format(value / 100),
      /** "1 234". */
      integer: (value: number) => integer.format(value),
      /** "1 234,57" (Σ√c). */
      decimal: (value: number) => decimal.format(value),
    };
  }, [locale]);
}
