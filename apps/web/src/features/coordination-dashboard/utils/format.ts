import { useMemo } from 'react';

import { useLocale } from '../../../i18n/useLocale';
import { PARIS_TIME_ZONE } from '../../items/utils/format';

/** Times, days, counts, hours and euros in the interface language, on Paris time. */
export function useDashboardFormat() {
  const locale = useLocale();
  return useMemo(() => {
    const time = new Intl.DateTimeFormat(locale, {
      timeZone: PARIS_TIME_ZONE,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const longDate = new Intl.DateTimeFormat(locale, { timeZone: PARIS_TIME_ZONE, dateStyle: 'long' });
    const shortDay = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'short' });
    const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const oneDecimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const euros = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
    });
    const exactEuros = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
    // A YYYY-MM-DD day read at noon UTC is that day in Paris too.
    const noon = (day: string) => new Date(`${day}T12:00:00Z`);
    return {
      /** "14:05", the Paris time of an instant. */
      time: (iso: string) => time.format(new Date(iso)),
      /** "12 novembre 2026", the Paris day of an instant. */
      date: (iso: string) => longDate.format(new Date(iso)),
      /** "12 novembre 2026", for a YYYY-MM-DD day. */
      day: (day: string) => longDate.format(noon(day)),
      /** "12 nov.", for a YYYY-MM-DD day under a chart. */
      shortDay: (day: string) => shortDay.format(noon(day)),
      /** "1 234". */
      integer: (value: number) => integer.format(value),
      /** "12,5". */
      oneDecimal: (value: number) => oneDecimal.format(value),
      /** "1 235 €" for 123 450 cents: whole euros, enough for figures. */
      euros: (cents: number) => euros.format(cents / 100),
      /** "1 234,50 €" for 123 450 cents: to the cent, for the Council's report. */
      exactEuros: (cents: number) => exactEuros.format(cents / 100),
    };
  }, [locale]);
}

export type DashboardFormat = ReturnType<typeof useDashboardFormat>;

/** Whole euros of an amount in cents, for the map (which writes plain numbers). */
export function centsToWholeEuros(cents: number): number {
  return Math.round(cents / 100);
}
