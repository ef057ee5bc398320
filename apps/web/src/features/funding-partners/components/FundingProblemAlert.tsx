import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '../../../components/ProblemAlert';
import type { FundingProblem } from '../utils/fundingErrors';

/** A failed funding action or look-up (keys under `fundingPartners.errors`), announced as soon as it appears. */
export function FundingProblemAlert({ problem }: { problem: FundingProblem | undefined }) {
  const { t } = useTranslation();
  if (!problem) return null;
  return (
    <ProblemAlert
      title={t(`fundingPartners.errors.${problem.key}`, problem.values)}
      detail={problem.detail}
    />
  );
}
