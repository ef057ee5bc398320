import { Alert, Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { ExportCsvButton } from '../../../components/ExportCsvButton';
import { QueryStatus } from '../../../components/QueryStatus';
import type { PartnerMissionFieldsFragment } from '../../../gql/graphql';
import { type Membership, RequireMembership } from '../../organisations/components/RequireMembership';
import { ApplicationCard, sortApplications } from '../components/ApplicationCard';
import {
  MISSION_STATUS_COLORS,
  OverdueReminder,
  ResponseTime,
  useMissionApplications,
} from '../components/MissionCard';
import { MissionSchedule } from '../components/MissionFacts';
import { useOrganisationMissions } from '../components/MissionsPanel';
import { useApplicationCsvColumns } from '../hooks/useMissionsCsvColumns';

/** The applications to one mission, with its shifts and places, to answer them and follow the accepted ones. */
function MissionApplications({ mission }: { mission: PartnerMissionFieldsFragment }) {
  const { t } = useTranslation();
  const { query, applications } = useMissionApplications(mission.id);
  const overdue = applications?.filter((application) => application.overdue).length ?? 0;
  const csvColumns = useApplicationCsvColumns();

  return (
    <Stack gap="xl">
      <section aria-labelledby="mission-shifts-heading">
        <Title order={2} size="h3" id="mission-shifts-heading" mb="sm">
          {mission.schedule === 'WEEKLY'
            ? t('missionsPartners.applications.weeklyTitle')
            : t('missionsPartners.applications.shiftsTitle')}
        </Title>
        <MissionSchedule mission={mission} />
      </section>
      <section aria-labelledby="applications-heading">
        <Group justify="space-between" gap="xs" mb="sm">
          <Title order={2} size="h3" id="applications-heading">
            {t('missionsPartners.applications.listTitle')}
          </Title>
          {applications ? (
            <ExportCsvButton
              filename="candidatures"
              columns={csvColumns}
              rows={sortApplications(applications)}
            />
          ) : null}
        </Group>
        <Stack gap="md">
          {mission.restricted ? (
            <Alert
              color="red.9"
              variant="outline"
              title={t('missionsPartners.applications.restrictedTitle')}
              data-testid="restricted-note"
            >
              <Text c="gray.9" size="sm">
                {t('missionsPartners.applications.restrictedNote')}
              </Text>
            </Alert>
          ) : null}
          <OverdueReminder count={overdue} />
          <ResponseTime hours={mission.responseHours} />
          {applications ? (
            applications.length === 0 ? (
              <Text>{t('missionsPartners.applications.empty')}</Text>
            ) : (
              <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
                {sortApplications(applications).map((application) => (
                  <li key={application.id}>
                    <ApplicationCard application={application} mission={mission} />
                  </li>
                ))}
              </Stack>
            )
          ) : null}
          {!applications || query.error ? <QueryStatus loading={query.loading} error={query.error} /> : null}
        </Stack>
      </section>
    </Stack>
  );
}

/** Finds the mission among the association's own, then shows its applications. */
function MissionApplicationsContent({
  organisation,
  missionId,
}: {
  organisation: Membership['organisation'];
  missionId: string;
}) {
  const { t } = useTranslation();
  const { query, missions } = useOrganisationMissions(organisation.id);
  const mission = missions?.find((item) => item.id === missionId);
  const backTo = `/organisations/${organisation.id}/missions`;
  const back = (
    <Anchor component={Link} to={backTo} size="sm">
      ← {t('missionsPartners.page.title', { name: organisation.name })}
    </Anchor>
  );

  if (!mission) {
    const title = t('missionsPartners.applications.fallbackTitle');
    return (
      <Stack gap="lg">
        <title>{t('app.pageTitle', { title })}</title>
        <Stack gap="xs">
          {back}
          <Title order={1}>{title}</Title>
        </Stack>
        {missions ? (
          <Alert color="red.9" role="alert">
            {t('missionsPartners.applications.notFound')}
          </Alert>
        ) : (
          <QueryStatus loading={query.loading} error={query.error} />
        )}
      </Stack>
    );
  }

  const title = t('missionsPartners.applications.title', { title: mission.title });
  return (
    <Stack gap="lg">
      <title>{t('app.pageTitle', { title })}</title>
      <Stack gap="xs">
        {back}
        <Group gap="sm" align="center" wrap="wrap">
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>
            {title}
          </Title>
          <Badge color={MISSION_STATUS_COLORS[mission.status]} variant="filled">
            {t(`missionsPartners.missionStatus.${mission.status}`)}
          </Badge>
        </Group>
        <Text c="gray.7">{t('missionsPartners.applications.intro')}</Text>
      </Stack>
      <MissionApplications mission={mission} />
    </Stack>
  );
}

/** `/organisations/:id/missions/:missionId`: the applications to one of an association's missions (members). */
export function MissionApplicationsPage() {
  const { t } = useTranslation();
  const { id = '', missionId = '' } = useParams();
  return (
    <RequireMembership
      organisationId={id}
      title={t('missionsPartners.applications.fallbackTitle')}
      notMine={t('missionsPartners.page.notMine')}
      backToList={t('missionsPartners.page.myOrganisations')}
    >
      {(membership) => (
        <MissionApplicationsContent organisation={membership.organisation} missionId={missionId} />
      )}
    </RequireMembership>
  );
}
