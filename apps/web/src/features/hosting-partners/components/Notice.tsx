import { Alert } from '@mantine/core';

import type { HostingProblem } from '../utils/hostingErrors';
import { HostingProblemAlert } from './HostingProblemAlert';

/** What an action on a card led to: done (said politely), or a problem (announced at once). */
export type Notice = { done: string } | { problem: HostingProblem };

export function NoticeAlert({ notice }: { notice: Notice | undefined }) {
  if (!notice) return null;
  if ('problem' in notice) return <HostingProblemAlert problem={notice.problem} />;
  return (
    <Alert color="teal.9" variant="filled" role="status">
      {notice.done}
    </Alert>
  );
}
