import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '../../../components/ProblemAlert';
import { useParisFormat } from '../../items/utils/format';
import type { HostingProblem } from '../utils/hostingErrors';

/** A failed hosting action (keys under `hosting.errors`), with the API's message when unknown. */
export function HostingProblemAlert({ problem }: { problem: HostingProblem | undefined }) {
  const { t } = useTranslation();
  const format = useParisFormat();
  if (!problem) return null;
  const day = problem.values?.['day'];
  const values = typeof day === 'string' ? { ...problem.values, day: format.day(day) } : problem.values;
  return <ProblemAlert title={t(`hosting.errors.${problem.key}`, values)} detail={problem.detail} />;
}
