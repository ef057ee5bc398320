import { useMutation } from '@apollo/client/react';
import { NativeSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { FundingPartnersInitiativeFieldsFragment, InitiativeKind } from '../../../gql/graphql';
import { INITIATIVE_KINDS, isInitiativeKind } from '../../funding/utils/kinds';
import { parseEuros } from '../../funding/utils/money';
import { parisToday } from '../../items/utils/format';
import { FUNDING_PARTNERS_SUBMIT_INITIATIVE_MUTATION } from '../graphql/fundingPartnersOperations';
import { type FundingProblem, fundingProblem } from '../utils/fundingErrors';
import { DistrictChoices } from './Choices';
import { FundingForm } from './FundingForm';
import { MoneyInput } from './MoneyInput';
import { useFocusFirstInvalid } from './useFocusFirstInvalid';

/** The API's limits (see the funding migration). */
export const MIN_BUDGET_CENTS = 10_000;
export const MAX_BUDGET_CENTS = 100_000_000;
export const MAX_TITLE_LENGTH = 140;
export const MAX_DESCRIPTION_LENGTH = 5000;
export const MAX_COLLECTIVE_LENGTH = 160;

type Field = 'title' | 'description' | 'districts' | 'budget' | 'deadline' | 'collective';
type FieldErrors = Partial<Record<Field, string>>;

export interface InitiativeFormProps {
  organisationId: string;
  labelledBy: string;
  onDone: (initiative: FundingPartnersInitiativeFieldsFragment) => void;
}

/**
 * "Proposer une initiative": what it is, where, its budget (typed in euros, sent in cents) and deadline, and the
 * citizens' collective carrying it when it is not the association itself. Checked here before asking the API.
 */
export function InitiativeForm({ organisationId, labelledBy, onDone }: InitiativeFormProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const refuse = useFocusFirstInvalid(formRef);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [kind, setKind] = useState<InitiativeKind>('WELCOME');
  const [districtCodes, setDistrictCodes] = useState<string[]>([]);
  const [budget, setBudget] = useState('');
  const [deadline, setDeadline] = useState('');
  const [collective, setCollective] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<FundingProblem>();
  const [submit, { loading }] = useMutation(FUNDING_PARTNERS_SUBMIT_INITIATIVE_MUTATION, {
    refetchQueries: ['FundingPartnersOrganisationInitiatives'],
  });

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(undefined);
    const found: FieldErrors = {};
    const trimmedTitle = title.trim();
    const trimmedDescription = description.trim();
    const trimmedCollective = collective.trim();
    if (trimmedTitle.length < 3) found.title = t('fundingPartners.errors.titleTooShort');
    if (trimmedDescription.length < 10) found.description = t('fundingPartners.errors.descriptionTooShort');
    if (districtCodes.length === 0) found.districts = t('fundingPartners.errors.districtsRequired');
    const budgetCents = parseEuros(budget).cents;
    if (budgetCents === undefined) found.budget = t('fundingPartners.errors.amountInvalid');
    else if (budgetCents < MIN_BUDGET_CENTS || budgetCents > MAX_BUDGET_CENTS)
      found.budget = t('fundingPartners.errors.budgetRange');
    if (!deadline) found.deadline = t('fundingPartners.errors.dateRequired');
    else if (deadline <= parisToday()) found.deadline = t('fundingPartners.errors.deadlineFuture');
    if (trimmedCollective && trimmedCollective.length < 2)
      found.collective = t('fundingPartners.errors.collectiveTooShort');
    setErrors(found);
    if (Object.keys(found).length > 0 || budgetCents === undefined) {
      refuse();
      return;
    }
    try {
      const { data } = await submit({
        variables: {
          input: {
            organisationId,
            title: trimmedTitle,
            description: trimmedDescription,
            kind,
            districtCodes,
            budgetCents,
            deadline,
            ...(trimmedCollective ? { collectiveName: trimmedCollective } : {}),
          },
        },
      });
      if (!data) return;
      onDone(data.submitInitiative);
      setTitle('');
      setDescription('');
      setKind('WELCOME');
      setDistrictCodes([]);
      setBudget('');
      setDeadline('');
      setCollective('');
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
      submitLabel={t('fundingPartners.initiativeForm.submit')}
      loading={loading}
    >
      <TextInput
        label={t('fundingPartners.initiativeForm.title')}
        name="title"
        required
        maxLength={MAX_TITLE_LENGTH}
        value={title}
        onChange={(event) => setTitle(event.currentTarget.value)}
        error={errors.title}
      />
      <Textarea
        label={t('fundingPartners.initiativeForm.description')}
        description={t('fundingPartners.initiativeForm.descriptionHelp')}
        name="description"
        required
        rows={4}
        maxLength={MAX_DESCRIPTION_LENGTH}
        value={description}
        onChange={(event) => setDescription(event.currentTarget.value)}
        error={errors.description}
      />
      <NativeSelect
        label={t('fundingPartners.initiativeForm.kind')}
        name="kind"
        value={kind}
        onChange={(event) => {
          const { value } = event.currentTarget;
          if (isInitiativeKind(value)) setKind(value);
        }}
        data={INITIATIVE_KINDS.map((value) => ({ value, label: t(`fundingPartners.kinds.${value}`) }))}
      />
      <DistrictChoices
        label={t('fundingPartners.initiativeForm.districts')}
        description={t('fundingPartners.initiativeForm.districtsHelp')}
        required
        value={districtCodes}
        onChange={setDistrictCodes}
        error={errors.districts}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <MoneyInput
          label={t('fundingPartners.initiativeForm.budget')}
          description={t('fundingPartners.initiativeForm.budgetHelp')}
          name="budget"
          required
          value={budget}
          onChange={(event) => setBudget(event.currentTarget.value)}
          error={errors.budget}
        />
        <TextInput
          label={t('fundingPartners.initiativeForm.deadline')}
          name="deadline"
          type="date"
          required
          min={parisToday()}
          value={deadline}
          onChange={(event) => setDeadline(event.currentTarget.value)}
          error={errors.deadline}
        />
      </SimpleGrid>
      <TextInput
        label={t('fundingPartners.initiativeForm.collective')}
        description={t('fundingPartners.initiativeForm.collectiveHelp')}
        name="collectiveName"
        maxLength={MAX_COLLECTIVE_LENGTH}
        value={collective}
        onChange={(event) => setCollective(event.currentTarget.value)}
        error={errors.collective}
      />
    </FundingForm>
  );
}
