import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '../../../components/ProblemAlert';
import type { MissionsProblem } from '../utils/missionsErrors';

/** A failed missions or mentoring action (keys under `missionsPartners.errors`), announced as soon as it appears. */
export function MissionsProblemAlert({ problem }: { problem: MissionsProblem | undefined }) {
  const { t } = useTranslation();
  if (!problem) return null;
  return (
    <ProblemAlert
      title={t(`missionsPartners.errors.${problem.key}`, problem.values)}
      detail={problem.detail}
    />
  );
}
