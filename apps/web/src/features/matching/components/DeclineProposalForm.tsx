import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useApiLanguage } from '../../../i18n/useApiLanguage';
import classes from '../../identity/components/IdentityForm.module.css';
import { DECLINE_ITEM_PROPOSAL_MUTATION } from '../graphql/matchingOperations';
import { type MatchingProblem, matchingProblem } from '../utils/matchingErrors';
import { MatchingProblemAlert } from './MatchingProblemAlert';

/** The API keeps at most this many characters of a reason. */
export const MAX_REASON_LENGTH = 500;

export interface DeclineProposalFormProps {
  proposalId: string;
  /** The form's accessible name, e.g. "Refuser Chaussettes – Homme 43-46 pour Les Amis du 18e". */
  label: string;
  /** Names of the queries to refresh once declined. */
  refetchQueries: string[];
  onDeclined: () => void;
  /** The proposal cannot be decided any more (replaced by a newer run, decided by someone else…). */
  onStale: (problem: MatchingProblem) => void;
  onCancel: () => void;
}

/** Declining needs a reason: refused here when blank, before asking the API. */
export function DeclineProposalForm({
  proposalId,
  label,
  refetchQueries,
  onDeclined,
  onStale,
  onCancel,
}: DeclineProposalFormProps) {
  const { t } = useTranslation();
  const lang = useApiLanguage();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const [problem, setProblem] = useState<MatchingProblem>();
  const reasonInput = useRef<HTMLTextAreaElement>(null);
  const [decline, { loading }] = useMutation(DECLINE_ITEM_PROPOSAL_MUTATION, { refetchQueries });

  useEffect(() => {
    reasonInput.current?.focus();
  }, []);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(undefined);
    const trimmed = reason.trim();
    if (!trimmed) {
      setReasonError(t('matching.errors.reasonRequired'));
      reasonInput.current?.focus();
      return;
    }
    setReasonError(undefined);
    try {
      await decline({ variables: { input: { proposalId, reason: trimmed }, lang } });
      onDeclined();
    } catch (caught: unknown) {
      const found = matchingProblem(caught);
      if (found.stale) {
        onStale(found);
      } else if (found.key === 'reasonRequired' || found.key === 'reasonTooLong') {
        setReasonError(t(`matching.errors.${found.key}`, found.values));
        reasonInput.current?.focus();
      } else {
        setProblem(found);
      }
    }
  };

  return (
    <form
      noValidate
      className={classes.form}
      onSubmit={(event) => void handleSubmit(event)}
      aria-label={label}
    >
      <Stack gap="sm">
        <Textarea
          ref={reasonInput}
          label={t('matching.decline.reason')}
          description={t('matching.decline.reasonHelp')}
          name="reason"
          required
          rows={2}
          maxLength={MAX_REASON_LENGTH}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={reasonError}
        />
        <MatchingProblemAlert problem={problem} />
        <Group gap="sm" wrap="wrap">
          <Button type="submit" color="red.9" loading={loading}>
            {t('matching.decline.confirm')}
          </Button>
          <Button variant="subtle" color="var(--mantine-color-blue-9)" onClick={onCancel}>
            {t('matching.decline.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
