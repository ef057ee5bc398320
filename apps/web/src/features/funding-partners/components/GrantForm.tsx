import { useMutation } from '@apollo/client/react';
import { Textarea } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { parseEuros, useMoney } from '../../funding/utils/money';
import { FUNDING_PARTNERS_FUND_INITIATIVE_MUTATION } from '../graphql/fundingPartnersOperations';
import { type FundingProblem, fundingProblem } from '../utils/fundingErrors';
import { FundingForm } from './FundingForm';
import { InitiativeSelect, useInitiativeChoice } from './InitiativeSelect';
import { MoneyInput } from './MoneyInput';
import { useFocusFirstInvalid } from './useFocusFirstInvalid';

/** The API's limits for a direct grant: €1 to €1,000,000, and never above what the initiative still needs. */
export const MIN_GRANT_CENTS = 100;
export const MAX_GRANT_CENTS = 100_000_000;
export const MAX_NOTE_LENGTH = 500;

type Field = 'initiative' | 'amount';

export interface GrantFormProps {
  organisationId: string;
  labelledBy: string;
  onDone: (message: string) => void;
}

/** "Financer directement une initiative": an approved initiative, an amount up to what it still needs, a note. */
export function GrantForm({ organisationId, labelledBy, onDone }: GrantFormProps) {
  const { t } = useTranslation();
  const money = useMoney();
  const formRef = useRef<HTMLFormElement>(null);
  const refuse = useFocusFirstInvalid(formRef);
  const choice = useInitiativeChoice();
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<FundingProblem>();
  const [fund, { loading }] = useMutation(FUNDING_PARTNERS_FUND_INITIATIVE_MUTATION, {
    refetchQueries: ['FundingPartnersSponsorOverview', 'FundingPartnersApprovedInitiatives'],
  });
  const { chosen } = choice;

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(undefined);
    const found: Partial<Record<Field, string>> = {};
    if (!chosen) found.initiative = t('fundingPartners.errors.initiativeRequired');
    const amountCents = parseEuros(amount).cents;
    if (amountCents === undefined) found.amount = t('fundingPartners.errors.amountInvalid');
    else if (amountCents < MIN_GRANT_CENTS || amountCents > MAX_GRANT_CENTS)
      found.amount = t('fundingPartners.errors.grantRange');
    else if (chosen && amountCents > chosen.progress.remainingCents)
      found.amount = t('fundingPartners.errors.aboveRemaining', {
        amount: money.euros(chosen.progress.remainingCents),
      });
    setErrors(found);
    if (Object.keys(found).length > 0 || amountCents === undefined || !chosen) {
      refuse();
      return;
    }
    const trimmedNote = note.trim();
    try {
      await fund({
        variables: {
          input: {
            organisationId,
            initiativeId: chosen.id,
            amountCents,
            ...(trimmedNote ? { note: trimmedNote } : {}),
          },
        },
      });
      onDone(t('fundingPartners.sponsor.funded', { amount: money.euros(amountCents), title: chosen.title }));
      choice.setInitiativeId('');
      setAmount('');
      setNote('');
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
      submitLabel={t('fundingPartners.grantForm.submit')}
      loading={loading}
    >
      <InitiativeSelect
        label={t('fundingPartners.grantForm.initiative')}
        name="initiative"
        choice={choice}
        optionLabel={(initiative) =>
          t('fundingPartners.grantForm.option', {
            title: initiative.title,
            organisation: initiative.organisation.name,
            remaining: money.euros(initiative.progress.remainingCents),
          })
        }
        error={errors.initiative}
      />
      <MoneyInput
        label={t('fundingPartners.grantForm.amount')}
        description={
          chosen
            ? t('fundingPartners.grantForm.amountHelpChosen', {
                amount: money.euros(chosen.progress.remainingCents),
              })
            : t('fundingPartners.grantForm.amountHelp')
        }
        name="amount"
        required
        value={amount}
        onChange={(event) => setAmount(event.currentTarget.value)}
        error={errors.amount}
      />
      <Textarea
        label={t('fundingPartners.grantForm.note')}
        description={t('fundingPartners.grantForm.noteHelp')}
        name="note"
        rows={2}
        maxLength={MAX_NOTE_LENGTH}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
      />
    </FundingForm>
  );
}
