import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { FundingProgressFieldsFragment } from '../../../gql/graphql';
import { useMoney } from '../../funding/utils/money';
import { Figures } from './Figures';

/** What an initiative received, from whom, what was paid out, and what it still needs (a bar and its words). */
export function InitiativeProgressFigures({
  progress,
  budgetCents,
}: {
  progress: FundingProgressFieldsFragment;
  budgetCents: number;
}) {
  const { t } = useTranslation();
  const money = useMoney();
  const label = t('fundingPartners.progress.covered', {
    percent: progress.percent,
    budget: money.euros(budgetCents),
  });
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600} data-testid="initiative-covered">
        {label}
      </Text>
      <Progress value={Math.min(100, Math.max(0, progress.percent))} color="teal.9" aria-label={label} />
      <Figures
        cols={4}
        figures={[
          {
            key: 'raised',
            label: t('fundingPartners.progress.raised'),
            value: money.euros(progress.raisedCents),
          },
          {
            key: 'matched',
            label: t('fundingPartners.progress.matched'),
            value: money.euros(progress.matchedCents),
          },
          { key: 'pool', label: t('fundingPartners.progress.pool'), value: money.euros(progress.poolCents) },
          {
            key: 'sponsored',
            label: t('fundingPartners.progress.sponsored'),
            value: money.euros(progress.sponsoredCents),
          },
          {
            key: 'paidOut',
            label: t('fundingPartners.progress.paidOut'),
            value: money.euros(progress.paidOutCents),
          },
          {
            key: 'remaining',
            label: t('fundingPartners.progress.remaining'),
            value: money.euros(progress.remainingCents),
          },
          {
            key: 'donors',
            label: t('fundingPartners.progress.donors'),
            value: money.integer(progress.donorsCount),
          },
        ]}
      />
    </Stack>
  );
}
