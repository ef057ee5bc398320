import { Alert, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useLocale } from '../i18n/useLocale';
import { CSV_MAX_ROWS, type CsvColumn, csvFilename, downloadCsv, toCsv } from '../utils/csv';

interface ExportCsvCommonProps<Row> {
  /** The file's name without the date nor `.csv`: `besoins` downloads `besoins-2026-11-28.csv`. */
  filename: string;
  columns: readonly CsvColumn<Row>[];
  /** What the list is, when a screen has several exports: the button is then named "Exporter en CSV : …". */
  subject?: string;
}

export type ExportCsvButtonProps<Row> = ExportCsvCommonProps<Row> &
  (
    | {
        /** The rows the screen shows. */
        rows: readonly Row[];
        loadRows?: never;
        disabled?: never;
      }
    | {
        /** Every row of a paginated list, asked for on click (see `collectPages`). */
        loadRows: () => Promise<readonly Row[]>;
        rows?: never;
        /** True when the list is empty. */
        disabled?: boolean;
      }
  );

/**
 * "Exporter en CSV": downloads a list as a spreadsheet file, the columns and values as the screen shows them,
 * at most `CSV_MAX_ROWS` rows (the person is told when the list was longer).
 */
export function ExportCsvButton<Row>({
  filename,
  columns,
  subject,
  rows,
  loadRows,
  disabled = false,
}: ExportCsvButtonProps<Row>) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [loading, setLoading] = useState(false);
  const [status, setStatus] = useState<'capped' | 'failed'>();

  const handleClick = async () => {
    setStatus(undefined);
    setLoading(true);
    try {
      const all = rows ?? (await loadRows());
      downloadCsv(csvFilename(filename), toCsv(columns, all.slice(0, CSV_MAX_ROWS)));
      if (all.length > CSV_MAX_ROWS) setStatus('capped');
    } catch {
      setStatus('failed');
    } finally {
      setLoading(false);
    }
  };

  return (
    <Group gap="xs" wrap="wrap">
      <Button
        variant="light"
        size="compact-sm"
        loading={loading}
        disabled={disabled || rows?.length === 0}
        aria-label={subject ? t('csvExport.buttonFor', { subject }) : undefined}
        onClick={() => void handleClick()}
      >
        {t('csvExport.button')}
      </Button>
      {status === 'capped' ? (
        <Text size="sm" role="status">
          {t('csvExport.capped', { max: new Intl.NumberFormat(locale).format(CSV_MAX_ROWS) })}
        </Text>
      ) : null}
      {status === 'failed' ? (
        <Alert color="red.9" role="alert" py={4}>
          {t('csvExport.error')}
        </Alert>
      ) : null}
    </Group>
  );
}
