import { useQuery } from '@apollo/client/react';
import { Alert, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { SuccessAlert } from '../../../components/SuccessAlert';
import { ExportCsvButton } from '../../../components/ExportCsvButton';
import { QueryStatus } from '../../../components/QueryStatus';
import type { HostingRequestStatus, PartnerHostingRequestFieldsFragment } from '../../../gql/graphql';
import type { Membership } from '../../organisations/components/RequireMembership';
import { LIVE_POLL_INTERVAL_MS } from '../../items/utils/live';
import { PARTNER_HOSTING_REQUESTS_QUERY } from '../graphql/hostingPartnersOperations';
import { useHouseholdCsvColumns } from '../hooks/useHostingCsvColumns';
import { HouseholdCard } from './HouseholdCard';
import { HouseholdForm } from './HouseholdForm';

type HostingRequest = PartnerHostingRequestFieldsFragment;

const STATUS_ORDER: Record<HostingRequestStatus, number> = { OPEN: 0, HOSTED: 1, CLOSED: 2 };

/** Waiting households first (urgent ones at the top), then hosted ones, then closed ones; newest first. */
export function sortHouseholds(households: readonly HostingRequest[]): HostingRequest[] {
  return [...households].sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      Number(b.urgent) - Number(a.urgent) ||
      b.createdAt.localeCompare(a.createdAt),
  );
}

/** The association's households (polled), read by the other tabs too to name the households by their alias. */
export function useHouseholds(organisationId: string) {
  const query = useQuery(PARTNER_HOSTING_REQUESTS_QUERY, {
    variables: { organisationId },
    pollInterval: LIVE_POLL_INTERVAL_MS,
  });
  const households = query.data?.hostingRequests ?? query.previousData?.hostingRequests;
  return { query, households };
}

/** "Foyers": refer a household, and follow the households the association refers. */
export function HouseholdsPanel({ organisation }: { organisation: Membership['organisation'] }) {
  const { t } = useTranslation();
  const { query, households } = useHouseholds(organisation.id);
  const [created, setCreated] = useState<string>();
  const csvColumns = useHouseholdCsvColumns();

  return (
    <Stack gap="xl">
      <section aria-labelledby="refer-household-heading">
        <Title order={2} size="h3" id="refer-household-heading" mb="xs">
          {t('hostingPartners.households.referTitle')}
        </Title>
        {organisation.status === 'VERIFIED' ? (
          <Text c="gray.7" mb="sm">
            {t('hostingPartners.households.referIntro')}
          </Text>
        ) : (
          <Alert color="yellow.9" variant="outline" mb="sm">
            <Text c="gray.9">{t('hostingPartners.households.notVerifiedYet')}</Text>
          </Alert>
        )}
        <Alert color="blue.9" variant="outline" mb="md" title={t('hostingPartners.households.privacyTitle')}>
          <Text c="gray.9" size="sm">
            {t('hostingPartners.households.privacy')}
          </Text>
        </Alert>
        {created ? <SuccessAlert mb="md">{created}</SuccessAlert> : null}
        <HouseholdForm
          organisationId={organisation.id}
          labelledBy="refer-household-heading"
          onDone={(household) =>
            setCreated(t('hostingPartners.households.created', { alias: household.alias }))
          }
        />
      </section>
      <section aria-labelledby="households-heading">
        <Group justify="space-between" gap="xs" mb="sm">
          <Title order={2} size="h3" id="households-heading">
            {t('hostingPartners.households.listTitle')}
          </Title>
          {households ? (
            <ExportCsvButton filename="foyers" columns={csvColumns} rows={sortHouseholds(households)} />
          ) : null}
        </Group>
        {households ? (
          households.length === 0 ? (
            <Text>{t('hostingPartners.households.empty')}</Text>
          ) : (
            <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
              {sortHouseholds(households).map((household) => (
                <li key={household.id}>
                  <HouseholdCard household={household} />
                </li>
              ))}
            </Stack>
          )
        ) : null}
        {!households || query.error ? <QueryStatus loading={query.loading} error={query.error} /> : null}
      </section>
    </Stack>
  );
}
