import { SuccessAlert } from '../../../components/SuccessAlert';
import type { HostingProblem } from '../utils/hostingErrors';
import { HostingProblemAlert } from './HostingProblemAlert';

/** What an action on a card led to: done (said politely), or a problem (announced at once). */
export type Notice = { done: string } | { problem: HostingProblem };

export function NoticeAlert({ notice }: { notice: Notice | undefined }) {
  if (!notice) return null;
  if ('problem' in notice) return <HostingProblemAlert problem={notice.problem} />;
  return <SuccessAlert>{notice.done}</SuccessAlert>;
}
