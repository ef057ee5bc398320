import { useMemo } from 'react';

import { useLocale } from '../../../i18n/useLocale';

/** Runs are dated on Paris time, wherever the coordinator's browser is. */
export const PARIS_TIME_ZONE = 'Europe/Paris';

/**
 * How much better the optimal allocation is than a first-come one, as a ratio ((objective − greedy) / greedy),
 * or null when it cannot be said: the run has no figures yet, or first-come reached nothing (greedy 0).
 */
export function gainOverGreedy(
  objective: number | null | undefined,
  greedyObjective: number | null | undefined,
): number | null {
  if (objective == null || greedyObjective == null || greedyObjective === 0) return null;
  return (objective - greedyObjective) / greedyObjective;
}

/** Numbers, percentages and Paris date-times in the interface language ("2,3", "+12,5 %", "27/11/2026 10:00:05"). */
export function useMatchingFormat() {
  const locale = useLocale();
  return useMemo(() => {
    const oneDecimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const twoDecimals = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const percent = new Intl.NumberFormat(locale, {
      style: 'percent',
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    });
    const dateTime = new Intl.DateTimeFormat(locale, {
      timeZone: PARIS_TIME_ZONE,
      dateStyle: 'short',
      timeStyle: 'medium',
    });
    return {
      /** A distance in km: one decimal. */
      km: (value: number) => oneDecimal.format(value),
      /** A value, cost or margin: up to two decimals. */
      amount: (value: number) => twoDecimals.format(value),
      /** A count or a duration in ms. */
      integer: (value: number) => integer.format(value),
      /** A ratio as a signed percentage. */
      percent: (ratio: number) => percent.format(ratio),
      /** An instant on Paris time, to the second. */
      dateTime: (iso: string) => dateTime.format(new Date(iso)),
    };
  }, [locale]);
}
