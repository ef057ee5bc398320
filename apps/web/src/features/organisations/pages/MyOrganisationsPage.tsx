import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ExportCsvButton } from '../../../components/ExportCsvButton';
import type { CsvColumn } from '../../../utils/csv';
import { RequireViewer } from '../../identity/components/RequireViewer';
import { VIEWER_QUERY } from '../../identity/graphql/identityOperations';
import type { Viewer } from '../../identity/hooks/useViewer';
import { OrganisationStatusBadge } from '../components/OrganisationStatusBadge';

/** The signed-in person's memberships, each with its organisation's status. */
function MembershipList({ memberships }: { memberships: Viewer['memberships'] }) {
  const { t } = useTranslation();
  if (memberships.length === 0) return <Text>{t('organisations.mine.empty')}</Text>;
  return (
    <List listStyleType="none" spacing="md" p={0} aria-labelledby="my-organisations-title">
      {memberships.map(({ organisation, role }) => (
        <List.Item key={organisation.id} data-testid="membership">
          <Card withBorder padding="md">
            <Stack gap="xs">
              <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
                <Anchor component={Link} to={`/organisations/${organisation.id}`} fw={700} size="lg">
                  {organisation.name}
                </Anchor>
                <OrganisationStatusBadge status={organisation.status} />
              </Group>
              <Text size="sm" c="gray.7">
                {t(`organisations.kinds.${organisation.kind}`)} · {t(`organisations.roles.${role}`)}
              </Text>
              {organisation.status === 'REJECTED' && organisation.rejectionReason ? (
                <Text size="sm">
                  {t('organisations.mine.rejectionReason', { reason: organisation.rejectionReason })}
                </Text>
              ) : null}
              {organisation.status === 'PENDING' ? (
                <Text size="sm" c="gray.7">
                  {t('organisations.mine.pendingHelp')}
                </Text>
              ) : null}
            </Stack>
          </Card>
        </List.Item>
      ))}
    </List>
  );
}

type Membership = Viewer['memberships'][number];

/** My memberships in an export, as their cards show them. */
function useMembershipCsvColumns(): CsvColumn<Membership>[] {
  const { t } = useTranslation();
  return [
    { header: t('organisations.fields.name'), value: ({ organisation }) => organisation.name },
    {
      header: t('organisations.mine.status'),
      value: ({ organisation }) => t(`organisations.status.${organisation.status}`),
    },
    {
      header: t('organisations.fields.kind'),
      value: ({ organisation }) => t(`organisations.kinds.${organisation.kind}`),
    },
    { header: t('organisations.mine.role'), value: ({ role }) => t(`organisations.roles.${role}`) },
    {
      header: t('organisations.mine.rejectionReasonColumn'),
      value: ({ organisation }) => (organisation.status === 'REJECTED' ? organisation.rejectionReason : null),
    },
  ];
}

/** `/organisations`: my organisations and their verification status, and a link to register one. */
export function MyOrganisationsPage() {
  const { t } = useTranslation();
  const title = t('organisations.mine.title');
  // A coordinator may have decided since this visit began: ask again for the statuses.
  const { error } = useQuery(VIEWER_QUERY, { fetchPolicy: 'cache-and-network' });
  const csvColumns = useMembershipCsvColumns();
  return (
    <RequireViewer title={title}>
      {(viewer) => (
        <Stack gap="lg">
          <title>{t('app.pageTitle', { title })}</title>
          <Group justify="space-between" align="flex-end" wrap="wrap" gap="md">
            <Stack gap="xs">
              <Title order={1} id="my-organisations-title">
                {title}
              </Title>
              <Text c="gray.7">{t('organisations.mine.intro')}</Text>
            </Stack>
            <Group gap="sm" wrap="wrap">
              <ExportCsvButton filename="mes-organisations" columns={csvColumns} rows={viewer.memberships} />
              <Button component={Link} to="/organisations/nouvelle">
                {t('organisations.mine.register')}
              </Button>
            </Group>
          </Group>
          {error ? (
            <Alert color="red.9" role="alert">
              {t('app.error')}
            </Alert>
          ) : null}
          <MembershipList memberships={viewer.memberships} />
        </Stack>
      )}
    </RequireViewer>
  );
}
