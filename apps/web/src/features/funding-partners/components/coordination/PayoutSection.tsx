import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import classes from '../../../identity/components/IdentityForm.module.css';
import { FUNDING_PARTNERS_RECORD_PAYOUT_MUTATION } from '../../graphql/fundingPartnersOperations';
import { type FundingProblem, fundingProblem } from '../../utils/fundingErrors';
import { eurosToCents, toCents, useMoney } from '../../utils/money';
import { FundingProblemAlert } from '../FundingProblemAlert';
import { InitiativeSelect, useApprovedInitiatives } from '../InitiativeSelect';
import { MoneyInput } from '../MoneyInput';
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
  const { query, initiatives } = useApprovedInitiatives();
  const [initiativeId, setInitiativeId] = useState('');
  const [amount, setAmount] = useState('');
  const [reference, setReference] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<FundingProblem>();
  const [done, setDone] = useState<string>();
  const [record, { loading }] = useMutation(FUNDING_PARTNERS_RECORD_PAYOUT_MUTATION, {
    refetchQueries: ['FundingPartnersApprovedInitiatives'],
  });
  const chosen = initiatives?.find((initiative) => initiative.id === initiativeId);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(undefined);
    setDone(undefined);
    const found: Partial<Record<Field, string>> = {};
    if (!chosen) found.initiative = t('fundingPartners.errors.initiativeRequired');
    const amountCents = eurosToCents(amount);
    if (amountCents === undefined || amountCents <= 0)
      found.amount = t('fundingPartners.errors.amountInvalid');
    else if (chosen && amountCents > toCents(chosen.progress.balanceCents))
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
      setInitiativeId('');
      setAmount('');
      setReference('');
    } catch (error: unknown) {
      setProblem(fundingProblem(error));
    }
  };

  return (
    <section aria-labelledby="payouts-heading">
      <Title order={2} size="h3" id="payouts-heading" mb="xs">
        {t('fundingPartners.payouts.title')}
      </Title>
      <Text c="gray.7" mb="md">
        {t('fundingPartners.payouts.intro')}
      </Text>
      {done ? (
        <Alert color="teal.9" variant="filled" role="status" mb="md">
          {done}
        </Alert>
      ) : null}
      <form
        ref={formRef}
        noValidate
        className={classes.form}
        onSubmit={(event) => void handleSubmit(event)}
        aria-labelledby="payouts-heading"
      >
        <Stack gap="md" maw={760}>
          <InitiativeSelect
            label={t('fundingPartners.payouts.initiative')}
            name="payoutInitiative"
            initiatives={initiatives}
            loading={query.loading}
            value={initiativeId}
            onChange={setInitiativeId}
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
          <FundingProblemAlert problem={problem} />
          <Group>
            <Button type="submit" loading={loading}>
              {t('fundingPartners.payouts.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}
