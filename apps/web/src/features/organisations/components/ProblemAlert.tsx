import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { OrganisationProblem } from '../utils/organisationErrors';

/** A problem not tied to one field (keys under `organisations.errors`), announced as soon as it appears. */
export function ProblemAlert({ problem }: { problem: OrganisationProblem | undefined }) {
  const { t } = useTranslation();
  if (!problem || problem.field) return null;
  return (
    <Alert color="red.9" variant="filled" role="alert">
      <Text size="sm" fw={600}>
        {t(`organisations.errors.${problem.problem.key}`, problem.problem.values)}
      </Text>
      {problem.detail ? (
        <Text size="sm" lang="en" mt={4}>
          {problem.detail}
        </Text>
      ) : null}
    </Alert>
  );
}
