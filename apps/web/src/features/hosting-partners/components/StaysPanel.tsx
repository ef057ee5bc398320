import { useQuery } from '@apollo/client/react';
import { Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ExportCsvButton } from '../../../components/ExportCsvButton';
import { QueryStatus } from '../../../components/QueryStatus';
import type { PartnerStayFieldsFragment } from '../../../gql/graphql';
import { LIVE_POLL_INTERVAL_MS } from '../../items/utils/live';
import { PARTNER_STAYS_QUERY } from '../graphql/hostingPartnersOperations';
import { usePartnerStayCsvColumns } from '../hooks/useHostingCsvColumns';
import { useHouseholds } from './HouseholdsPanel';
import { type Notice, NoticeAlert } from './Notice';
import { StayCard } from './StayCard';

type Stay = PartnerStayFieldsFragment;

/** Active stays first, the next check-in due first; then ended ones, the latest first. */
function sortStays(stays: readonly Stay[]): Stay[] {
  return [...stays].sort((a, b) => {
    if (a.status !== b.status) return a.status === 'ACTIVE' ? -1 : 1;
    if (a.status === 'ACTIVE')
      return (a.nextCheckInDue ?? a.plannedEndOn).localeCompare(b.nextCheckInDue ?? b.plannedEndOn);
    return (b.endedOn ?? b.plannedEndOn).localeCompare(a.endedOn ?? a.plannedEndOn);
  });
}

/** "Séjours": the association's stays and their follow-up, polled. */
export function StaysPanel({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const { households } = useHouseholds(organisationId);
  const query = useQuery(PARTNER_STAYS_QUERY, {
    variables: { organisationId },
    pollInterval: LIVE_POLL_INTERVAL_MS,
  });
  const [notice, setNotice] = useState<Notice>();
  const stays = query.data?.stays ?? query.previousData?.stays;
  const aliases = new Map(households?.map((household) => [household.id, household.alias]));
  const csvColumns = usePartnerStayCsvColumns(aliases);

  const handleNotice = (next: Notice) => {
    setNotice(next);
    void query.refetch().catch(() => undefined);
    document.getElementById('stays-heading')?.focus();
  };

  return (
    <section aria-labelledby="stays-heading">
      <Group justify="space-between" gap="xs" mb="xs">
        <Title order={2} size="h3" id="stays-heading" tabIndex={-1}>
          {t('hostingPartners.stays.title')}
        </Title>
        {stays ? <ExportCsvButton filename="sejours" columns={csvColumns} rows={sortStays(stays)} /> : null}
      </Group>
      <Text c="gray.7" mb="md">
        {t('hostingPartners.stays.intro')}
      </Text>
      <Stack gap="md">
        <NoticeAlert notice={notice} />
        {stays ? (
          stays.length === 0 ? (
            <Text>{t('hostingPartners.stays.empty')}</Text>
          ) : (
            <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
              {sortStays(stays).map((stay) => (
                <li key={stay.id}>
                  <StayCard stay={stay} alias={aliases.get(stay.requestId)} onNotice={handleNotice} />
                </li>
              ))}
            </Stack>
          )
        ) : null}
        {!stays || query.error ? <QueryStatus loading={query.loading} error={query.error} /> : null}
      </Stack>
    </section>
  );
}
