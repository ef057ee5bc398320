import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '../../../components/ProblemAlert';
import type { NotificationProblem } from '../utils/notificationErrors';

/** A failed notifications action (keys under `notifications.errors`), with the API's message when unknown. */
export function NotificationProblemAlert({ problem }: { problem: NotificationProblem | undefined }) {
  const { t } = useTranslation();
  if (!problem) return null;
  return (
    <ProblemAlert title={t(`notifications.errors.${problem.key}`, problem.values)} detail={problem.detail} />
  );
}
