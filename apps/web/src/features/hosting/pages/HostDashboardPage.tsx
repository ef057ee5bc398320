import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import { SuccessAlert } from '../../../components/SuccessAlert';
import { ExportCsvButton } from '../../../components/ExportCsvButton';
import { QueryStatus } from '../../../components/QueryStatus';
import { RequireViewer } from '../../identity/components/RequireViewer';
import { HostingProposalCard } from '../components/HostingProposalCard';
import { HostOfferCard } from '../components/HostOfferCard';
import { StayCard } from '../components/StayCard';
import {
  MY_HOST_OFFERS_QUERY,
  MY_HOSTING_PROPOSALS_QUERY,
  MY_STAYS_QUERY,
} from '../graphql/hostingOperations';
import { useStayCsvColumns } from '../hooks/useStayCsvColumns';
import type { SubmittedState } from './HostOnboardingPage';

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

/** What hosting at home means, and the way in. */
function HostingIntro() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="hosting-how-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="hosting-how-heading">
          {t('hosting.dashboard.howTitle')}
        </Title>
        <Text>{t('hosting.dashboard.intro')}</Text>
        <List spacing={6}>
          <List.Item>{t('hosting.dashboard.points.commitment')}</List.Item>
          <List.Item>{t('hosting.dashboard.points.visit')}</List.Item>
          <List.Item>{t('hosting.dashboard.points.legal')}</List.Item>
          <List.Item>{t('hosting.dashboard.points.followUp')}</List.Item>
        </List>
        <Group gap="md" wrap="wrap" align="center">
          <Button component={Link} to="/accueillir/proposer" size="md">
            {t('hosting.dashboard.offerRoom')}
          </Button>
          <Anchor component={Link} to="/louez-solidaire">
            {t('hosting.dashboard.rentalLink')}
          </Anchor>
        </Group>
      </Stack>
    </Paper>
  );
}

function HostDashboard() {
  const { t } = useTranslation();
  const { state } = useLocation() as { state: SubmittedState | null };
  const [withdrawn, setWithdrawn] = useState<string>();
  const offersQuery = useQuery(MY_HOST_OFFERS_QUERY, { fetchPolicy: 'cache-and-network' });
  const proposalsQuery = useQuery(MY_HOSTING_PROPOSALS_QUERY, { fetchPolicy: 'cache-and-network' });
  const staysQuery = useQuery(MY_STAYS_QUERY, { fetchPolicy: 'cache-and-network' });
  const offers = offersQuery.data?.myHostOffers ?? offersQuery.previousData?.myHostOffers;
  const proposals =
    proposalsQuery.data?.myHostingProposals ?? proposalsQuery.previousData?.myHostingProposals;
  const stays = staysQuery.data?.myStays ?? staysQuery.previousData?.myStays;
  const stayColumns = useStayCsvColumns();

  return (
    <>
      {state?.submittedTo ? (
        <SuccessAlert>{t('hosting.dashboard.submitted', { organisation: state.submittedTo })}</SuccessAlert>
      ) : null}
      <HostingIntro />

      <section aria-labelledby="my-host-offers-heading">
        <Title order={2} size="h3" id="my-host-offers-heading" tabIndex={-1} mb="sm">
          {t('hosting.dashboard.offersTitle')}
        </Title>
        <Stack gap="md">
          {withdrawn ? (
            <Alert color="teal.9" variant="outline" role="status">
              <Text c="gray.9">{withdrawn}</Text>
            </Alert>
          ) : null}
          <CardList
            items={offers}
            query={offersQuery}
            empty={t('hosting.dashboard.noOffers')}
            render={(offer) => (
              <HostOfferCard
                offer={offer}
                onWithdrawn={(message) => {
                  setWithdrawn(message);
                  document.getElementById('my-host-offers-heading')?.focus();
                }}
              />
            )}
          />
        </Stack>
      </section>

      <section aria-labelledby="hosting-proposals-heading">
        <Title order={2} size="h3" id="hosting-proposals-heading" mb="xs">
          {t('hosting.dashboard.proposalsTitle')}
        </Title>
        <Text c="gray.7" mb="sm">
          {t('hosting.dashboard.proposalsIntro')}
        </Text>
        <CardList
          items={proposals}
          query={proposalsQuery}
          empty={t('hosting.dashboard.noProposals')}
          render={(proposal) => <HostingProposalCard proposal={proposal} />}
        />
      </section>

      <section aria-labelledby="stays-heading">
        <Group justify="space-between" gap="xs" mb="sm">
          <Title order={2} size="h3" id="stays-heading">
            {t('hosting.dashboard.staysTitle')}
          </Title>
          {stays ? <ExportCsvButton filename="mes-sejours" columns={stayColumns} rows={stays} /> : null}
        </Group>
        <CardList
          items={stays}
          query={staysQuery}
          empty={t('hosting.dashboard.noStays')}
          render={(stay) => <StayCard stay={stay} />}
        />
      </section>
    </>
  );
}

/** `/accueillir`: hosting a refugee household at home: how it works, my offers, the households proposed, my stays. */
export function HostDashboardPage() {
  const { t } = useTranslation();
  const title = t('hosting.dashboard.title');
  return (
    <RequireViewer title={title}>
      {() => (
        <Stack gap="xl">
          <title>{t('app.pageTitle', { title })}</title>
          <Title order={1}>{title}</Title>
          <HostDashboard />
        </Stack>
      )}
    </RequireViewer>
  );
}
