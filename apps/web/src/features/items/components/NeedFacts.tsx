import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { NeedFieldsFragment } from '../../../gql/graphql';
import { useDistrictName, useParisFormat } from '../utils/format';

/** Who asks, how many, where to and by when, as a description list. */
export function NeedFacts({
  need,
  withOrganisation = true,
}: {
  need: NeedFieldsFragment;
  /** False on the organisation's own page, where its name goes without saying. */
  withOrganisation?: boolean;
}) {
  const { t } = useTranslation();
  const districtName = useDistrictName();
  const format = useParisFormat();
  const rows = [
    ...(withOrganisation ? [{ key: 'organisation', value: need.organisation.name }] : []),
    { key: 'quantity', value: t('items.need.units', { count: need.quantity }) },
    { key: 'district', value: districtName(need.districtCode) },
    { key: 'deadline', value: need.deadline ? format.day(need.deadline) : t('items.need.noDeadline') },
    ...(need.note ? [{ key: 'note', value: need.note }] : []),
  ];
  return (
    <Stack component="dl" gap={4} m={0}>
      {rows.map((row) => (
        <div key={row.key} data-testid={`need-${row.key}`}>
          <Text component="dt" size="sm" c="gray.7" style={{ display: 'inline' }}>
            {t(`items.need.facts.${row.key}`)}
          </Text>{' '}
          <Text
            component="dd"
            m={0}
            fw={row.key === 'note' ? undefined : 600}
            style={{ display: 'inline', overflowWrap: 'anywhere' }}
          >
            {row.value}
          </Text>
        </div>
      ))}
    </Stack>
  );
}
