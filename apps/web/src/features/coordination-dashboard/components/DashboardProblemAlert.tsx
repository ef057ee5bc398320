import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '../../../components/ProblemAlert';
import type { DashboardProblem } from '../utils/dashboardErrors';

/** A failed refresh (keys under `dashboard.errors`), announced as soon as it appears. */
export function DashboardProblemAlert({ problem }: { problem: DashboardProblem | undefined }) {
  const { t } = useTranslation();
  if (!problem) return null;
  return (
    <ProblemAlert title={t(`dashboard.errors.${problem.key}`, problem.values)} detail={problem.detail} />
  );
}
