import { SuccessAlert } from '../../../components/SuccessAlert';
import type { MissionsProblem } from '../utils/missionsErrors';
import { MissionsProblemAlert } from './MissionsProblemAlert';

/** What an action on a card led to: done (said politely), or a problem (announced at once). */
export type Notice = { done: string } | { problem: MissionsProblem };

export function NoticeAlert({ notice }: { notice: Notice | undefined }) {
  if (!notice) return null;
  if ('problem' in notice) return <MissionsProblemAlert problem={notice.problem} />;
  return <SuccessAlert>{notice.done}</SuccessAlert>;
}
