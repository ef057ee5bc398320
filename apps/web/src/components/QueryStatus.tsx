import { Alert, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface QueryStatusProps {
  loading: boolean;
  error?: unknown;
}

/** What to show while a query has no data: a spinner, or a polite error. */
export function QueryStatus({ loading, error }: QueryStatusProps) {
  const { t } = useTranslation();
  if (error) {
    return (
      <Alert color="red.9" role="alert">
        {t('app.error')}
      </Alert>
    );
  }
  if (!loading) return null;
  return (
    <Group role="status" gap="xs" py="md">
      <Loader size="sm" />
      <Text size="sm">{t('app.loading')}</Text>
    </Group>
  );
}
