import districtRecords from '@entraide/shared/reference-data/paris-districts.json';
import { Anchor, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useOrdinal } from '../../../i18n/useOrdinal';

/** The stock snapshot export's address: a plain GET, authenticated by the session cookie. */
export function stockSnapshotUrl(districtCode: string): string {
  return districtCode
    ? `/exports/stock-snapshot.csv?${new URLSearchParams({ districtCode }).toString()}`
    : '/exports/stock-snapshot.csv';
}

/** "Export the stock": every point's stock levels as CSV, for all of Paris or one arrondissement. */
export function StockSnapshotExport() {
  const { t } = useTranslation();
  const ordinal = useOrdinal();
  const [districtCode, setDistrictCode] = useState('');

  return (
    <section aria-labelledby="stock-snapshot-heading">
      <Title order={2} size="h3" id="stock-snapshot-heading" mb={4}>
        {t('stock.snapshot.title')}
      </Title>
      <Text c="gray.7" mb="md">
        {t('stock.snapshot.intro')}
      </Text>
      <Stack gap="sm" maw={480}>
        <NativeSelect
          label={t('stock.snapshot.district')}
          name="snapshotDistrict"
          value={districtCode}
          onChange={(event) => setDistrictCode(event.currentTarget.value)}
          data={[
            { value: '', label: t('stock.snapshot.allParis') },
            ...districtRecords.map((record) => ({
              value: record.code,
              label: t('district.title', { ordinal: ordinal(record.number), name: record.name }),
            })),
          ]}
        />
        <Anchor href={stockSnapshotUrl(districtCode)} download fw={600}>
          {t('stock.snapshot.download')}
        </Anchor>
      </Stack>
    </section>
  );
}
