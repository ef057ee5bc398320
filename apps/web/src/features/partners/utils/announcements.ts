import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import { useOrdinal } from '../../../i18n/useOrdinal';
import { districtNumber } from '../../organisations/components/OrganisationDetails';

/** The API's limits for an announcement. */
export const MIN_TITLE_LENGTH = 3;
export const MAX_TITLE_LENGTH = 160;
export const MAX_BODY_LENGTH = 4000;

/** "Tous les partenaires", or "Partenaires du 18e" for an announcement to one arrondissement's partners. */
export function useAudience(): (districtCode: string | null) => string {
  const { t } = useTranslation();
  const ordinal = useOrdinal();
  return useCallback(
    (districtCode: string | null) =>
      districtCode
        ? t('partners.announcements.districtAudience', { ordinal: ordinal(districtNumber(districtCode)) })
        : t('partners.announcements.everyone'),
    [t, ordinal],
  );
}
