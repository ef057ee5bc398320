import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { OrganisationKind } from '../../../gql/graphql';
import { useLocale } from '../../../i18n/useLocale';
import { useOrdinal } from '../../../i18n/useOrdinal';

/** What a registration says about an organisation. */
export interface OrganisationFacts {
  kind: OrganisationKind;
  rna?: string | null;
  siret?: string | null;
  districtCodes: readonly string[];
  contactEmail: string;
  contactPhone?: string | null;
  createdAt: string;
}

/** The arrondissement number of a Paris postal code (75018 → 18). */
export function districtNumber(code: string): number {
  return Number(code.slice(-2));
}

/** A registration's facts as a description list: kind, identifiers, arrondissements, contact, date. */
export function OrganisationDetails({ organisation }: { organisation: OrganisationFacts }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const ordinal = useOrdinal();
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
  const districts = [...organisation.districtCodes]
    .sort()
    .map((code) => ordinal(districtNumber(code)))
    .join(', ');
  const rows: { label: string; value: string; wrapAnywhere?: boolean }[] = [
    { label: t('organisations.fields.kind'), value: t(`organisations.kinds.${organisation.kind}`) },
    ...(organisation.rna ? [{ label: t('organisations.fields.rna'), value: organisation.rna }] : []),
    ...(organisation.siret ? [{ label: t('organisations.fields.siret'), value: organisation.siret }] : []),
    { label: t('organisations.fields.districts'), value: districts },
    { label: t('organisations.fields.contactEmail'), value: organisation.contactEmail, wrapAnywhere: true },
    ...(organisation.contactPhone
      ? [{ label: t('organisations.fields.contactPhone'), value: organisation.contactPhone }]
      : []),
    {
      label: t('organisations.fields.registeredOn'),
      value: dateFormat.format(new Date(organisation.createdAt)),
    },
  ];
  return (
    <Stack component="dl" gap="xs" m={0}>
      {rows.map((row) => (
        <div key={row.label}>
          <Text component="dt" size="sm" fw={600} c="gray.7">
            {row.label}
          </Text>
          <Text component="dd" m={0} style={row.wrapAnywhere ? { overflowWrap: 'anywhere' } : undefined}>
            {row.value}
          </Text>
        </div>
      ))}
    </Stack>
  );
}
