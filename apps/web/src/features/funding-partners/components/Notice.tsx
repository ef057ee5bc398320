import { DoneAlert } from '../../../components/SuccessAlert';
import type { FundingProblem } from '../utils/fundingErrors';
import { FundingProblemAlert } from './FundingProblemAlert';

/** What an action led to: done (said politely), or a problem (announced at once). */
export type Notice = { done: string } | { problem: FundingProblem };

export function NoticeAlert({ notice }: { notice: Notice | undefined }) {
  if (!notice) return null;
  if ('problem' in notice) return <FundingProblemAlert problem={notice.problem} />;
  return <DoneAlert message={notice.done} />;
}
