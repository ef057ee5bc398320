import { useMutation, useQuery } from '@apollo/client/react';
import { Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { SuccessAlert } from '../../../components/SuccessAlert';
import { ExportCsvButton } from '../../../components/ExportCsvButton';
import { QueryStatus } from '../../../components/QueryStatus';
import type { CsvColumn } from '../../../utils/csv';
import { useOrganisationFactColumns } from '../../organisations/components/OrganisationDetails';
import { CoordinationProblemAlert } from '../components/CoordinationProblemAlert';
import { CoordinatorOnly, NotAllowed } from '../components/CoordinatorOnly';
import { type PendingOrganisation, PendingOrganisationCard } from '../components/PendingOrganisationCard';
import {
  ORGANISATION_QUEUE_QUERY,
  REJECT_ORGANISATION_MUTATION,
  VERIFY_ORGANISATION_MUTATION,
} from '../graphql/coordinationOperations';
import { type CoordinationProblem, coordinationProblem, isForbidden } from '../utils/coordinationErrors';

interface Decision {
  id: string;
  kind: 'verify' | 'reject';
}

/** The pending organisations, oldest first, each to verify or reject. */
function VerificationQueue({ title }: { title: string }) {
  const { t } = useTranslation();
  const queue = useQuery(ORGANISATION_QUEUE_QUERY, { fetchPolicy: 'network-only' });
  const [verify] = useMutation(VERIFY_ORGANISATION_MUTATION);
  const [reject] = useMutation(REJECT_ORGANISATION_MUTATION);
  const [deciding, setDeciding] = useState<Decision>();
  const [problem, setProblem] = useState<CoordinationProblem>();
  const [done, setDone] = useState<string>();
  const factColumns = useOrganisationFactColumns();
  const csvColumns: CsvColumn<PendingOrganisation>[] = [
    { header: t('organisations.fields.name'), value: (organisation) => organisation.name },
    ...factColumns,
  ];

  if (isForbidden(queue.error)) return <NotAllowed title={title} />;

  const decide = async (organisation: PendingOrganisation, decision: Decision['kind'], reason = '') => {
    setProblem(undefined);
    setDone(undefined);
    setDeciding({ id: organisation.id, kind: decision });
    try {
      if (decision === 'verify') {
        await verify({ variables: { input: { organisationId: organisation.id } } });
        setDone(t('coordination.queue.verified', { name: organisation.name }));
      } else {
        await reject({ variables: { input: { organisationId: organisation.id, reason } } });
        setDone(t('coordination.queue.rejected', { name: organisation.name }));
      }
    } catch (error: unknown) {
      setProblem(coordinationProblem(error));
    } finally {
      setDeciding(undefined);
    }
    // Decided here or by another coordinator meanwhile: either way, show the queue as it now is.
    await queue.refetch().catch(() => undefined);
  };

  const pending = queue.data
    ? [...queue.data.organisationQueue].sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    : undefined;

  return (
    <Stack gap="lg">
      <title>{t('app.pageTitle', { title })}</title>
      <Stack gap="xs">
        <Title order={1}>{title}</Title>
        <Text c="gray.7">{t('coordination.queue.intro')}</Text>
      </Stack>
      <CoordinationProblemAlert problem={problem} />
      {done ? <SuccessAlert>{done}</SuccessAlert> : null}
      {pending ? (
        pending.length === 0 ? (
          <Text>{t('coordination.queue.empty')}</Text>
        ) : (
          <Stack gap="md">
            <ExportCsvButton filename="organisations-a-verifier" columns={csvColumns} rows={pending} />
            {pending.map((organisation) => (
              <PendingOrganisationCard
                key={organisation.id}
                organisation={organisation}
                deciding={deciding?.id === organisation.id ? deciding.kind : undefined}
                onVerify={() => void decide(organisation, 'verify')}
                onReject={(reason) => void decide(organisation, 'reject', reason)}
              />
            ))}
          </Stack>
        )
      ) : (
        <QueryStatus loading={queue.loading} error={queue.error} />
      )}
    </Stack>
  );
}

/** `/coordination/verifications`: coordinators verify or reject the organisations that registered. */
export function VerificationQueuePage() {
  const { t } = useTranslation();
  const title = t('coordination.queue.title');
  return (
    <CoordinatorOnly title={title}>
      <VerificationQueue title={title} />
    </CoordinatorOnly>
  );
}
