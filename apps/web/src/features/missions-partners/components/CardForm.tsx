import { Button, Group, Paper, Stack } from '@mantine/core';
import { type FormEvent, type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import classes from '../../identity/components/IdentityForm.module.css';
import type { MissionsProblem } from '../utils/missionsErrors';
import { MissionsProblemAlert } from './MissionsProblemAlert';

export interface CardFormProps {
  /** The form's accessible name, e.g. "Enregistrer la présence de Samir Haddad". */
  label: string;
  submitLabel: string;
  submitColor?: string;
  loading: boolean;
  problem: MissionsProblem | undefined;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}

/** A small form opened on a card: its fields, the problem, submit and cancel; the first field takes the focus. */
export function CardForm({
  label,
  submitLabel,
  submitColor,
  loading,
  problem,
  onSubmit,
  onCancel,
  children,
}: CardFormProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus(), []);
  return (
    <Paper withBorder p="md" bg="gray.0">
      <form
        ref={formRef}
        noValidate
        className={classes.form}
        aria-label={label}
        onSubmit={(event: FormEvent<HTMLFormElement>) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <Stack gap="sm">
          {children}
          <MissionsProblemAlert problem={problem} />
          <Group gap="sm" wrap="wrap">
            <Button type="submit" color={submitColor} loading={loading}>
              {submitLabel}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('missionsPartners.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
