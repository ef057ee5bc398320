import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '../../../components/ProblemAlert';
import type { MatchingProblem } from '../utils/matchingErrors';

/** A failed matching action or look-up (keys under `matching.errors`), announced as soon as it appears. */
export function MatchingProblemAlert({ problem }: { problem: MatchingProblem | undefined }) {
  const { t } = useTranslation();
  if (!problem) return null;
  return <ProblemAlert title={t(`matching.errors.${problem.key}`, problem.values)} detail={problem.detail} />;
}
