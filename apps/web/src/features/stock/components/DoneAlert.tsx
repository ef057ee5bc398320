import { Alert } from '@mantine/core';

/** What an action achieved, announced politely (a live region). */
export function DoneAlert({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <Alert color="teal.9" variant="filled" role="status">
      {message}
    </Alert>
  );
}
