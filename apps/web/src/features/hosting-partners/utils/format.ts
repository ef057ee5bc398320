import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { AgeBand } from '../../../gql/graphql';
import { useLocale } from '../../../i18n/useLocale';
import { PARIS_TIME_ZONE } from '../../items/utils/format';

/** The API keeps at most this many characters of a reason (declining, refusing, closing, ending). */
export const MAX_REASON_LENGTH = 500;

/** The age bands, youngest first, as the household form offers them. */
export const AGE_BANDS: readonly AgeBand[] = [
  'UNDER_3',
  'AGE_3_5',
  'AGE_6_11',
  'AGE_12_17',
  'AGE_18_25',
  'AGE_26_59',
  'AGE_60_PLUS',
];

/** Languages offered as checkboxes (ISO 639-1): French first, then those most spoken by the households. */
export const LANGUAGE_CODES = [
  'fr',
  'en',
  'ar',
  'ps',
  'fa',
  'ti',
  'am',
  'so',
  'uk',
  'ru',
  'es',
  'ur',
] as const;

/** How many days later a YYYY-MM-DD day is than another (negative when earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}

/** The YYYY-MM-DD day `days` after (or before) another. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** How far Paris is ahead of UTC at an instant, in ms. */
function parisOffsetMs(instant: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: PARIS_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((item) => item.type === type)?.value);
  const asUtc = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return asUtc - (instant - (instant % 1000));
}

/**
 * The instant of a Paris wall-clock time typed in a `datetime-local` field ("2026-12-03T18:30"), as ISO, or
 * undefined when the value is not one: meetings are set on Paris time, wherever the browser is.
 */
export function parisWallTimeToIso(value: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hour, minute] = match.map(Number) as [number, ...number[]];
  const wall = Date.UTC(year!, month! - 1, day, hour, minute);
  if (Number.isNaN(wall)) return undefined;
  // The offset at the guessed instant, checked again at the result (the day clocks change).
  let instant = wall - parisOffsetMs(wall);
  instant = wall - parisOffsetMs(instant);
  return new Date(instant).toISOString();
}

/** Dates, instants, numbers and percentages in the interface language, on Paris time. */
export function useHostingFormat() {
  const locale = useLocale();
  return useMemo(() => {
    const longDate = new Intl.DateTimeFormat(locale, { timeZone: PARIS_TIME_ZONE, dateStyle: 'long' });
    const dateTime = new Intl.DateTimeFormat(locale, {
      timeZone: PARIS_TIME_ZONE,
      dateStyle: 'long',
      timeStyle: 'short',
    });
    const shortDateTime = new Intl.DateTimeFormat(locale, {
      timeZone: PARIS_TIME_ZONE,
      dateStyle: 'short',
      timeStyle: 'medium',
    });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const signedPercent = new Intl.NumberFormat(locale, {
      style: 'percent',
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    });
    const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const amount = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    const oneDecimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    return {
      /** 15 décembre 2026, for a YYYY-MM-DD day (read at noon UTC, the same day in Paris). */
      day: (day: string) => longDate.format(new Date(`${day}T12:00:00Z`)),
      /** 3 décembre 2026 à 18:30, for an instant. */
      dateTime: (iso: string) => dateTime.format(new Date(iso)),
      /** 27/11/2026 10:00:05, for the runs table. */
      shortDateTime: (iso: string) => shortDateTime.format(new Date(iso)),
      /** 82 %, for a ratio from 0 to 1. */
      percent: (ratio: number) => percent.format(ratio),
      /** +25 %, for a gain. */
      signedPercent: (ratio: number) => signedPercent.format(ratio),
      integer: (value: number) => integer.format(value),
      amount: (value: number) => amount.format(value),
      oneDecimal: (value: number) => oneDecimal.format(value),
    };
  }, [locale]);
}

/** "Arabe" for "ar": the languages of the form by name, others by their own name from the browser, or as given. */
export function useLanguageName(): (code: string) => string {
  const { t } = useTranslation();
  const locale = useLocale();
  const names = useMemo(() => {
    try {
      return new Intl.DisplayNames([locale], { type: 'language' });
    } catch {
      return undefined;
    }
  }, [locale]);
  return useCallback(
    (code: string) => {
      if ((LANGUAGE_CODES as readonly string[]).includes(code)) return t(`hostingPartners.languages.${code}`);
      const name = names?.of(code);
      return name && name !== code ? name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) : code;
    },
    [t, names, locale],
  );
}

/** "2 × 26–59 ans, 1 × 6–11 ans": a household's members by age band, youngest last as on the form. */
export function useAgeBandsLine(): (bands: readonly AgeBand[]) => string {
  const { t } = useTranslation();
  return useCallback(
    (bands: readonly AgeBand[]) =>
      AGE_BANDS.filter((band) => bands.includes(band))
        .reverse()
        .map((band) => {
          const count = bands.filter((item) => item === band).length;
          return t('hostingPartners.ageBandCount', { count, band: t(`hostingPartners.ageBands.${band}`) });
        })
        .join(', '),
    [t],
  );
}

/** The Paris wall-clock time of an instant, as a `datetime-local` field shows it ("2026-12-03T18:30"). */
export function isoToParisWallTime(iso: string): string {
  const instant = Date.parse(iso);
  return new Date(instant + parisOffsetMs(instant)).toISOString().slice(0, 16);
}
