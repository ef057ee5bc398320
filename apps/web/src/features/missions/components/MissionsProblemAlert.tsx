import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '../../../components/ProblemAlert';
import type { MissionsProblem } from '../utils/missionsErrors';

/** A failed missions action (keys under `missions.errors`), with the API's message when unknown. */
export function MissionsProblemAlert({ problem }: { problem: MissionsProblem | undefined }) {
  const { t } = useTranslation();
  if (!problem) return null;
  return <ProblemAlert title={t(`missions.errors.${problem.key}`, problem.values)} detail={problem.detail} />;
}
