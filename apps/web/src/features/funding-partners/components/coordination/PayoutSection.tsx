import { useMutation } from '@apollo/client/react';
import { Text, TextInput } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { parseEuros, useMoney } from '../../../funding/utils/money';
import { FUNDING_PARTNERS_RECORD_PAYOUT_MUTATION } from '../../graphql/fundingPartnersOperations';
import { type FundingProblem, fundingProblem } from '../../utils/fundingErrors';
import { FundingForm } from '../FundingForm';
import { InitiativeSelect, useInitiativeChoice } from '../InitiativeSelect';
import { MoneyInput } from '../MoneyInput';
import { DoneAlert } from '../../../../components/SuccessAlert';
import { Section } from '../Section';
import { useFocusFirstInvalid } from '../useFocusFirstInvalid';

export const MIN_REFERENCE_LENGTH = 4;
export const MAX_REFERENCE_LENGTH = 140;

type Field = 'initiative' | 'amount' | 'reference';

/** "Versements aux associations": a bank transfer to an initiative's association, at most what it holds. */
export function PayoutSection() {
  const { t } = useTranslation();
  const money = useMoney();
  const formRef = useRef<HTMLFormElement>(null);
  const refuse = useFocusFirstInvalid(formRef);
  const choice = useInitiativeChoice();
  const [amount, setAmount] = useState('');
  const [reference, setReference] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<FundingProblem>();
  const [done, setDone] = useState<string>();
  const [record, { loading }] = useMutation(FUNDING_PARTNERS_RECORD_PAYOUT_MUTATION, {
    refetchQueries: ['FundingPartnersApprovedInitiatives'],
  });
  const { chosen } = choice;

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(undefined);
    setDone(undefined);
    const found: Partial<Record<Field, string>> = {};
    if (!chosen) found.initiative = t('fundingPartners.errors.initiativeRequired');
    const amountCents = parseEuros(amount).cents;
    if (amountCents === undefined || amountCents <= 0)
      found.amount = t('fundingPartners.errors.amountInvalid');
    else if (chosen && amountCents > chosen.progress.balanceCents)
      found.amount = t('fundingPartners.errors.aboveBalance', {
        amount: money.euros(chosen.progress.balanceCents),
      });
    const trimmedReference = reference.trim();
    if (trimmedReference.length < MIN_REFERENCE_LENGTH)
      found.reference = t('fundingPartners.errors.referenceTooShort', { count: MIN_REFERENCE_LENGTH });
    setErrors(found);
    if (Object.keys(found).length > 0 || amountCents === undefined || !chosen) {
      refuse();
      return;
    }
    try {
      await record({
        variables: { input: { initiativeId: chosen.id, amountCents, bankReference: trimmedReference } },
      });
      setDone(
        t('fundingPartners.payouts.recorded', {
          amount: money.euros(amountCents),
          title: chosen.title,
          reference: trimmedReference,
        }),
      );
      choice.setInitiativeId('');
      setAmount('');
      setReference('');
    } catch (error: unknown) {
      setProblem(fundingProblem(error));
    }
  };

  return (
    <Section
      headingId="payouts-heading"
      title={t('fundingPartners.payouts.title')}
      intro={t('fundingPartners.payouts.intro')}
    >
      <DoneAlert message={done} mb="md" />
      <FundingForm
        formRef={formRef}
        labelledBy="payouts-heading"
        onSubmit={handleSubmit}
        problem={problem}
        submitLabel={t('fundingPartners.payouts.submit')}
        loading={loading}
      >
        <InitiativeSelect
          label={t('fundingPartners.payouts.initiative')}
          name="payoutInitiative"
          choice={choice}
          optionLabel={(initiative) =>
            t('fundingPartners.payouts.option', {
              title: initiative.title,
              organisation: initiative.organisation.name,
              balance: money.euros(initiative.progress.balanceCents),
            })
          }
          error={errors.initiative}
        />
        {chosen ? (
          <Text size="sm" fw={600} data-testid="payout-balance">
            {t('fundingPartners.payouts.balance', { amount: money.euros(chosen.progress.balanceCents) })}
          </Text>
        ) : null}
        <MoneyInput
          label={t('fundingPartners.payouts.amount')}
          name="payoutAmount"
          required
          value={amount}
          onChange={(event) => setAmount(event.currentTarget.value)}
          error={errors.amount}
        />
        <TextInput
          label={t('fundingPartners.payouts.reference')}
          description={t('fundingPartners.payouts.referenceHelp')}
          name="bankReference"
          required
          maxLength={MAX_REFERENCE_LENGTH}
          value={reference}
          onChange={(event) => setReference(event.currentTarget.value)}
          error={errors.reference}
        />
      </FundingForm>
    </Section>
  );
}
