import { Alert, Text } from '@mantine/core';

/**
 * A problem with a whole form or action (not tied to one field), announced as soon as it appears:
 * the translated title, then the API's own (English) message when it could not be recognised.
 */
export function ProblemAlert({ title, detail }: { title: string; detail?: string }) {
  return (
    <Alert color="red.9" variant="filled" role="alert">
      <Text size="sm" fw={600}>
        {title}
      </Text>
      {detail ? (
        <Text size="sm" lang="en" mt={4}>
          {detail}
        </Text>
      ) : null}
    </Alert>
  );
}
