import { Alert } from '@mantine/core';

import type { MissionsProblem } from '../utils/missionsErrors';
import { MissionsProblemAlert } from './MissionsProblemAlert';

/** What an action on a card led to: done (said politely), or a problem (announced at once). */
export type Notice = { done: string } | { problem: MissionsProblem };

export function NoticeAlert({ notice }: { notice: Notice | undefined }) {
  if (!notice) return null;
  if ('problem' in notice) return <MissionsProblemAlert problem={notice.problem} />;
  return (
    <Alert color="teal.9" variant="filled" role="status">
      {notice.done}
    </Alert>
  );
}
