import { useQuery } from '@apollo/client/react';
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ExportCsvButton } from '../../../components/ExportCsvButton';
import type { DeskStockLevelsQuery } from '../../../gql/graphql';
import { useApiLanguage } from '../../../i18n/useApiLanguage';
import { type CsvColumn, csvHeader } from '../../../utils/csv';
import { STOCK_LEVELS_QUERY } from '../graphql/deskOperations';
import { DeskQueryStatus } from './DeskQueryStatus';
import { MovementsExport } from './MovementsExport';
import { variantName } from '../utils/labels';
import { StockLevelCard } from './StockLevelCard';

type StockLevel = DeskStockLevelsQuery['stockLevels'][number];

/** How often the stock levels are refreshed (polling, not subscriptions: see deskOperations.ts). */
export const STOCK_POLL_MS = 5_000;

/** The "Stock" tab: levels short ones first, live, with counts and write-offs; then the ledger export. */
export function StockPanel({ collectionPointId }: { collectionPointId: string }) {
  const { t } = useTranslation();
  const lang = useApiLanguage();
  const levels = useQuery(STOCK_LEVELS_QUERY, {
    variables: { collectionPointId, lang },
    fetchPolicy: 'cache-and-network',
    pollInterval: STOCK_POLL_MS,
    // A phone left on the desk with its screen off need not poll.
    skipPollAttempt: () => document.hidden,
    notifyOnNetworkStatusChange: false,
  });
  const shortCount = levels.data?.stockLevels.filter((level) => level.short).length ?? 0;
  const csvColumns: CsvColumn<StockLevel>[] = [
    { header: t('stock.levels.csv.variant'), value: (level) => variantName(level.item, level.variant) },
    { header: csvHeader(t('stock.levels.quantity')), value: (level) => level.quantity },
    { header: csvHeader(t('stock.levels.openNeeds')), value: (level) => level.openNeedQuantity },
    {
      header: t('stock.levels.csv.short'),
      value: (level) => (level.short ? level.openNeedQuantity - level.quantity : 0),
    },
  ];

  return (
    <Stack gap="xl">
      <section aria-labelledby="levels-heading">
        <Title order={2} size="h3" id="levels-heading" mb={4}>
          {t('stock.levels.title')}
        </Title>
        <Text size="sm" c="gray.7" mb="sm">
          {t('stock.desk.autoRefresh')}
        </Text>
        {!levels.data ? (
          <DeskQueryStatus loading={levels.loading} error={levels.error} />
        ) : levels.data.stockLevels.length === 0 ? (
          <Text>{t('stock.levels.empty')}</Text>
        ) : (
          <Stack gap="sm">
            <Text fw={600}>
              {shortCount > 0
                ? t('stock.levels.shortSummary', { count: shortCount })
                : t('stock.levels.noShort')}
            </Text>
            <ExportCsvButton filename="stock-du-point" columns={csvColumns} rows={levels.data.stockLevels} />
            {levels.data.stockLevels.map((level) => (
              <StockLevelCard
                key={level.variant.id}
                level={level}
                collectionPointId={collectionPointId}
                onChanged={() => void levels.refetch().catch(() => undefined)}
              />
            ))}
          </Stack>
        )}
      </section>
      <MovementsExport collectionPointId={collectionPointId} />
    </Stack>
  );
}
