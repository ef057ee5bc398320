import { useMutation } from '@apollo/client/react';
import { Textarea } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { FUNDING_PARTNERS_REQUEST_CONTACT_MUTATION } from '../graphql/fundingPartnersOperations';
import { type FundingProblem, fundingProblem } from '../utils/fundingErrors';
import { FundingForm } from './FundingForm';
import { InitiativeSelect, useInitiativeChoice } from './InitiativeSelect';
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
  const choice = useInitiativeChoice();
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<FundingProblem>();
  const [request, { loading }] = useMutation(FUNDING_PARTNERS_REQUEST_CONTACT_MUTATION, {
    refetchQueries: ['FundingPartnersSponsorOverview'],
  });
  const { chosen } = choice;

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
      choice.setInitiativeId('');
      setMessage('');
    } catch (error: unknown) {
      setProblem(fundingProblem(error));
    }
  };

  return (
    <FundingForm
      formRef={formRef}
      labelledBy={labelledBy}
      onSubmit={handleSubmit}
      problem={problem}
      submitLabel={t('fundingPartners.contactForm.submit')}
      loading={loading}
    >
      <InitiativeSelect
        label={t('fundingPartners.contactForm.initiative')}
        name="contactInitiative"
        choice={choice}
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
    </FundingForm>
  );
}
