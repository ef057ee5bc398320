import { Checkbox, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { InitiativeKind } from '../../../gql/graphql';
import { INITIATIVE_KINDS, isInitiativeKind } from '../../funding/utils/kinds';
import { DISTRICT_CODES, useFundingLabels } from '../utils/format';

export interface DistrictChoicesProps {
  label: string;
  description?: string;
  required?: boolean;
  value: readonly string[];
  onChange: (codes: string[]) => void;
  error?: string;
}

/** The 20 arrondissements as checkboxes (a list that works with any keyboard and screen reader). */
export function DistrictChoices({
  label,
  description,
  required,
  value,
  onChange,
  error,
}: DistrictChoicesProps) {
  const { districtName } = useFundingLabels();
  return (
    <Checkbox.Group
      label={label}
      description={description}
      withAsterisk={required}
      value={[...value]}
      // Kept in the arrondissements' order, whatever the order they were ticked in.
      onChange={(codes) => onChange(DISTRICT_CODES.filter((code) => codes.includes(code)))}
      error={error}
    >
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="xs" verticalSpacing="xs" mt="xs">
        {DISTRICT_CODES.map((code) => (
          <Checkbox key={code} value={code} label={districtName(code)} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}

export interface KindChoicesProps {
  label: string;
  description?: string;
  value: readonly InitiativeKind[];
  onChange: (kinds: InitiativeKind[]) => void;
}

/** Kinds of initiative as checkboxes. */
export function KindChoices({ label, description, value, onChange }: KindChoicesProps) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group
      label={label}
      description={description}
      value={[...value]}
      onChange={(kinds) =>
        onChange(INITIATIVE_KINDS.filter((kind) => kinds.includes(kind) && isInitiativeKind(kind)))
      }
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs" mt="xs">
        {INITIATIVE_KINDS.map((kind) => (
          <Checkbox key={kind} value={kind} label={t(`fundingPartners.kinds.${kind}`)} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}
