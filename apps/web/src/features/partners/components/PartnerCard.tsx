import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { PartnerDirectoryQuery } from '../../../gql/graphql';
import { useOrdinal } from '../../../i18n/useOrdinal';
import type { CsvColumn } from '../../../utils/csv';
import { districtNumber } from '../../organisations/components/OrganisationDetails';

export type PartnerEntry = PartnerDirectoryQuery['partnerDirectory'][number];

/** "11e, 18e": the arrondissements a partner serves, in order. */
function usePartnerDistricts(): (partner: PartnerEntry) => string {
  const ordinal = useOrdinal();
  return (partner) =>
    [...partner.districtCodes]
      .sort()
      .map((code) => ordinal(districtNumber(code)))
      .join(', ');
}

/** The directory in an export: the partners as their cards show them. */
export function usePartnerCsvColumns(): CsvColumn<PartnerEntry>[] {
  const { t } = useTranslation();
  const districts = usePartnerDistricts();
  const header = (key: string) => t(`partners.directory.${key}`);
  return [
    { header: header('csv.name'), value: (partner) => partner.name },
    { header: header('kindLabel'), value: (partner) => t(`organisations.kinds.${partner.kind}`) },
    { header: header('csv.description'), value: (partner) => partner.description },
    { header: header('districts'), value: districts },
    { header: header('contactEmail'), value: (partner) => partner.contactEmail },
    { header: header('contactPhone'), value: (partner) => partner.contactPhone },
  ];
}

/** A partner in the directory: what it is and does, where, and how to reach it. */
export function PartnerCard({ partner }: { partner: PartnerEntry }) {
  const { t } = useTranslation();
  const partnerDistricts = usePartnerDistricts();
  const titleId = `partner-${partner.id}-name`;
  const districts = partnerDistricts(partner);
  return (
    <Paper component="article" withBorder p="md" h="100%" aria-labelledby={titleId} data-testid="partner">
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap" align="center">
          <Title order={3} size="h4" id={titleId} style={{ overflowWrap: 'anywhere' }}>
            {partner.name}
          </Title>
          <Badge variant="outline" color="blue.9" data-testid="partner-kind">
            {t(`organisations.kinds.${partner.kind}`)}
          </Badge>
        </Group>
        <Text
          c={partner.description ? undefined : 'gray.7'}
          style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}
          data-testid="partner-description"
        >
          {partner.description ?? t('partners.directory.noDescription')}
        </Text>
        <Stack component="dl" gap={4} m={0}>
          <Group gap={6} wrap="wrap">
            <Text component="dt" size="sm" fw={600} c="gray.7">
              {t('partners.directory.districts')}
            </Text>
            <Text component="dd" size="sm" m={0} data-testid="partner-districts">
              {districts}
            </Text>
          </Group>
          <Group gap={6} wrap="wrap">
            <Text component="dt" size="sm" fw={600} c="gray.7">
              {t('partners.directory.contactEmail')}
            </Text>
            <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
              <Anchor
                href={`mailto:${partner.contactEmail}`}
                underline="always"
                inherit
                aria-label={t('partners.directory.contactEmailOf', {
                  name: partner.name,
                  email: partner.contactEmail,
                })}
              >
                {partner.contactEmail}
              </Anchor>
            </Text>
          </Group>
          {partner.contactPhone ? (
            <Group gap={6} wrap="wrap">
              <Text component="dt" size="sm" fw={600} c="gray.7">
                {t('partners.directory.contactPhone')}
              </Text>
              <Text component="dd" size="sm" m={0}>
                <Anchor
                  href={`tel:${partner.contactPhone.replace(/[^+\d]/g, '')}`}
                  underline="always"
                  inherit
                  aria-label={t('partners.directory.contactPhoneOf', {
                    name: partner.name,
                    phone: partner.contactPhone,
                  })}
                >
                  {partner.contactPhone}
                </Anchor>
              </Text>
            </Group>
          ) : null}
        </Stack>
      </Stack>
    </Paper>
  );
}
