import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { ServerProblem } from '../utils/serverErrors';

/** A problem with the whole form (not tied to one field), announced as soon as it appears. */
export function FormProblem({ problem }: { problem: ServerProblem | undefined }) {
  const { t } = useTranslation();
  if (!problem || problem.field) return null;
  return (
    <Alert color="red.9" variant="filled" role="alert">
      <Text size="sm" fw={600}>
        {t(`identity.errors.${problem.problem.key}`, problem.problem.values)}
      </Text>
      {problem.detail ? (
        <Text size="sm" lang="en" mt={4}>
          {problem.detail}
        </Text>
      ) : null}
    </Alert>
  );
}
