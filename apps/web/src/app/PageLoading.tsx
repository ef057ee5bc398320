import { Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown in `<main>`, under the header, while a page's code is downloaded the first time it is opened. */
export function PageLoading() {
  const { t } = useTranslation();
  const label = t('app.pageLoading');
  return (
    <Group role="status" aria-label={label} justify="center" gap="xs" py="xl">
      <Loader size="sm" aria-hidden />
      <Text size="sm">{label}</Text>
    </Group>
  );
}
