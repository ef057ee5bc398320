import { useTranslation } from 'react-i18next';

import type { StayFieldsFragment } from '../../../gql/graphql';
import { type CsvColumn, csvHeader } from '../../../utils/csv';
import { useHomeLine, useHouseholdTitle } from '../components/HostingFacts';
import { useStayDates } from '../components/StayCard';

/**
 * My stays in an export: the household as its card names it (its size, never a name), the dates, the home and
 * the association; neither the household's details nor the follow-up notes.
 */
export function useStayCsvColumns(): CsvColumn<StayFieldsFragment>[] {
  const { t } = useTranslation();
  const householdTitle = useHouseholdTitle();
  const stayDates = useStayDates();
  const homeLine = useHomeLine();
  const header = (key: string) => t(`hosting.stays.csv.${key}`);
  return [
    { header: header('household'), value: (stay) => householdTitle(stay.household) },
    { header: header('status'), value: (stay) => t(`hosting.stays.status.${stay.status}`) },
    { header: header('dates'), value: stayDates },
    { header: header('home'), value: (stay) => homeLine(stay.host) },
    { header: csvHeader(t('hosting.referent')), value: (stay) => stay.organisation.name },
  ];
}
