import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '../../../components/ProblemAlert';
import type { ServerProblem } from '../utils/serverErrors';

/** A problem with the whole form (keys under `identity.errors`); field problems are shown by their fields. */
export function FormProblem({ problem }: { problem: ServerProblem | undefined }) {
  const { t } = useTranslation();
  if (!problem || problem.field) return null;
  return (
    <ProblemAlert
      title={t(`identity.errors.${problem.problem.key}`, problem.problem.values)}
      detail={problem.detail}
    />
  );
}
