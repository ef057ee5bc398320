import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { FundingInitiativeFieldsFragment } from '../../../gql/graphql';
import { useParisFormat } from '../../items/utils/format';
import { useDistrictsLine } from '../utils/districts';
import { FundingAmounts, FundingProgressBar } from './InitiativeProgress';

/** "Portée par Accueil solidaire 18e", or by a collective with its association. */
export function useCarriedBy(): (
  initiative: Pick<FundingInitiativeFieldsFragment, 'collectiveName' | 'organisation'>,
) => string {
  const { t } = useTranslation();
  return (initiative) =>
    initiative.collectiveName
      ? t('funding.card.byCollective', {
          collective: initiative.collectiveName,
          name: initiative.organisation.name,
        })
      : t('funding.card.by', { name: initiative.organisation.name });
}

/** One initiative in the list: who, where, what kind, how far funded, by how many donors, until when. */
export function InitiativeCard({ initiative }: { initiative: FundingInitiativeFieldsFragment }) {
  const { t } = useTranslation();
  const titleId = useId();
  const carriedBy = useCarriedBy();
  const districtsLine = useDistrictsLine();
  const format = useParisFormat();
  const { progress } = initiative;
  return (
    <Card
      component="article"
      withBorder
      padding="md"
      aria-labelledby={titleId}
      data-testid="initiative"
      h="100%"
    >
      <Stack gap="sm">
        <Stack gap={4}>
          <Title order={3} size="h4" id={titleId} style={{ overflowWrap: 'anywhere' }}>
            <Anchor component={Link} to={`/initiatives/${initiative.id}`} inherit>
              {initiative.title}
            </Anchor>
          </Title>
          <Text size="sm" c="gray.7" data-testid="initiative-carried-by">
            {carriedBy(initiative)}
          </Text>
        </Stack>
        <Group gap="xs" wrap="wrap">
          <Badge variant="light" color="indigo.9" radius="sm" tt="none">
            {t(`funding.kinds.${initiative.kind}`)}
          </Badge>
        </Group>
        <Text size="sm" data-testid="initiative-districts">
          {t('funding.card.districts', {
            count: initiative.districtCodes.length,
            list: districtsLine(initiative.districtCodes),
          })}
        </Text>
        <FundingProgressBar
          title={initiative.title}
          budgetCents={initiative.budgetCents}
          progress={progress}
        />
        <FundingAmounts progress={progress} parts={['raised', 'matched', 'pool']} />
        <Group gap="md" wrap="wrap">
          <Text size="sm" data-testid="initiative-donors">
            {t('funding.progress.donors', { count: progress.donorsCount })}
          </Text>
          <Text size="sm" data-testid="initiative-deadline">
            {t('funding.card.until', { date: format.day(initiative.deadline) })}
          </Text>
        </Group>
      </Stack>
    </Card>
  );
}
