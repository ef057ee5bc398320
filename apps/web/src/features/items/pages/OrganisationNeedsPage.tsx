import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { ExportCsvButton } from '../../../components/ExportCsvButton';
import { QueryStatus } from '../../../components/QueryStatus';
import { RequireMembership } from '../../organisations/components/RequireMembership';
import { useApiLanguage } from '../../../i18n/useApiLanguage';
import type { Viewer } from '../../identity/hooks/useViewer';
import { OrganisationProposals } from '../../matching/components/OrganisationProposals';
import { DispatchList } from '../components/DispatchList';
import { OrganisationNeedCard } from '../components/OrganisationNeedCard';
import { PostNeedForm } from '../components/PostNeedForm';
import { ORGANISATION_DISPATCHES_QUERY, ORGANISATION_NEEDS_QUERY } from '../graphql/itemsOperations';
import { useDispatchCsvColumns, useNeedCsvColumns } from '../hooks/useItemsCsvColumns';
import { LIVE_POLL_INTERVAL_MS } from '../utils/live';

type Organisation = Viewer['memberships'][number]['organisation'];

/**
 * Post a need, follow and edit the organisation's needs, see (and decline) the dispatches the matching engine
 * proposes, and confirm what was delivered; polled live.
 */
function OrganisationNeeds({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const lang = useApiLanguage();
  const variables = { organisationId: organisation.id, lang };
  const needColumns = useNeedCsvColumns({ ownList: true });
  const dispatchColumns = useDispatchCsvColumns();
  const needsQuery = useQuery(ORGANISATION_NEEDS_QUERY, { variables, pollInterval: LIVE_POLL_INTERVAL_MS });
  const dispatchesQuery = useQuery(ORGANISATION_DISPATCHES_QUERY, {
    variables,
    pollInterval: LIVE_POLL_INTERVAL_MS,
  });
  const needs = needsQuery.data?.organisationNeeds ?? needsQuery.previousData?.organisationNeeds;
  const dispatches =
    dispatchesQuery.data?.organisationDispatches ?? dispatchesQuery.previousData?.organisationDispatches;

  return (
    <>
      <section aria-labelledby="post-need-heading">
        <Title order={2} size="h3" id="post-need-heading" mb="xs">
          {t('items.orgNeeds.postTitle')}
        </Title>
        {organisation.status === 'VERIFIED' ? (
          <Text c="gray.7" mb="md">
            {t('items.orgNeeds.postIntro')}
          </Text>
        ) : (
          <Alert color="yellow.9" variant="outline" mb="md">
            <Text c="gray.9">{t('items.orgNeeds.notVerifiedYet')}</Text>
          </Alert>
        )}
        <PostNeedForm
          organisationId={organisation.id}
          districtCodes={organisation.districtCodes}
          labelledBy="post-need-heading"
        />
      </section>
      <section aria-labelledby="organisation-needs-heading">
        <Group justify="space-between" gap="xs" mb="sm">
          <Title order={2} size="h3" id="organisation-needs-heading">
            {t('items.orgNeeds.listTitle')}
          </Title>
          {needs ? (
            <ExportCsvButton
              filename="besoins-organisation"
              subject={t('items.orgNeeds.listTitle')}
              columns={needColumns}
              rows={needs}
            />
          ) : null}
        </Group>
        {needs ? (
          needs.length === 0 ? (
            <Text>{t('items.orgNeeds.empty')}</Text>
          ) : (
            <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
              {needs.map((need) => (
                <li key={need.id}>
                  <OrganisationNeedCard need={need} />
                </li>
              ))}
            </Stack>
          )
        ) : null}
        {!needs || needsQuery.error ? (
          <QueryStatus loading={needsQuery.loading} error={needsQuery.error} />
        ) : null}
      </section>
      <OrganisationProposals organisationId={organisation.id} pollInterval={LIVE_POLL_INTERVAL_MS} />
      <section aria-labelledby="dispatches-heading">
        <Group justify="space-between" gap="xs" mb="xs">
          <Title order={2} size="h3" id="dispatches-heading">
            {t('items.dispatches.title')}
          </Title>
          {dispatches ? (
            <ExportCsvButton
              filename="envois-organisation"
              subject={t('items.dispatches.title')}
              columns={dispatchColumns}
              rows={dispatches}
            />
          ) : null}
        </Group>
        <Text c="gray.7" mb="md">
          {t('items.dispatches.intro')}
        </Text>
        {dispatches ? <DispatchList dispatches={dispatches} /> : null}
        {!dispatches || dispatchesQuery.error ? (
          <QueryStatus loading={dispatchesQuery.loading} error={dispatchesQuery.error} />
        ) : null}
      </section>
    </>
  );
}

/** `/organisations/:id/besoins`: the needs of one of my organisations and the deliveries it receives. */
export function OrganisationNeedsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const fallbackTitle = t('items.orgNeeds.fallbackTitle');
  return (
    <RequireMembership
      organisationId={id}
      title={fallbackTitle}
      notMine={t('items.orgNeeds.notMine')}
      backToList={t('items.orgNeeds.myOrganisations')}
    >
      {(membership) => {
        const { organisation } = membership;
        const title = t('items.orgNeeds.title', { name: organisation.name });
        return (
          <Stack gap="xl">
            <title>{t('app.pageTitle', { title })}</title>
            <Stack gap="xs">
              <Anchor component={Link} to={`/organisations/${organisation.id}`} size="sm">
                ← {organisation.name}
              </Anchor>
              <Title order={1} style={{ overflowWrap: 'anywhere' }}>
                {title}
              </Title>
              <Text c="gray.7">{t('items.orgNeeds.intro')}</Text>
            </Stack>
            <OrganisationNeeds organisation={organisation} />
          </Stack>
        );
      }}
    </RequireMembership>
  );
}
