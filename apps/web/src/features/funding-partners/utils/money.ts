import { useMemo } from 'react';

import { useLocale } from '../../../i18n/useLocale';

/**
 * Money is counted in euro cents (the API's `Cents` scalar, a safe integer). Amounts typed in euros are read as
 * text, never through floating point, so "12,34" is exactly 1234 cents.
 */

/** A `Cents` value from the API as a number (codegen types custom scalars loosely). */
export function toCents(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}

/** Spaces a person may type, or paste from a formatted amount, between thousands. */
const SPACES = /[\s\u00a0\u202f']/g;

/** Euros, optionally with one decimal separator (comma or dot) and at most two decimals. */
const EUROS = /^(\d+)(?:[.,](\d{1,2}))?$/;

/**
 * The cents of an amount typed in euros ("10 000", "12,5", "12.50 €"), or undefined when it is not one.
 * No rounding happens: more than two decimals is not an amount in euros.
 */
export function eurosToCents(text: string): number | undefined {
  const compact = text.replace(SPACES, '').replace(/€$/, '').replace(/^€/, '');
  const match = EUROS.exec(compact);
  if (!match) return undefined;
  const euros = match[1] ?? '0';
  const decimals = (match[2] ?? '').padEnd(2, '0');
  const cents = Number(euros) * 100 + Number(decimals);
  return Number.isSafeInteger(cents) ? cents : undefined;
}

/**
 * The basis points of a percentage typed as text ("25", "12,5"), or undefined when it is not one.
 * At most two decimals: 0.01 % is one basis point.
 */
export function percentToBps(text: string): number | undefined {
  const match = EUROS.exec(text.replace(SPACES, '').replace(/%$/, ''));
  if (!match) return undefined;
  return Number(match[1] ?? '0') * 100 + Number((match[2] ?? '').padEnd(2, '0'));
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

/** Money and number formatters in the interface language. */
export function useMoney() {
  const locale = useLocale();
  return useMemo(() => {
    const euros = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
    const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
    return {
      /** "1 234,50 €" for 123450 cents. */
      euros: (cents: unknown) => euros.format(toCents(cents) / 100),
      /** "1 234". */
      integer: (value: number) => integer.format(value),
      /** "1 234,57" (Σ√c). */
      decimal: (value: number) => decimal.format(value),
      /** "25 %" for 2500 basis points. */
      bps: (bps: number) => percent.format(bps / 10_000),
      /** For form fields. */
      eurosText: (cents: unknown) => centsToEurosText(toCents(cents), locale),
    };
  }, [locale]);
}
