import { useMutation } from '@apollo/client/react';
import { SimpleGrid, TextInput } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { InitiativeKind } from '../../../gql/graphql';
import { parseEuros, useMoney } from '../../funding/utils/money';
import { parisToday } from '../../items/utils/format';
import { FUNDING_PARTNERS_PLEDGE_MUTATION } from '../graphql/fundingPartnersOperations';
import { type FundingProblem, fundingProblem } from '../utils/fundingErrors';
import { DistrictChoices, KindChoices } from './Choices';
import { FundingForm } from './FundingForm';
import { MoneyInput } from './MoneyInput';
import { useFocusFirstInvalid } from './useFocusFirstInvalid';

/** The API's limits for a pledge: €100 to €10,000,000. */
export const MIN_PLEDGE_CENTS = 10_000;
export const MAX_PLEDGE_CENTS = 1_000_000_000;

/** The day before the same date next year: a one-year period by default. */
export function oneYearFrom(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year + 1, month - 1, date - 1)).toISOString().slice(0, 10);
}

type Field = 'amount' | 'start' | 'end';

export interface PledgeFormProps {
  organisationId: string;
  labelledBy: string;
  /** Said once the fund is pledged. */
  onDone: (message: string) => void;
}

/**
 * "Engager un fonds d'abondement": an amount (typed in euros, sent in cents) for a period, optionally only for
 * some arrondissements or kinds of initiative; the rounds then share it out among the initiatives' donors.
 */
export function PledgeForm({ organisationId, labelledBy, onDone }: PledgeFormProps) {
  const { t } = useTranslation();
  const money = useMoney();
  const formRef = useRef<HTMLFormElement>(null);
  const refuse = useFocusFirstInvalid(formRef);
  const [amount, setAmount] = useState('');
  const [periodStart, setPeriodStart] = useState(() => parisToday());
  const [periodEnd, setPeriodEnd] = useState(() => oneYearFrom(parisToday()));
  const [districtCodes, setDistrictCodes] = useState<string[]>([]);
  const [initiativeKinds, setInitiativeKinds] = useState<InitiativeKind[]>([]);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<FundingProblem>();
  const [pledge, { loading }] = useMutation(FUNDING_PARTNERS_PLEDGE_MUTATION, {
    refetchQueries: ['FundingPartnersSponsorOverview'],
  });

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(undefined);
    const found: Partial<Record<Field, string>> = {};
    const amountCents = parseEuros(amount).cents;
    if (amountCents === undefined) found.amount = t('fundingPartners.errors.amountInvalid');
    else if (amountCents < MIN_PLEDGE_CENTS || amountCents > MAX_PLEDGE_CENTS)
      found.amount = t('fundingPartners.errors.pledgeRange');
    if (!periodStart) found.start = t('fundingPartners.errors.dateRequired');
    if (!periodEnd) found.end = t('fundingPartners.errors.dateRequired');
    else if (periodStart && periodEnd < periodStart) found.end = t('fundingPartners.errors.endBeforeStart');
    setErrors(found);
    if (Object.keys(found).length > 0 || amountCents === undefined) {
      refuse();
      return;
    }
    try {
      await pledge({
        variables: {
          input: { organisationId, amountCents, periodStart, periodEnd, districtCodes, initiativeKinds },
        },
      });
      onDone(t('fundingPartners.sponsor.pledged', { amount: money.euros(amountCents) }));
      setAmount('');
      setDistrictCodes([]);
      setInitiativeKinds([]);
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
      submitLabel={t('fundingPartners.pledgeForm.submit')}
      loading={loading}
    >
      <MoneyInput
        label={t('fundingPartners.pledgeForm.amount')}
        description={t('fundingPartners.pledgeForm.amountHelp')}
        name="amount"
        required
        value={amount}
        onChange={(event) => setAmount(event.currentTarget.value)}
        error={errors.amount}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          label={t('fundingPartners.pledgeForm.periodStart')}
          name="periodStart"
          type="date"
          required
          value={periodStart}
          onChange={(event) => setPeriodStart(event.currentTarget.value)}
          error={errors.start}
        />
        <TextInput
          label={t('fundingPartners.pledgeForm.periodEnd')}
          name="periodEnd"
          type="date"
          required
          min={periodStart || undefined}
          value={periodEnd}
          onChange={(event) => setPeriodEnd(event.currentTarget.value)}
          error={errors.end}
        />
      </SimpleGrid>
      <DistrictChoices
        label={t('fundingPartners.pledgeForm.districts')}
        description={t('fundingPartners.pledgeForm.districtsHelp')}
        value={districtCodes}
        onChange={setDistrictCodes}
      />
      <KindChoices
        label={t('fundingPartners.pledgeForm.kinds')}
        description={t('fundingPartners.pledgeForm.kindsHelp')}
        value={initiativeKinds}
        onChange={setInitiativeKinds}
      />
    </FundingForm>
  );
}
