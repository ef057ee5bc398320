import { Button, Group, Paper, Stack, Textarea } from '@mantine/core';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';

import classes from '../features/identity/components/IdentityForm.module.css';

export interface ReasonFormProps {
  /** The form's accessible name, e.g. "Refuser l'initiative « Cours de français »". */
  label: string;
  reasonLabel: string;
  reasonHelp?: string;
  /** The most characters of a reason the API keeps. */
  maxLength: number;
  /** The field's error when the reason is blank. */
  requiredMessage: string;
  submitLabel: string;
  cancelLabel: string;
  loading: boolean;
  /** The feature's alert for a failed attempt (its `ProblemAlert`), shown below the reason. */
  problemAlert?: ReactNode;
  /** Called with the reason, trimmed and not blank. */
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}

/**
 * Declining, refusing or closing needs a reason: refused here when blank, before asking the API.
 * The reason takes the focus.
 */
export function ReasonForm({
  label,
  reasonLabel,
  reasonHelp,
  maxLength,
  requiredMessage,
  submitLabel,
  cancelLabel,
  loading,
  problemAlert,
  onSubmit,
  onCancel,
}: ReasonFormProps) {
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const reasonInput = useRef<HTMLTextAreaElement>(null);

  useEffect(() => reasonInput.current?.focus(), []);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = reason.trim();
    if (!trimmed) {
      setReasonError(requiredMessage);
      reasonInput.current?.focus();
      return;
    }
    setReasonError(undefined);
    onSubmit(trimmed);
  };

  return (
    <Paper withBorder p="md" bg="gray.0">
      <form noValidate className={classes.form} onSubmit={handleSubmit} aria-label={label}>
        <Stack gap="sm">
          <Textarea
            ref={reasonInput}
            label={reasonLabel}
            description={reasonHelp}
            name="reason"
            required
            rows={2}
            maxLength={maxLength}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={reasonError}
          />
          {problemAlert}
          <Group gap="sm" wrap="wrap">
            <Button type="submit" color="red.9" loading={loading}>
              {submitLabel}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {cancelLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
