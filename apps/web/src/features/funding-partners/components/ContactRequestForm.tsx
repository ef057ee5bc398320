import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import classes from '../../identity/components/IdentityForm.module.css';
import { FUNDING_PARTNERS_REQUEST_CONTACT_MUTATION } from '../graphql/fundingPartnersOperations';
import { type FundingProblem, fundingProblem } from '../utils/fundingErrors';
import { FundingProblemAlert } from './FundingProblemAlert';
import { InitiativeSelect, useApprovedInitiatives } from './InitiativeSelect';
import { useFocusFirstInvalid } from './useFocusFirstInvalid';

export const MIN_MESSAGE_LENGTH = 10;
export const MAX_MESSAGE_LENGTH = 2000;

type Field = 'initiative' | 'message';

export interface ContactRequestFormProps {
  organisationId: string;
  labelledBy: string;
  onDone: (message: string) => void;
}

/** "Demander une mise en relation": an approved initiative, and a message to its team (10 characters at least). */
export function ContactRequestForm({ organisationId, labelledBy, onDone }: ContactRequestFormProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const refuse = useFocusFirstInvalid(formRef);
  const { query, initiatives } = useApprovedInitiatives();
  const [initiativeId, setInitiativeId] = useState('');
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<FundingProblem>();
  const [request, { loading }] = useMutation(FUNDING_PARTNERS_REQUEST_CONTACT_MUTATION, {
    refetchQueries: ['FundingPartnersSponsorOverview'],
  });
  const chosen = initiatives?.find((initiative) => initiative.id === initiativeId);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(undefined);
    const found: Partial<Record<Field, string>> = {};
    const trimmed = message.trim();
    if (!chosen) found.initiative = t('fundingPartners.errors.initiativeRequired');
    if (trimmed.length < MIN_MESSAGE_LENGTH)
      found.message = t('fundingPartners.errors.messageTooShort', { count: MIN_MESSAGE_LENGTH });
    setErrors(found);
    if (Object.keys(found).length > 0 || !chosen) {
      refuse();
      return;
    }
    try {
      await request({ variables: { input: { organisationId, initiativeId: chosen.id, message: trimmed } } });
      onDone(t('fundingPartners.sponsor.contactRequested', { title: chosen.title }));
      setInitiativeId('');
      setMessage('');
    } catch (error: unknown) {
      setProblem(fundingProblem(error));
    }
  };

  return (
    <form
      ref={formRef}
      noValidate
      className={classes.form}
      onSubmit={(event) => void handleSubmit(event)}
      aria-labelledby={labelledBy}
    >
      <Stack gap="md" maw={760}>
        <InitiativeSelect
          label={t('fundingPartners.contactForm.initiative')}
          name="contactInitiative"
          initiatives={initiatives}
          loading={query.loading}
          value={initiativeId}
          onChange={setInitiativeId}
          optionLabel={(initiative) =>
            t('fundingPartners.contactForm.option', {
              title: initiative.title,
              organisation: initiative.organisation.name,
            })
          }
          error={errors.initiative}
        />
        <Textarea
          label={t('fundingPartners.contactForm.message')}
          description={t('fundingPartners.contactForm.messageHelp')}
          name="message"
          required
          rows={3}
          maxLength={MAX_MESSAGE_LENGTH}
          value={message}
          onChange={(event) => setMessage(event.currentTarget.value)}
          error={errors.message}
        />
        <FundingProblemAlert problem={problem} />
        <Group>
          <Button type="submit" loading={loading}>
            {t('fundingPartners.contactForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
