import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type {
  HalfDay,
  LanguageLevel,
  MissionFieldsFragment,
  MissionKind,
  RecommendationReasonKind,
} from '../../../gql/graphql';
import { useLocale } from '../../../i18n/useLocale';
import { useDistrictName, useParisFormat } from '../../items/utils/format';

/** The kinds of missions, in the order the filters offer them. */
export const MISSION_KINDS: readonly MissionKind[] = [
  'FRENCH_LESSONS',
  'ADMIN_HELP',
  'INTERPRETING',
  'SORTING',
  'SPORT_CULTURE',
  'SCHOOL_SUPPORT',
  'OTHER',
];

/** The languages volunteers and missions usually need, with our own names (Dari and Persian are one, "fa"). */
export const MISSION_LANGUAGES = [
  'fr',
  'en',
  'ar',
  'ps',
  'ti',
  'am',
  'fa',
  'es',
  'uk',
  'ru',
  'so',
  'ur',
] as const;

export const LANGUAGE_LEVELS: readonly LanguageLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'NATIVE'];

export const WEEK_DAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;
export const DAY_PERIODS = ['MORNING', 'AFTERNOON', 'EVENING'] as const;
export type WeekDay = (typeof WEEK_DAYS)[number];
export type DayPeriod = (typeof DAY_PERIODS)[number];

/** "SAT_MORNING" from its day and period. */
export function halfDayOf(day: WeekDay, period: DayPeriod): HalfDay {
  return `${day}_${period}` as HalfDay;
}

function isKnownLanguage(code: string): code is (typeof MISSION_LANGUAGES)[number] {
  return (MISSION_LANGUAGES as readonly string[]).includes(code);
}

/**
 * A language's name from its ISO 639 code: ours for the usual ones, Intl's otherwise. `inSentence` gives the form
 * used inside a sentence ("vous parlez tigrigna").
 */
export function useLanguageName(): (code: string, inSentence?: boolean) => string {
  const { t } = useTranslation();
  const locale = useLocale();
  return useCallback(
    (code: string, inSentence = false) => {
      if (isKnownLanguage(code))
        return t(`missions.${inSentence ? 'languagesInSentence' : 'languages'}.${code}`);
      try {
        return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
      } catch {
        return code;
      }
    },
    [t, locale],
  );
}

/** "Tigrigna (C1), Arabe (langue maternelle)". */
export function useLanguagesLine(): (languages: readonly { code: string; level: LanguageLevel }[]) => string {
  const { t } = useTranslation();
  const languageName = useLanguageName();
  return useCallback(
    (languages) =>
      languages
        .map((language) =>
          t('missions.spokenLanguage', {
            language: languageName(language.code),
            level: t(`missions.levelsShort.${language.level}`),
          }),
        )
        .join(', '),
    [t, languageName],
  );
}

/** "samedi matin", "Saturday morning". */
export function useHalfDayName(): (slot: HalfDay) => string {
  const { t } = useTranslation();
  return useCallback(
    (slot: HalfDay) => {
      const [day, period] = slot.split('_') as [WeekDay, DayPeriod];
      return t('missions.halfDay', {
        day: t(`missions.days.${day}`),
        period: t(`missions.periods.${period}`),
      });
    },
    [t],
  );
}

/** "2,5 h" (hours with at most two decimals, in the interface language). */
export function useHours(): (hours: number) => string {
  const { t } = useTranslation();
  const locale = useLocale();
  return useMemo(() => {
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    return (hours: number) => t('missions.hours', { hours: number.format(hours) });
  }, [t, locale]);
}

/** "45 min", "2 h 15 min", "3 h". */
export function useDuration(): (minutes: number) => string {
  const { t } = useTranslation();
  return useCallback(
    (minutes: number) => {
      const hours = Math.floor(minutes / 60);
      const rest = minutes % 60;
      if (hours === 0) return t('missions.minutes', { minutes: rest });
      if (rest === 0) return t('missions.hours', { hours });
      return t('missions.hoursAndMinutes', { hours, minutes: rest });
    },
    [t],
  );
}

/** Where a mission happens: its arrondissement, or "À distance". */
export function usePlace(): (mission: Pick<MissionFieldsFragment, 'districtCode' | 'remote'>) => string {
  const { t } = useTranslation();
  const districtName = useDistrictName();
  return useCallback(
    (mission) =>
      mission.remote || !mission.districtCode ? t('missions.remote') : districtName(mission.districtCode),
    [t, districtName],
  );
}

/** A shift's day and hours on Paris time: "samedi 5 décembre, 10:00 – 12:00". */
export function useShiftWhen(): (shift: { startsAt: string; endsAt: string }) => string {
  const { t } = useTranslation();
  const format = useParisFormat();
  return useCallback(
    (shift) =>
      t('missions.card.shift', {
        date: format.fullDate(shift.startsAt),
        time: t('missions.timeRange', { start: format.time(shift.startsAt), end: format.time(shift.endsAt) }),
      }),
    [t, format],
  );
}

/** "Répond en 5 h en moyenne", from the median hours an association takes to answer. */
export function useResponseTime(): (responseHours: number | null) => string {
  const { t } = useTranslation();
  return useCallback(
    (responseHours) => {
      if (responseHours === null || !Number.isFinite(responseHours))
        return t('missions.mission.responseUnknown');
      if (responseHours < 1) return t('missions.mission.responseUnderHour');
      if (responseHours < 48)
        return t('missions.mission.responseHours', { count: Math.round(responseHours) });
      return t('missions.mission.responseDays', { count: Math.round(responseHours / 24) });
    },
    [t],
  );
}

export interface Reason {
  kind: RecommendationReasonKind;
  code?: string | null;
  km?: number | null;
  slot?: HalfDay | null;
  skill?: string | null;
}

/**
 * Why a mission is recommended, in one line: "vous parlez tigrigna · 2 km · samedi matin". The languages are
 * joined into one part; the other reasons keep the API's order.
 */
export function useReasonLine(): (reasons: readonly Reason[]) => string {
  const { t } = useTranslation();
  const locale = useLocale();
  const languageName = useLanguageName();
  const halfDayName = useHalfDayName();
  return useCallback(
    (reasons) => {
      const km = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
      const languages = reasons
        .filter((reason) => reason.kind === 'LANGUAGE' && reason.code)
        .map((reason) => languageName(reason.code!, true));
      const list = new Intl.ListFormat(locale, { type: 'conjunction' });
      const parts: string[] = [];
      let languagesSaid = false;
      for (const reason of reasons) {
        switch (reason.kind) {
          case 'LANGUAGE':
            if (!languagesSaid && languages.length > 0) {
              parts.push(
                t('missions.recommendations.reasons.language', { languages: list.format(languages) }),
              );
              languagesSaid = true;
            }
            break;
          case 'DISTANCE':
            if (typeof reason.km === 'number') {
              parts.push(
                reason.km === 0
                  ? t('missions.recommendations.reasons.sameDistrict')
                  : t('missions.recommendations.reasons.distance', { km: km.format(reason.km) }),
              );
            }
            break;
          case 'REMOTE':
            parts.push(t('missions.recommendations.reasons.remote'));
            break;
          case 'TIME':
            if (reason.slot) parts.push(halfDayName(reason.slot));
            break;
          case 'SKILL':
            if (reason.skill)
              parts.push(t('missions.recommendations.reasons.skill', { skill: reason.skill }));
            break;
        }
      }
      return parts.join(' · ');
    },
    [t, locale, languageName, halfDayName],
  );
}
