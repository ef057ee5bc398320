import { Alert, type MantineSpacing } from '@mantine/core';

import type { FundingProblem } from '../utils/fundingErrors';
import { FundingProblemAlert } from './FundingProblemAlert';

/** What an action led to: done (said politely), or a problem (announced at once). */
export type Notice = { done: string } | { problem: FundingProblem };

/** Said politely once an action worked (nothing without a message). */
export function DoneAlert({ message, mb }: { message: string | undefined; mb?: MantineSpacing }) {
  if (!message) return null;
  return (
    <Alert color="teal.9" variant="filled" role="status" mb={mb}>
      {message}
    </Alert>
  );
}

export function NoticeAlert({ notice }: { notice: Notice | undefined }) {
  if (!notice) return null;
  if ('problem' in notice) return <FundingProblemAlert problem={notice.problem} />;
  return <DoneAlert message={notice.done} />;
}
