import { useQuery } from '@apollo/client/react';
import { NativeSelect } from '@mantine/core';
import { forwardRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { FundingPartnersApprovedInitiativesQuery } from '../../../gql/graphql';
import { FUNDING_PARTNERS_APPROVED_INITIATIVES_QUERY } from '../graphql/fundingPartnersOperations';

export type ApprovedInitiative = FundingPartnersApprovedInitiativesQuery['initiatives'][number];

/**
 * The approved initiatives (public list, asked again whenever a form using them is shown) and the one chosen
 * among them (`chosen` is undefined until one is).
 */
export function useInitiativeChoice() {
  const query = useQuery(FUNDING_PARTNERS_APPROVED_INITIATIVES_QUERY, { fetchPolicy: 'cache-and-network' });
  const initiatives = query.data?.initiatives ?? query.previousData?.initiatives;
  const [initiativeId, setInitiativeId] = useState('');
  const chosen = initiatives?.find((initiative) => initiative.id === initiativeId);
  return { initiatives, loading: query.loading, initiativeId, setInitiativeId, chosen };
}

export type InitiativeChoice = ReturnType<typeof useInitiativeChoice>;

export interface InitiativeSelectProps {
  label: string;
  description?: string;
  name: string;
  /** From `useInitiativeChoice`. */
  choice: InitiativeChoice;
  /** Each option's text, e.g. with what the initiative still needs. */
  optionLabel: (initiative: ApprovedInitiative) => string;
  error?: string;
}

/** Picks one of the approved initiatives; a first, empty option asks to choose. */
export const InitiativeSelect = forwardRef<HTMLSelectElement, InitiativeSelectProps>(
  function InitiativeSelect({ label, description, name, choice, optionLabel, error }, ref) {
    const { t } = useTranslation();
    const { initiatives, loading, initiativeId, setInitiativeId } = choice;
    return (
      <NativeSelect
        ref={ref}
        label={label}
        description={description}
        name={name}
        required
        value={initiativeId}
        onChange={(event) => setInitiativeId(event.currentTarget.value)}
        data={[
          {
            value: '',
            label: loading && !initiatives ? t('app.loading') : t('fundingPartners.chooseInitiative'),
          },
          ...(initiatives ?? []).map((initiative) => ({
            value: initiative.id,
            label: optionLabel(initiative),
          })),
        ]}
        error={error}
      />
    );
  },
);
