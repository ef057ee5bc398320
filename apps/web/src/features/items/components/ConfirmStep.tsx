import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useId, useRef } from 'react';

export interface ConfirmStepProps {
  title: string;
  text: string;
  confirmLabel: string;
  keepLabel: string;
  loading: boolean;
  onConfirm(): void;
  onKeep(): void;
}

/** A question before an action that cannot be undone (cancel a drop-off, close a need); it takes the focus. */
export function ConfirmStep({
  title,
  text,
  confirmLabel,
  keepLabel,
  loading,
  onConfirm,
  onKeep,
}: ConfirmStepProps) {
  const titleId = useId();
  const heading = useRef<HTMLParagraphElement>(null);

  useEffect(() => heading.current?.focus(), []);

  return (
    <Paper withBorder p="md" bg="gray.0" role="group" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Text fw={600} id={titleId} ref={heading} tabIndex={-1}>
          {title}
        </Text>
        <Text size="sm">{text}</Text>
        <Group gap="sm">
          <Button color="red.9" loading={loading} onClick={onConfirm}>
            {confirmLabel}
          </Button>
          <Button variant="default" onClick={onKeep}>
            {keepLabel}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
