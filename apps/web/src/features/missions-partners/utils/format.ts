import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { HalfDay, LanguageLevel, MentoringGoal, MissionKind } from '../../../gql/graphql';
import { useLocale } from '../../../i18n/useLocale';
import { PARIS_TIME_ZONE } from '../../items/utils/format';
import { useLanguageName } from '../../hosting-partners/utils/format';

/** The kinds of mission, in the order the form offers them ("Autre" last). */
export const MISSION_KINDS: readonly MissionKind[] = [
  'FRENCH_LESSONS',
  'ADMIN_HELP',
  'INTERPRETING',
  'SORTING',
  'SPORT_CULTURE',
  'SCHOOL_SUPPORT',
  'OTHER',
];

/** CEFR levels, then native. */
export const LANGUAGE_LEVELS: readonly LanguageLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'NATIVE'];

/** The days of the week as the API names them in a half-day, Monday first. */
export const WEEK_DAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;
export type WeekDay = (typeof WEEK_DAYS)[number];

/** The parts of a day (Paris time): morning before 12:00, afternoon before 18:00, evening after. */
export const DAY_PARTS = ['MORNING', 'AFTERNOON', 'EVENING'] as const;
export type DayPart = (typeof DAY_PARTS)[number];

/** What a mentor may help with, in the order the form offers them. */
export const MENTORING_GOALS: readonly MentoringGoal[] = [
  'ASYLUM_APPLICATION',
  'FAMILY_ALLOWANCE_RSA',
  'HOUSING_APPLICATION',
  'UNIVERSITY_ENROLMENT',
  'JOB_SEARCH',
];

export function isMissionKind(value: string): value is MissionKind {
  return (MISSION_KINDS as readonly string[]).includes(value);
}

export function isLanguageLevel(value: string): value is LanguageLevel {
  return (LANGUAGE_LEVELS as readonly string[]).includes(value);
}

export function isWeekDay(value: string): value is WeekDay {
  return (WEEK_DAYS as readonly string[]).includes(value);
}

export function isDayPart(value: string): value is DayPart {
  return (DAY_PARTS as readonly string[]).includes(value);
}

/** SAT_MORNING for Saturday morning. */
export function halfDayOf(day: WeekDay, part: DayPart): HalfDay {
  return `${day}_${part}` as HalfDay;
}

/** Saturday morning for SAT_MORNING. */
export function splitHalfDay(slot: HalfDay): { day: WeekDay; part: DayPart } {
  const [day, part] = slot.split('_') as [WeekDay, DayPart];
  return { day, part };
}

/** Half-days in the week's order, Monday morning first. */
export function sortHalfDays(slots: readonly HalfDay[]): HalfDay[] {
  const rank = (slot: HalfDay) => {
    const { day, part } = splitHalfDay(slot);
    return WEEK_DAYS.indexOf(day) * DAY_PARTS.length + DAY_PARTS.indexOf(part);
  };
  return [...slots].sort((a, b) => rank(a) - rank(b));
}

/** Hours rounded to two decimals, as the API counts them. */
function roundHours(hours: number): number {
  return Math.round(hours * 100) / 100;
}

/** How long a shift lasts, in hours (two decimals). */
export function shiftHours(shift: { startsAt: string; endsAt: string }): number {
  return roundHours((Date.parse(shift.endsAt) - Date.parse(shift.startsAt)) / 3_600_000);
}

/** How long a weekly slot lasts, in hours, from its "HH:MM" start and end. */
export function weeklyHours(starts: string, ends: string): number {
  const minutes = (time: string) => {
    const [hours = 0, mins = 0] = time.split(':').map(Number);
    return hours * 60 + mins;
  };
  return roundHours((minutes(ends) - minutes(starts)) / 60);
}

/** Hours typed in a field ("2", "1,5", "0.75"): a number from 0 with at most two decimals, or undefined. */
export function parseHours(value: string): number | undefined {
  const trimmed = value.trim().replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(trimmed)) return undefined;
  return Number(trimmed);
}

