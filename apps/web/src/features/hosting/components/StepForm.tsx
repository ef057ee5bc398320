import { Button, Group, Stack, Title } from '@mantine/core';
import { type FormEvent, type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import classes from '../../identity/components/IdentityForm.module.css';
import type { HostingProblem } from '../utils/hostingErrors';
import { HostingProblemAlert } from './HostingProblemAlert';

/** What every step of the host form shares: where it is, the API's refusal, and how to move on. */
export interface StepShellProps {
  /** 1 to 5. */
  number: number;
  total: number;
  title: string;
  problem: HostingProblem | undefined;
  busy: boolean;
  /** Move the focus to the step's heading when it appears (after "Précédent" or a save, not on page load). */
  focusOnMount: boolean;
  /** Back to the previous step, without saving; none on the first step. */
  onPrevious?: () => void;
}

/** One step of the host form: "Étape N sur 5 : …", its fields, the problem, "Précédent" and the submit button. */
export function StepForm({
  number,
  total,
  title,
  problem,
  busy,
  focusOnMount,
  onPrevious,
  submitLabel,
  onSubmit,
  children,
}: StepShellProps & { submitLabel: string; onSubmit: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);

  // Each step is mounted afresh when it appears.
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <form noValidate className={classes.form} aria-labelledby={headingId} onSubmit={handleSubmit}>
      <Stack gap="md" maw={640}>
        <Title order={2} size="h3" id={headingId} ref={heading} tabIndex={-1}>
          {t('hosting.onboarding.stepOf', { number, total, title })}
        </Title>
        {children}
        <HostingProblemAlert problem={problem} />
        <Group gap="sm" wrap="wrap">
          {onPrevious ? (
            <Button variant="default" onClick={onPrevious}>
              {t('hosting.onboarding.previous')}
            </Button>
          ) : null}
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
