import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '../../../components/ProblemAlert';
import type { OrganisationProblem as Problem } from '../utils/organisationErrors';

/** A problem not tied to one field (keys under `organisations.errors`). */
export function OrganisationProblemAlert({ problem }: { problem: Problem | undefined }) {
  const { t } = useTranslation();
  if (!problem || problem.field) return null;
  return (
    <ProblemAlert
      title={t(`organisations.errors.${problem.problem.key}`, problem.problem.values)}
      detail={problem.detail}
    />
  );
}
