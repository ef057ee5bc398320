import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** Formats an arrondissement number as an ordinal in the interface language: "18e", "18th". */
export function useOrdinal(): (count: number) => string {
  const { t } = useTranslation();
  return useCallback((count: number) => t('district.ordinal', { count, ordinal: true }), [t]);
}
