import { Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { NeedFieldsFragment } from '../../../gql/graphql';
import { useLocale } from '../../../i18n/useLocale';

/** The stages a need's units go through, in order. */
export const STAGES = ['offered', 'received', 'dispatched', 'delivered'] as const;

/** How far a need is covered: a bar of the share offered or dispatched, and the units at each stage. */
export function NeedProgress({ need }: { need: Pick<NeedFieldsFragment, 'quantity' | 'progress'> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { progress, quantity } = need;
  const percent = Math.round(Math.min(Math.max(progress.coverage, 0), 1) * 100);
  const percentText = new Intl.NumberFormat(locale, { style: 'percent' }).format(percent / 100);
  return (
    <Stack gap={6} data-testid="need-progress">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm" fw={600}>
          {t('items.progress.coverage', { percent: percentText })}
        </Text>
        <Text size="sm" c="gray.7">
          {t('items.progress.remaining', { count: progress.remaining })}
        </Text>
      </Group>
      <Progress.Root size="lg" radius="sm" bg="gray.3">
        <Progress.Section
          value={percent}
          color="teal.9"
          aria-label={t('items.progress.label', { percent: percentText, count: quantity })}
        />
      </Progress.Root>
      <SimpleGrid component="dl" cols={{ base: 2, xs: 4 }} spacing="xs" verticalSpacing={4} m={0}>
        {STAGES.map((stage) => (
          <div key={stage}>
            <Text component="dt" size="xs" c="gray.7">
              {t(`items.progress.${stage}`)}
            </Text>
            <Text component="dd" m={0} fw={600} data-testid={`progress-${stage}`}>
              {t('items.progress.ofQuantity', { count: progress[stage], quantity })}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
