import { useMemo } from 'react';

import { useLocale } from '../../../i18n/useLocale';

/**
 * An amount of the API's `Cents` scalar as a number. The generated types leave the scalar `unknown`; the API
 * sends a safe integer (a numeric string is accepted too), anything else counts as zero.
 */
export function toCents(value: unknown): number {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
  return 0;
}

/** What is wrong with an amount typed in euros (keys under `funding.donate.errors`). */
export type AmountProblem = 'amountRequired' | 'amountInvalid';

/**
 * Euros typed by a person ("12,50", "12.50", "12", "1 000", "20 €") as a whole number of cents, computed on
 * the digits (never through a float, so "0,29" is 29 cents, not 28.999…).
 */
export function parseEuros(text: string): { cents: number } | { problem: AmountProblem } {
  const compact = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/€$/, '')
    .replace(/^€/, '');
  if (!compact) return { problem: 'amountRequired' };
  const match = /^(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return { problem: 'amountInvalid' };
  const euros = Number(match[1]);
  const fraction = (match[2] ?? '').padEnd(2, '0');
  return { cents: euros * 100 + Number(fraction) };
}

/** The estimated income-tax reduction of a gift: `bps` basis points of it, rounded to the cent. */
export function taxReductionCents(cents: number, bps: number): number {
  return Math.round((cents * bps) / 10_000);
}

/** Euro amounts in the interface language: "12,50 €" / "€12.50"; whole amounts keep their cents. */
export function useMoney() {
  const locale = useLocale();
  return useMemo(() => {
    const euros = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
    const wholeEuros = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
    });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
    const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    return {
      /** 1 234,50 € */
      format: (cents: unknown) => euros.format(toCents(cents) / 100),
      /** 10 € (for preset amounts and chart axes). */
      whole: (cents: unknown) => wholeEuros.format(toCents(cents) / 100),
      /** 66 % from basis points. */
      percentOfBps: (bps: number) => percent.format(bps / 10_000),
      /** 45 % from 0–100. */
      percent: (value: number) => percent.format(value / 100),
      /** 1 234,57 */
      decimal: (value: number) => decimal.format(value),
    };
  }, [locale]);
}
