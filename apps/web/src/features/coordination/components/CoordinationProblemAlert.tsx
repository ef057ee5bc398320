import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '../../../components/ProblemAlert';
import type { CoordinationProblem } from '../utils/coordinationErrors';

/** A failed coordination action (keys under `coordination.errors`). */
export function CoordinationProblemAlert({ problem }: { problem: CoordinationProblem | undefined }) {
  const { t } = useTranslation();
  if (!problem) return null;
  return <ProblemAlert title={t(`coordination.errors.${problem.key}`)} detail={problem.detail} />;
}
