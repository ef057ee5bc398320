import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '../../../components/ProblemAlert';
import type { DeskProblem } from '../utils/deskErrors';

/** A failed desk action or look-up (keys under `stock.errors`), announced as soon as it appears. */
export function DeskProblemAlert({ problem }: { problem: DeskProblem | undefined }) {
  const { t } = useTranslation();
  if (!problem) return null;
  return <ProblemAlert title={t(`stock.errors.${problem.key}`, problem.values)} detail={problem.detail} />;
}
