import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import districtRecords from '@entraide/shared/reference-data/paris-districts.json';

import { useLocale } from '../../../i18n/useLocale';
import { useOrdinal } from '../../../i18n/useOrdinal';

/** Collection points, slots and deadlines live on Paris time, wherever the browser is. */
export const PARIS_TIME_ZONE = 'Europe/Paris';

/** The Paris calendar day of an instant, YYYY-MM-DD (to group slots by day). */
export function parisDay(instant: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: PARIS_TIME_ZONE }).format(new Date(instant));
}

/** Today in Paris, YYYY-MM-DD (the earliest deadline a need may have). */
export function parisToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: PARIS_TIME_ZONE }).format(now);
}

/** Date and time formatters in the interface language, on Paris time. */
export function useParisFormat() {
  const locale = useLocale();
  return useMemo(() => {
    const shortDate = new Intl.DateTimeFormat(locale, { timeZone: PARIS_TIME_ZONE, dateStyle: 'short' });
    const longDate = new Intl.DateTimeFormat(locale, { timeZone: PARIS_TIME_ZONE, dateStyle: 'long' });
    const dayName = new Intl.DateTimeFormat(locale, {
      timeZone: PARIS_TIME_ZONE,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
    });
    const fullDate = new Intl.DateTimeFormat(locale, {
      timeZone: PARIS_TIME_ZONE,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    const time = new Intl.DateTimeFormat(locale, {
      timeZone: PARIS_TIME_ZONE,
      hour: '2-digit',
      minute: '2-digit',
    });
    // A calendar day ("YYYY-MM-DD") is read at noon UTC, which is the same day in Paris.
    const calendarDay = (day: string) => new Date(`${day}T12:00:00Z`);
    return {
      /** 27/11/2026 */
      shortDate: (instant: string) => shortDate.format(new Date(instant)),
      /** vendredi 27 novembre 2026 */
      fullDate: (instant: string) => fullDate.format(new Date(instant)),
      /** 27 novembre 2026, for a YYYY-MM-DD day such as a deadline. */
      day: (day: string) => longDate.format(calendarDay(day)),
      /** vendredi 27 novembre, for a YYYY-MM-DD day. */
      dayName: (day: string) => dayName.format(calendarDay(day)),
      /** 09:30 */
      time: (instant: string) => time.format(new Date(instant)),
    };
  }, [locale]);
}

/** "18e arrondissement – Buttes-Montmartre" for a postal code, in the interface language. */
export function useDistrictName(): (code: string) => string {
  const { t } = useTranslation();
  const ordinal = useOrdinal();
  return useCallback(
    (code: string) => {
      const record = districtRecords.find((district) => district.code === code);
      return record ? t('district.title', { ordinal: ordinal(record.number), name: record.name }) : code;
    },
    [t, ordinal],
  );
}

/** The 20 arrondissements as select options, in order. */
export function useDistrictOptions(): { value: string; label: string }[] {
  const districtName = useDistrictName();
  return useMemo(
    () => districtRecords.map((record) => ({ value: record.code, label: districtName(record.code) })),
    [districtName],
  );
}

/**
 * A whole number of units from 1 to `max` typed in a field, or the key (under `items.errors`) of what is wrong.
 */
export function parseQuantity(
  value: string,
  max: number,
): { quantity: number } | { problem: { key: string; values?: Record<string, number> } } {
  const trimmed = value.trim();
  if (!trimmed) return { problem: { key: 'quantityRequired' } };
  const quantity = Number(trimmed);
  if (!/^\d+$/.test(trimmed) || !Number.isInteger(quantity) || quantity < 1 || quantity > max) {
    return { problem: { key: 'quantityRange', values: { max } } };
  }
  return { quantity };
}
