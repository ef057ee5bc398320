import { Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { FundingProgressFieldsFragment } from '../../../gql/graphql';
import { useMoney } from '../utils/money';

/** The covered share of the budget as a bar (a progressbar with its value and name) and as text. */
export function FundingProgressBar({
  title,
  budgetCents,
  progress,
}: {
  title: string;
  budgetCents: number;
  progress: Pick<FundingProgressFieldsFragment, 'percent'>;
}) {
  const { t } = useTranslation();
  const money = useMoney();
  const percent = Math.min(Math.max(Math.round(progress.percent), 0), 100);
  const percentText = money.percent(percent);
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm" fw={600} data-testid="funding-percent">
          {t('funding.progress.percent', { percent: percentText })}
        </Text>
        <Text size="sm" c="gray.7">
          {t('funding.progress.budgetLine', { budget: money.euros(budgetCents) })}
        </Text>
      </Group>
      <Progress.Root size="lg" radius="sm" bg="gray.3">
        <Progress.Section
          value={percent}
          color="teal.9"
          aria-label={t('funding.progress.label', { title, percent: percentText })}
        />
      </Progress.Root>
    </Stack>
  );
}

type Part = 'raised' | 'matched' | 'pool' | 'sponsored' | 'paidOut' | 'remaining';

const FIELDS = {
  raised: 'raisedCents',
  matched: 'matchedCents',
  pool: 'poolCents',
  sponsored: 'sponsoredCents',
  paidOut: 'paidOutCents',
  remaining: 'remainingCents',
} as const satisfies Record<Part, keyof FundingProgressFieldsFragment>;

/** The amounts behind the bar, as a description list: donations, matching, common fund… */
export function FundingAmounts({
  progress,
  parts,
}: {
  progress: FundingProgressFieldsFragment;
  parts: readonly Part[];
}) {
  const { t } = useTranslation();
  const money = useMoney();
  return (
    <SimpleGrid component="dl" cols={{ base: 2, xs: 3 }} spacing="xs" verticalSpacing={6} m={0}>
      {parts.map((part) => (
        <div key={part} data-testid={`funding-${part}`}>
          <Text component="dt" size="xs" c="gray.7">
            {t(`funding.progress.${part}`)}
          </Text>
          <Text component="dd" m={0} fw={600}>
            {money.euros(progress[FIELDS[part]])}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
