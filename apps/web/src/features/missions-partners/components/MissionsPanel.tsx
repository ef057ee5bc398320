import { useQuery } from '@apollo/client/react';
import { Alert, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { SuccessAlert } from '../../../components/SuccessAlert';
import { ExportCsvButton } from '../../../components/ExportCsvButton';
import { QueryStatus } from '../../../components/QueryStatus';
import type { PartnerMissionFieldsFragment } from '../../../gql/graphql';
import type { Membership } from '../../organisations/components/RequireMembership';
import { LIVE_POLL_INTERVAL_MS } from '../../items/utils/live';
import { PARTNER_ORGANISATION_MISSIONS_QUERY } from '../graphql/missionsPartnersOperations';
import { usePartnerMissionCsvColumns } from '../hooks/useMissionsCsvColumns';
import { MissionCard } from './MissionCard';
import { MissionForm } from './MissionForm';

type Mission = PartnerMissionFieldsFragment;

/** Published missions first, then closed ones; newest first. */
export function sortMissions(missions: readonly Mission[]): Mission[] {
  return [...missions].sort(
    (a, b) =>
      Number(a.status === 'CLOSED') - Number(b.status === 'CLOSED') || b.createdAt.localeCompare(a.createdAt),
  );
}

/** The association's missions (polled), read by the applications page too to know the mission. */
export function useOrganisationMissions(organisationId: string) {
  const query = useQuery(PARTNER_ORGANISATION_MISSIONS_QUERY, {
    variables: { organisationId },
    pollInterval: LIVE_POLL_INTERVAL_MS,
  });
  const missions = query.data?.organisationMissions ?? query.previousData?.organisationMissions;
  return { query, missions };
}

/** "Missions": publish a mission, and follow the association's missions and their applications. */
export function MissionsPanel({
  organisation,
  contactName,
}: {
  organisation: Membership['organisation'];
  /** The signed-in member, the mission's contact by default. */
  contactName: string;
}) {
  const { t } = useTranslation();
  const { query, missions } = useOrganisationMissions(organisation.id);
  const [published, setPublished] = useState<string>();
  const csvColumns = usePartnerMissionCsvColumns();

  return (
    <Stack gap="xl">
      <section aria-labelledby="publish-mission-heading">
        <Title order={2} size="h3" id="publish-mission-heading" mb="xs">
          {t('missionsPartners.missions.publishTitle')}
        </Title>
        {organisation.status === 'VERIFIED' ? (
          <Text c="gray.7" mb="md">
            {t('missionsPartners.missions.publishIntro')}
          </Text>
        ) : (
          <Alert color="yellow.9" variant="outline" mb="md">
            <Text c="gray.9">{t('missionsPartners.missions.notVerifiedYet')}</Text>
          </Alert>
        )}
        {published ? <SuccessAlert mb="md">{published}</SuccessAlert> : null}
        <MissionForm
          organisationId={organisation.id}
          districtCodes={organisation.districtCodes}
          defaultContactName={contactName}
          defaultContactEmail={organisation.contactEmail}
          labelledBy="publish-mission-heading"
          onDone={(mission) =>
            setPublished(t('missionsPartners.missions.published', { title: mission.title }))
          }
        />
      </section>
      <section aria-labelledby="missions-heading">
        <Group justify="space-between" gap="xs" mb="sm">
          <Title order={2} size="h3" id="missions-heading">
            {t('missionsPartners.missions.listTitle')}
          </Title>
          {missions ? (
            <ExportCsvButton
              filename="missions-association"
              columns={csvColumns}
              rows={sortMissions(missions)}
            />
          ) : null}
        </Group>
        {missions ? (
          missions.length === 0 ? (
            <Text>{t('missionsPartners.missions.empty')}</Text>
          ) : (
            <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
              {sortMissions(missions).map((mission) => (
                <li key={mission.id}>
                  <MissionCard
                    mission={mission}
                    organisationId={organisation.id}
                    districtCodes={organisation.districtCodes}
                  />
                </li>
              ))}
            </Stack>
          )
        ) : null}
        {!missions || query.error ? <QueryStatus loading={query.loading} error={query.error} /> : null}
      </section>
    </Stack>
  );
}
