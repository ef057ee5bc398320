import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '../../../components/ProblemAlert';
import type { PartnerProblem } from '../utils/partnerErrors';

/** A problem not tied to one field (keys under `partners.errors`); field problems are shown by their fields. */
export function PartnerProblemAlert({ problem }: { problem: PartnerProblem<string> | undefined }) {
  const { t } = useTranslation();
  if (!problem || problem.field) return null;
  return <ProblemAlert title={t(`partners.errors.${problem.key}`, problem.values)} detail={problem.detail} />;
}
