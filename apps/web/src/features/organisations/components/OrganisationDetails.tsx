import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { OrganisationKind } from '../../../gql/graphql';
import { useLocale } from '../../../i18n/useLocale';
import { useOrdinal } from '../../../i18n/useOrdinal';
import type { CsvColumn } from '../../../utils/csv';

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

/**
 * A registration's facts, each a label and its text: kind, identifiers, arrondissements, contact, date. The
 * description list below shows those with a value; the verification queue exports them all.
 */
export function useOrganisationFactColumns(): CsvColumn<OrganisationFacts>[] {
  const { t } = useTranslation();
  const locale = useLocale();
  const ordinal = useOrdinal();
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
  const field = (key: string) => t(`organisations.fields.${key}`);
  return [
    { header: field('kind'), value: (organisation) => t(`organisations.kinds.${organisation.kind}`) },
    { header: field('rna'), value: (organisation) => organisation.rna },
    { header: field('siret'), value: (organisation) => organisation.siret },
    {
      header: field('districts'),
      value: (organisation) =>
        [...organisation.districtCodes]
          .sort()
          .map((code) => ordinal(districtNumber(code)))
          .join(', '),
    },
    { header: field('contactEmail'), value: (organisation) => organisation.contactEmail },
    { header: field('contactPhone'), value: (organisation) => organisation.contactPhone },
    {
      header: field('registeredOn'),
      value: (organisation) => dateFormat.format(new Date(organisation.createdAt)),
    },
  ];
}

/** A registration's facts as a description list: kind, identifiers, arrondissements, contact, date. */
export function OrganisationDetails({ organisation }: { organisation: OrganisationFacts }) {
  const columns = useOrganisationFactColumns();
  const rows = columns
    .map((column) => ({ label: column.header, value: column.value(organisation) }))
    .filter(
      (row): row is { label: string; value: string } => typeof row.value === 'string' && row.value !== '',
    );
  return (
    <Stack component="dl" gap="xs" m={0}>
      {rows.map((row) => (
        <div key={row.label}>
          <Text component="dt" size="sm" fw={600} c="gray.7">
            {row.label}
          </Text>
          <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
            {row.value}
          </Text>
        </div>
      ))}
    </Stack>
  );
}
