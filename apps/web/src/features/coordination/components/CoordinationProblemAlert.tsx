import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { CoordinationProblem } from '../utils/coordinationErrors';

/** A failed coordination action, announced as soon as it appears. */
export function CoordinationProblemAlert({ problem }: { problem: CoordinationProblem | undefined }) {
  const { t } = useTranslation();
  if (!problem) return null;
  return (
    <Alert color="red.9" variant="filled" role="alert">
      <Text size="sm" fw={600}>
        {t(`coordination.errors.${problem.key}`)}
      </Text>
      {problem.detail ? (
        <Text size="sm" lang="en" mt={4}>
          {problem.detail}
        </Text>
      ) : null}
    </Alert>
  );
}
