import { useQuery } from '@apollo/client/react';
import { Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { SuccessAlert } from '../../../components/SuccessAlert';
import { QueryStatus } from '../../../components/QueryStatus';
import type { PartnerMentoringPairFieldsFragment } from '../../../gql/graphql';
import { LIVE_POLL_INTERVAL_MS } from '../../items/utils/live';
import { PARTNER_ORGANISATION_MENTORING_QUERY } from '../graphql/missionsPartnersOperations';
import { MentoringPairCard } from './MentoringPairCard';
import { MentoringPairForm } from './MentoringPairForm';

type Pair = PartnerMentoringPairFieldsFragment;

/** Active pairs first, then closed ones; newest first. */
export function sortPairs(pairs: readonly Pair[]): Pair[] {
  return [...pairs].sort(
    (a, b) =>
      Number(a.status === 'CLOSED') - Number(b.status === 'CLOSED') || b.createdAt.localeCompare(a.createdAt),
  );
}

/** "Parrainages": pair a mentor with a person the association supports, and follow the pairs. */
export function MentoringPanel({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const query = useQuery(PARTNER_ORGANISATION_MENTORING_QUERY, {
    variables: { organisationId },
    pollInterval: LIVE_POLL_INTERVAL_MS,
  });
  const pairs = query.data?.organisationMentoring ?? query.previousData?.organisationMentoring;
  const [created, setCreated] = useState<string>();

  return (
    <Stack gap="xl">
      <section aria-labelledby="new-pair-heading">
        <Title order={2} size="h3" id="new-pair-heading" mb="xs">
          {t('missionsPartners.mentoring.newTitle')}
        </Title>
        <Text c="gray.7" mb="sm">
          {t('missionsPartners.mentoring.newIntro')}
        </Text>
        {created ? <SuccessAlert mb="md">{created}</SuccessAlert> : null}
        <MentoringPairForm
          organisationId={organisationId}
          labelledBy="new-pair-heading"
          onDone={(pair) =>
            setCreated(
              t('missionsPartners.mentoring.created', { alias: pair.menteeAlias, mentor: pair.mentorName }),
            )
          }
        />
      </section>
      <section aria-labelledby="pairs-heading">
        <Title order={2} size="h3" id="pairs-heading" mb="sm">
          {t('missionsPartners.mentoring.listTitle')}
        </Title>
        {pairs ? (
          pairs.length === 0 ? (
            <Text>{t('missionsPartners.mentoring.empty')}</Text>
          ) : (
            <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
              {sortPairs(pairs).map((pair) => (
                <li key={pair.id}>
                  <MentoringPairCard pair={pair} />
                </li>
              ))}
            </Stack>
          )
        ) : null}
        {!pairs || query.error ? <QueryStatus loading={query.loading} error={query.error} /> : null}
      </section>
    </Stack>
  );
}
