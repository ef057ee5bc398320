import { Button, Group, Paper, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import classes from '../../identity/components/IdentityForm.module.css';
import type { FundingProblem } from '../utils/fundingErrors';
import { FundingProblemAlert } from './FundingProblemAlert';

/** The API keeps at most this many characters of a reason. */
export const MAX_REASON_LENGTH = 1000;

export interface ReasonFormProps {
  /** The form's accessible name, e.g. "Refuser l'initiative « Cours de français »". */
  label: string;
  reasonLabel: string;
  reasonHelp?: string;
  submitLabel: string;
  loading: boolean;
  problem?: FundingProblem;
  /** Called with the reason, trimmed and not blank. */
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}

/** Refusing needs a reason: refused here when blank, before asking the API. The reason takes the focus. */
export function ReasonForm({
  label,
  reasonLabel,
  reasonHelp,
  submitLabel,
  loading,
  problem,
  onSubmit,
  onCancel,
}: ReasonFormProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const reasonInput = useRef<HTMLTextAreaElement>(null);

  useEffect(() => reasonInput.current?.focus(), []);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = reason.trim();
    if (!trimmed) {
      setReasonError(t('fundingPartners.errors.reasonRequired'));
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
            maxLength={MAX_REASON_LENGTH}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={reasonError}
          />
          <FundingProblemAlert problem={problem} />
          <Group gap="sm" wrap="wrap">
            <Button type="submit" color="red.9" loading={loading}>
              {submitLabel}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('fundingPartners.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
