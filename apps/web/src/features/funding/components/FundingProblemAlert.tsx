import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '../../../components/ProblemAlert';
import type { FundingProblem } from '../utils/fundingErrors';

/** A failed funding action (keys under `funding.errors`), with the API's message when unknown. */
export function FundingProblemAlert({ problem }: { problem: FundingProblem | undefined }) {
  const { t } = useTranslation();
  if (!problem) return null;
  return <ProblemAlert title={t(`funding.errors.${problem.key}`, problem.values)} detail={problem.detail} />;
}
