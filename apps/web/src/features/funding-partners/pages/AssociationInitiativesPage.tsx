import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { ExportCsvButton } from '../../../components/ExportCsvButton';
import { QueryStatus } from '../../../components/QueryStatus';
import type { FundingPartnersInitiativeFieldsFragment } from '../../../gql/graphql';
import type { CsvColumn } from '../../../utils/csv';
import { type Membership, RequireMembership } from '../../organisations/components/RequireMembership';
import { FundingProblemAlert } from '../components/FundingProblemAlert';
import { InitiativeCard, useInitiativeFactColumns } from '../components/InitiativeCard';
import { InitiativeForm } from '../components/InitiativeForm';
import { DoneAlert } from '../../../components/SuccessAlert';
import { Section } from '../components/Section';
import { FUNDING_PARTNERS_ORGANISATION_INITIATIVES_QUERY } from '../graphql/fundingPartnersOperations';
import { useFundingLabels } from '../utils/format';
import { fundingProblem } from '../utils/fundingErrors';

type Initiative = FundingPartnersInitiativeFieldsFragment;

/** Waiting for a decision first, then collecting, then refused and closed; newest first within each. */
const STATUS_ORDER = { SUBMITTED: 0, APPROVED: 1, REJECTED: 2, CLOSED: 3 } as const;

export function sortInitiatives(initiatives: readonly Initiative[]): Initiative[] {
  return [...initiatives].sort(
    (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.createdAt.localeCompare(a.createdAt),
  );
}

/** Propose an initiative, and follow the association's initiatives. */
function AssociationInitiatives({ organisation }: { organisation: Membership['organisation'] }) {
  const { t } = useTranslation();
  const [submitted, setSubmitted] = useState<string>();
  const query = useQuery(FUNDING_PARTNERS_ORGANISATION_INITIATIVES_QUERY, {
    variables: { organisationId: organisation.id },
    fetchPolicy: 'cache-and-network',
  });
  const initiatives = query.data?.organisationInitiatives ?? query.previousData?.organisationInitiatives;
  const labels = useFundingLabels();
  const factColumns = useInitiativeFactColumns();
  const csvColumns: CsvColumn<Initiative>[] = [
    { header: t('fundingPartners.association.initiative'), value: (initiative) => initiative.title },
    {
      header: t('fundingPartners.association.status'),
      value: (initiative) => labels.status(initiative.status),
    },
    ...factColumns,
  ];

  return (
    <Stack gap="xl">
      <Section
        headingId="submit-initiative-heading"
        title={t('fundingPartners.association.submitTitle')}
        intro={t('fundingPartners.association.submitIntro')}
      >
        {organisation.status !== 'VERIFIED' ? (
          <Alert color="yellow.9" variant="outline" role="status" mb="md">
            <Text c="gray.9">{t('fundingPartners.association.notVerifiedYet')}</Text>
          </Alert>
        ) : null}
        <DoneAlert message={submitted} mb="md" />
        <InitiativeForm
          organisationId={organisation.id}
          labelledBy="submit-initiative-heading"
          onDone={(initiative) =>
            setSubmitted(t('fundingPartners.association.submitted', { title: initiative.title }))
          }
        />
      </Section>
      <Section headingId="initiatives-heading" title={t('fundingPartners.association.listTitle')}>
        {query.error ? <FundingProblemAlert problem={fundingProblem(query.error)} /> : null}
        {initiatives ? (
          <ExportCsvButton
            filename="initiatives-association"
            columns={csvColumns}
            rows={sortInitiatives(initiatives)}
          />
        ) : null}
        {initiatives ? (
          initiatives.length === 0 ? (
            <Text>{t('fundingPartners.association.empty')}</Text>
          ) : (
            <Stack
              component="ul"
              gap="md"
              p={0}
              m={0}
              mt={query.error ? 'md' : 0}
              style={{ listStyle: 'none' }}
            >
              {sortInitiatives(initiatives).map((initiative) => (
                <li key={initiative.id}>
                  <InitiativeCard initiative={initiative} />
                </li>
              ))}
            </Stack>
          )
        ) : query.error ? null : (
          <QueryStatus loading={query.loading} />
        )}
      </Section>
    </Stack>
  );
}

/**
 * `/organisations/:id/initiatives`: an association's initiatives for participatory funding — propose one, follow
 * what each raised, post news for the donors, close it, and answer the sponsors who want to meet its team.
 */
export function AssociationInitiativesPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <RequireMembership
      organisationId={id}
      title={t('fundingPartners.association.fallbackTitle')}
      notMine={t('fundingPartners.notMine')}
      backToList={t('fundingPartners.myOrganisations')}
    >
      {(membership) => {
        const { organisation } = membership;
        const title = t('fundingPartners.association.title', { name: organisation.name });
        return (
          <Stack gap="lg">
            <title>{t('app.pageTitle', { title })}</title>
            <Stack gap="xs">
              <Anchor component={Link} to={`/organisations/${organisation.id}`} size="sm">
                ← {organisation.name}
              </Anchor>
              <Title order={1} style={{ overflowWrap: 'anywhere' }}>
                {title}
              </Title>
              <Text c="gray.7">{t('fundingPartners.association.intro')}</Text>
            </Stack>
            {organisation.kind === 'ASSOCIATION' ? (
              <AssociationInitiatives organisation={organisation} />
            ) : (
              <Alert color="yellow.9" variant="outline" role="status">
                <Text c="gray.9">{t('fundingPartners.association.associationsOnly')}</Text>
              </Alert>
            )}
          </Stack>
        );
      }}
    </RequireMembership>
  );
}
