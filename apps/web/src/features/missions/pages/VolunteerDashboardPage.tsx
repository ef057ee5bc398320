import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ExportCsvButton } from '../../../components/ExportCsvButton';
import { QueryStatus } from '../../../components/QueryStatus';
import { RequireViewer } from '../../identity/components/RequireViewer';
import { ApplicationCard } from '../components/ApplicationCard';
import { MentoringPairCard } from '../components/MentoringPairCard';
import { useVolunteeringCsvColumns, VolunteeringTable } from '../components/VolunteeringTable';
import { VolunteerProfileForm } from '../components/VolunteerProfileForm';
import {
  VOLUNTEER_APPLICATIONS_QUERY,
  VOLUNTEER_HISTORY_QUERY,
  VOLUNTEER_MENTORING_QUERY,
  VOLUNTEER_PROFILE_QUERY,
} from '../graphql/missionsOperations';

/** A list of cards, or what to say when it is empty, or the query's status while it has nothing. */
function CardList<T extends { id: string }>({
  items,
  query,
  empty,
  render,
}: {
  items: readonly T[] | undefined;
  query: { loading: boolean; error?: unknown };
  empty: string;
  render: (item: T) => ReactNode;
}) {
  return (
    <>
      {items ? (
        items.length === 0 ? (
          <Text>{empty}</Text>
        ) : (
          <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
            {items.map((item) => (
              <li key={item.id}>{render(item)}</li>
            ))}
          </Stack>
        )
      ) : null}
      {!items || query.error ? <QueryStatus loading={query.loading} error={query.error} /> : null}
    </>
  );
}

/** "Mon profil bénévole": the form, once the saved profile (or its absence) is known. */
function ProfileSection() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(VOLUNTEER_PROFILE_QUERY);
  return (
    <section aria-labelledby="volunteer-profile-heading">
      <Title order={2} size="h3" id="volunteer-profile-heading" mb="xs">
        {t('missions.profile.title')}
      </Title>
      <Text c="gray.7" mb="md">
        {t('missions.profile.intro')}
      </Text>
      {data ? (
        <VolunteerProfileForm
          profile={data.myVolunteerProfile ?? null}
          labelledBy="volunteer-profile-heading"
        />
      ) : (
        <QueryStatus loading={loading} error={error} />
      )}
    </section>
  );
}

function ApplicationsSection() {
  const { t } = useTranslation();
  const [withdrawn, setWithdrawn] = useState<string>();
  const query = useQuery(VOLUNTEER_APPLICATIONS_QUERY, { fetchPolicy: 'cache-and-network' });
  const applications = query.data?.myApplications ?? query.previousData?.myApplications;
  return (
    <section aria-labelledby="volunteer-applications-heading">
      <Title order={2} size="h3" id="volunteer-applications-heading" tabIndex={-1} mb="sm">
        {t('missions.applications.title')}
      </Title>
      <Stack gap="md">
        {withdrawn ? (
          <Alert color="teal.9" variant="outline" role="status">
            <Text c="gray.9">{withdrawn}</Text>
          </Alert>
        ) : null}
        <CardList
          items={applications}
          query={query}
          empty={t('missions.applications.empty')}
          render={(application) => (
            <ApplicationCard
              application={application}
              onWithdrawn={(message) => {
                setWithdrawn(message);
                document.getElementById('volunteer-applications-heading')?.focus();
              }}
            />
          )}
        />
      </Stack>
    </section>
  );
}

function HistorySection() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(VOLUNTEER_HISTORY_QUERY, { fetchPolicy: 'cache-and-network' });
  const history = data?.myVolunteering;
  const csvColumns = useVolunteeringCsvColumns();
  return (
    <section aria-labelledby="volunteer-history-heading">
      <Title order={2} size="h3" id="volunteer-history-heading" mb="xs">
        {t('missions.history.title')}
      </Title>
      <Text c="gray.7" mb="md">
        {t('missions.history.intro')}
      </Text>
      {history ? (
        history.records.length === 0 ? (
          <Text>{t('missions.history.empty')}</Text>
        ) : (
          <Stack gap="md">
            <VolunteeringTable
              history={history}
              caption={t('missions.history.caption')}
              totalLabel={t('missions.history.total')}
            />
            <Group gap="md" wrap="wrap">
              <Anchor component={Link} to="/benevolat/attestation" fw={600}>
                {t('missions.history.attestation')}
              </Anchor>
              <ExportCsvButton filename="mes-heures-benevolat" columns={csvColumns} rows={history.records} />
            </Group>
          </Stack>
        )
      ) : (
        <QueryStatus loading={loading} error={error} />
      )}
    </section>
  );
}

function MentoringSection() {
  const { t } = useTranslation();
  const query = useQuery(VOLUNTEER_MENTORING_QUERY, { fetchPolicy: 'cache-and-network' });
  const pairs = query.data?.myMentoring ?? query.previousData?.myMentoring;
  return (
    <section aria-labelledby="volunteer-mentoring-heading">
      <Title order={2} size="h3" id="volunteer-mentoring-heading" mb="sm">
        {t('missions.mentoring.title')}
      </Title>
      <CardList
        items={pairs}
        query={query}
        empty={t('missions.mentoring.empty')}
        render={(pair) => <MentoringPairCard pair={pair} />}
      />
    </section>
  );
}

/** `/benevolat`: my volunteer profile, my applications, my hours and the people I mentor (signed in). */
export function VolunteerDashboardPage() {
  const { t } = useTranslation();
  const title = t('missions.dashboard.title');
  return (
    <RequireViewer title={title}>
      {() => (
        <Stack gap="xl">
          <title>{t('app.pageTitle', { title })}</title>
          <Stack gap="xs">
            <Title order={1}>{title}</Title>
            <Text c="gray.7">{t('missions.dashboard.intro')}</Text>
            <Group>
              <Button component={Link} to="/missions" variant="outline">
                {t('missions.dashboard.findMissions')}
              </Button>
            </Group>
          </Stack>
          <ProfileSection />
          <ApplicationsSection />
          <HistorySection />
          <MentoringSection />
        </Stack>
      )}
    </RequireViewer>
  );
}
