import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { DistrictQuery } from '../../../gql/graphql';
import { OpeningHoursTable } from './OpeningHoursTable';

export type CollectionPointDetails = DistrictQuery['district']['collectionPoints'][number];

export function CollectionPointCard({ point }: { point: CollectionPointDetails }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" component="article">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {point.name}
        </Title>
        <div>
          <Text size="sm" fw={600} c="gray.7">
            {t('collectionPoint.address')}
          </Text>
          <Text component="address" fs="normal">
            {point.address}
          </Text>
        </div>
        <OpeningHoursTable slots={point.openingSlots} caption={t('collectionPoint.openingHours')} />
      </Stack>
    </Card>
  );
}
