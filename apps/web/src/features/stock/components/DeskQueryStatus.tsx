import { Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { deskProblem } from '../utils/deskErrors';
import { DeskProblemAlert } from './DeskProblemAlert';

/** While a desk query has no data: a spinner, or what went wrong (e.g. "only the staff of this point"). */
export function DeskQueryStatus({ loading, error }: { loading: boolean; error?: unknown }) {
  const { t } = useTranslation();
  if (error) return <DeskProblemAlert problem={deskProblem(error)} />;
  if (!loading) return null;
  return (
    <Group role="status" gap="xs" py="md">
      <Loader size="sm" />
      <Text size="sm">{t('app.loading')}</Text>
    </Group>
  );
}
