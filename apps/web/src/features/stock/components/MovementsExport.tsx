import { Anchor, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { isDay, monthToDate } from '../utils/dates';

/** The ledger export's address: a plain GET, authenticated by the session cookie. */
export function movementsExportUrl(collectionPointId: string, from: string, to: string): string {
  return `/exports/stock-movements.csv?${new URLSearchParams({ collectionPointId, from, to }).toString()}`;
}

/** "Export the movements": the point's ledger over a period, as a CSV file for a spreadsheet. */
export function MovementsExport({ collectionPointId }: { collectionPointId: string }) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState(() => monthToDate(new Date()));
  const fromValid = isDay(period.from);
  const toValid = isDay(period.to);
  const ordered = !fromValid || !toValid || period.from <= period.to;

  return (
    <section aria-labelledby="export-heading">
      <Title order={2} size="h3" id="export-heading" mb={4}>
        {t('stock.export.title')}
      </Title>
      <Text size="sm" c="gray.7" mb="sm">
        {t('stock.export.intro')}
      </Text>
      <Stack gap="sm">
        <Group grow gap="sm" align="flex-start">
          <TextInput
            type="date"
            label={t('stock.export.from')}
            name="from"
            size="md"
            value={period.from}
            onChange={(event) => setPeriod((current) => ({ ...current, from: event.currentTarget.value }))}
            error={fromValid ? undefined : t('stock.errors.dayInvalid')}
          />
          <TextInput
            type="date"
            label={t('stock.export.to')}
            name="to"
            size="md"
            value={period.to}
            onChange={(event) => setPeriod((current) => ({ ...current, to: event.currentTarget.value }))}
            error={
              !toValid ? t('stock.errors.dayInvalid') : !ordered ? t('stock.errors.periodOrder') : undefined
            }
          />
        </Group>
        {fromValid && toValid && ordered ? (
          <Anchor
            href={movementsExportUrl(collectionPointId, period.from, period.to)}
            download
            fw={600}
            size="lg"
          >
            {t('stock.export.download')}
          </Anchor>
        ) : null}
      </Stack>
    </section>
  );
}
