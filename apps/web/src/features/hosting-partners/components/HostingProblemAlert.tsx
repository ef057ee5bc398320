import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '../../../components/ProblemAlert';
import type { HostingProblem } from '../utils/hostingErrors';

/** A failed hosting action or look-up (keys under `hostingPartners.errors`), announced as soon as it appears. */
export function HostingProblemAlert({ problem }: { problem: HostingProblem | undefined }) {
  const { t } = useTranslation();
  if (!problem) return null;
  return (
    <ProblemAlert
      title={t(`hostingPartners.errors.${problem.key}`, problem.values)}
      detail={problem.detail}
    />
  );
}
