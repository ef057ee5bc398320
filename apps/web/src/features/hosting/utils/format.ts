import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import type { AgeBand } from '../../../gql/graphql';
import { useLocale } from '../../../i18n/useLocale';
import { PARIS_TIME_ZONE } from '../../items/utils/format';

/** The languages a host may tick, with their own labels (Dari and Persian are one choice, "fa"). */
export const HOME_LANGUAGES = ['fr', 'en', 'ar', 'ps', 'ti', 'am', 'fa', 'es'] as const;

/** Age bands from the youngest to the oldest. */
export const AGE_BANDS: readonly AgeBand[] = [
  'UNDER_3',
  'AGE_3_5',
  'AGE_6_11',
  'AGE_12_17',
  'AGE_18_25',
  'AGE_26_59',
  'AGE_60_PLUS',
];

/** A language's name in the interface language from its ISO 639 code: ours for the usual ones, Intl's otherwise. */
export function useLanguageName(): (code: string) => string {
  const { t } = useTranslation();
  const locale = useLocale();
  return useCallback(
    (code: string) => {
      if ((HOME_LANGUAGES as readonly string[]).includes(code)) return t(`hosting.languages.${code}`);
      try {
        return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
      } catch {
        return code;
      }
    },
    [t, locale],
  );
}

/**
 * The ages of a household, youngest first, grouped: "6–11 ans, 26–59 ans (× 2)".
 */
export function useAgeBandsLine(): (bands: readonly AgeBand[]) => string {
  const { t } = useTranslation();
  return useCallback(
    (bands: readonly AgeBand[]) =>
      AGE_BANDS.map((band) => ({ band, count: bands.filter((item) => item === band).length }))
        .filter(({ count }) => count > 0)
        .map(({ band, count }) =>
          t('hosting.household.ageGroup', { count, band: t(`hosting.ageBands.${band}`) }),
        )
        .join(', '),
    [t],
  );
}

/** True for a real calendar day written YYYY-MM-DD (what date inputs give). */
export function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A whole number from `min` to `max` typed in a field, or undefined. */
export function parseWhole(value: string, min: number, max: number): number | undefined {
  const trimmed = value.trim();
  if (!/^\d+$/.test(trimmed)) return undefined;
  const number = Number(trimmed);
  return number >= min && number <= max ? number : undefined;
}

/** The offset of Paris from UTC at an instant, in minutes (60 in winter, 120 in summer). */
function parisOffsetMinutes(instant: number): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: PARIS_TIME_ZONE,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  const asUtc = Date.UTC(
    Number(parts['year']),
    Number(parts['month']) - 1,
    Number(parts['day']),
    Number(parts['hour']),
    Number(parts['minute']),
  );
  return Math.round((asUtc - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/**
 * A date and time typed in a `datetime-local` field ("2026-12-05T14:30"), read on Paris time wherever the
 * browser is, as an ISO instant; undefined when it is not one.
 */
export function parisDateTimeToIso(value: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match || !isDay(value.slice(0, 10))) return undefined;
  const [hours, minutes] = [Number(match[4]), Number(match[5])];
  if (hours > 23 || minutes > 59) return undefined;
  const wall = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), hours, minutes);
  // Paris is ahead of UTC: the instant is the wall time less the offset in force then.
  let instant = wall - parisOffsetMinutes(wall) * 60_000;
  instant = wall - parisOffsetMinutes(instant) * 60_000;
  return new Date(instant).toISOString();
}