/** Skills typed in one field, separated by commas or semicolons: trimmed, without blanks nor repeats. */
export function parseSkills(value: string): string[] {
  const skills = value
    .split(/[,;\n]/)
    .map((skill) => skill.trim())
    .filter(Boolean);
  return [...new Set(skills)];
}

/** True for "HH:MM". */
export function isTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

/** True for "YYYY-MM-DD". */
export function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value);
}

/** Dates, times, durations and half-days of missions in the interface language, on Paris time. */
export function useMissionsFormat() {
  const { t } = useTranslation();
  const locale = useLocale();
  const languageName = useLanguageName();
  return useMemo(() => {
    const fullDate = new Intl.DateTimeFormat(locale, {
      timeZone: PARIS_TIME_ZONE,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    const longDate = new Intl.DateTimeFormat(locale, { timeZone: PARIS_TIME_ZONE, dateStyle: 'long' });
    const time = new Intl.DateTimeFormat(locale, {
      timeZone: PARIS_TIME_ZONE,
      hour: '2-digit',
      minute: '2-digit',
    });
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    const halfDay = (slot: HalfDay) => {
      const { day, part } = splitHalfDay(slot);
      return t('missionsPartners.halfDay', {
        day: t(`missionsPartners.days.${day}`),
        part: t(`missionsPartners.inSentence.dayParts.${part}`),
      });
    };
    return {
      /** samedi 12 décembre 2099, 09:00–12:00 */
      shift: (shift: { startsAt: string; endsAt: string }) =>
        t('missionsPartners.shiftWhen', {
          day: fullDate.format(new Date(shift.startsAt)),
          start: time.format(new Date(shift.startsAt)),
          end: time.format(new Date(shift.endsAt)),
        }),
      /** 3 décembre 2026, for a YYYY-MM-DD day (read at noon UTC, the same day in Paris). */
      day: (day: string) => longDate.format(new Date(`${day}T12:00:00Z`)),
      /** 3 décembre 2026, for an instant. */
      date: (iso: string) => longDate.format(new Date(iso)),
      /** Samedi matin */
      halfDay,
      /** Chaque samedi matin, 10:00–12:00 */
      weekly: (slot: HalfDay, starts: string, ends: string) => {
        const { day, part } = splitHalfDay(slot);
        return t('missionsPartners.weeklyWhen', {
          day: t(`missionsPartners.inSentence.days.${day}`),
          part: t(`missionsPartners.inSentence.dayParts.${part}`),
          start: starts,
          end: ends,
        });
      },
      /** 1 h 30, 45 min, 2 h */
      minutes: (total: number) => {
        const hours = Math.floor(total / 60);
        const minutes = total % 60;
        if (hours === 0) return t('missionsPartners.duration.minutes', { minutes });
        if (minutes === 0) return t('missionsPartners.duration.hours', { hours });
        return t('missionsPartners.duration.hoursMinutes', {
          hours,
          minutes: String(minutes).padStart(2, '0'),
        });
      },
      /** 2,5 h */
      hours: (hours: number) => t('missionsPartners.duration.decimalHours', { hours: number.format(hours) }),
      /** Arabe (langue maternelle), Français (B2) */
      languages: (languages: readonly { code: string; level: LanguageLevel }[]) =>
        languages
          .map((language) =>
            t('missionsPartners.languageWithLevel', {
              language: languageName(language.code),
              level: t(`missionsPartners.levels.${language.level}`),
            }),
          )
          .join(', '),
    };
  }, [t, locale, languageName]);
}

/** The mission kind's name ("Cours de français"). */
export function useKindName(): (kind: MissionKind) => string {
  const { t } = useTranslation();
  return useCallback((kind: MissionKind) => t(`missionsPartners.kinds.${kind}`), [t]);
}
