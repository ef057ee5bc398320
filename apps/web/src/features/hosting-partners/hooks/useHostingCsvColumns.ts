import { useTranslation } from 'react-i18next';

import type { PartnerHostingRequestFieldsFragment, PartnerStayFieldsFragment } from '../../../gql/graphql';
import type { CsvColumn } from '../../../utils/csv';
import { useHouseholdLines } from '../components/HouseholdCard';
import { useStayLines } from '../components/StayCard';
import { useHostingFormat } from '../utils/format';

/**
 * The association's households in an export: the alias it chose, never a name, and what matching needs (size,
 * ages, dates, arrondissements); neither the legal status, the languages, the needs nor the reasons its cards
 * also show.
 */
export function useHouseholdCsvColumns(): CsvColumn<PartnerHostingRequestFieldsFragment>[] {
  const { t } = useTranslation();
  const format = useHostingFormat();
  const lines = useHouseholdLines();
  const header = (key: string) => t(`hostingPartners.households.${key}`);
  return [
    { header: header('csv.alias'), value: (household) => household.alias },
    {
      header: header('csv.status'),
      value: (household) => t(`hostingPartners.requestStatus.${household.status}`),
    },
    {
      header: header('csv.urgent'),
      value: (household) => t(household.urgent ? 'csvExport.yes' : 'csvExport.no'),
    },
    { header: header('composition'), value: lines.composition },
    { header: header('neededFrom'), value: (household) => format.day(household.neededFrom) },
    { header: header('durations'), value: lines.durations },
    { header: header('districts'), value: lines.districts },
  ];
}

/** The stays the association follows: alias, status, household, dates; neither the host nor the follow-up log. */
export function usePartnerStayCsvColumns(
  aliases: ReadonlyMap<string, string>,
): CsvColumn<PartnerStayFieldsFragment>[] {
  const { t } = useTranslation();
  const format = useHostingFormat();
  const lines = useStayLines();
  return [
    {
      header: t('hostingPartners.stays.csv.household'),
      value: (stay) => aliases.get(stay.requestId) ?? t('hostingPartners.proposals.unknownHousehold'),
    },
    {
      header: t('hostingPartners.stays.csv.status'),
      value: (stay) => t(`hostingPartners.stayStatus.${stay.status}`),
    },
    { header: t('hostingPartners.stays.csv.composition'), value: lines.household },
    { header: t('hostingPartners.stays.dates'), value: lines.dates },
    { header: t('hostingPartners.stays.agreement'), value: (stay) => format.day(stay.agreementSignedOn) },
    {
      header: t('hostingPartners.stays.nextCheckIn'),
      value: (stay) =>
        stay.status === 'ACTIVE' && stay.nextCheckInDue ? format.day(stay.nextCheckInDue) : null,
    },
    {
      header: t('hostingPartners.stays.endedOnLabel'),
      value: (stay) => (stay.status === 'ENDED' && stay.endedOn ? format.day(stay.endedOn) : null),
    },
  ];
}
