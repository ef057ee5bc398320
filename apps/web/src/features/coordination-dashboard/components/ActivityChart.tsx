import { Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { type CSSProperties, useId } from 'react';
import { useTranslation } from 'react-i18next';

import { ExportCsvButton } from '../../../components/ExportCsvButton';
import type { CsvColumn } from '../../../utils/csv';
import { type DashboardFormat, useDashboardFormat } from '../utils/format';
import { DAY_SERIES, type DashboardDay, type DaySeries } from '../utils/metrics';
import classes from './ActivityChart.module.css';

/** A colour per series, 3:1 at least against white (WCAG 1.4.11); each series has its own chart and caption. */
const SERIES_COLORS: Record<DaySeries, string> = {
  itemsReceived: 'var(--mantine-color-blue-8)',
  itemsDispatched: 'var(--mantine-color-teal-9)',
  staysStarted: 'var(--mantine-color-violet-8)',
  volunteerHours: 'var(--mantine-color-orange-9)',
  donationsCents: 'var(--mantine-color-grape-8)',
};

/** Chart units: a day is 10 wide (8 of bar), the chart 100 high; stretched to the width of its box. */
const DAY_WIDTH = 10;
const BAR_WIDTH = 8;
const HEIGHT = 100;
/** A day with any activity stays visible however small next to the busiest day. */
const MIN_BAR = 2;

const NUMBER_CELL: CSSProperties = {
  textAlign: 'end',
  whiteSpace: 'nowrap',
  fontVariantNumeric: 'tabular-nums',
};

/** A figure of a series as text: hours with one decimal, donations in euros, counts. */
function seriesText(
  series: DaySeries,
  value: number,
  format: DashboardFormat,
  hours: (value: string) => string,
) {
  if (series === 'donationsCents') return format.euros(value);
  if (series === 'volunteerHours') return hours(format.oneDecimal(value));
  return format.integer(value);
}

/** One series as bars, one a day: an image with its title and a description giving the total and the peak. */
function SeriesChart({ series, days }: { series: DaySeries; days: readonly DashboardDay[] }) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const titleId = useId();
  const descriptionId = useId();
  const hours = (value: string) => t('dashboard.activity.hours', { value });
  const text = (value: number) => seriesText(series, value, format, hours);
  const values = days.map((day) => day[series]);
  const total = values.reduce((sum, value) => sum + value, 0);
  const max = Math.max(0, ...values);
  const peak = days[values.indexOf(max)]!;
  const from = format.day(days[0]!.day);
  const to = format.day(days[days.length - 1]!.day);
  const label = t(`dashboard.activity.series.${series}`);
  const width = days.length * DAY_WIDTH;

  return (
    <Paper component="figure" withBorder p="sm" m={0} data-testid={`activity-${series}`}>
      <Group component="figcaption" justify="space-between" gap="xs" mb="xs">
        <Text fw={600}>{label}</Text>
        <Text size="sm" c="gray.7">
          {t('dashboard.activity.total', { total: text(total) })}
        </Text>
      </Group>
      <svg
        className={classes.chart}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        preserveAspectRatio="none"
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
      >
        <title id={titleId}>{t('dashboard.activity.chartTitle', { series: label })}</title>
        <desc id={descriptionId}>
          {max > 0
            ? t('dashboard.activity.chartDescription', {
                from,
                to,
                total: text(total),
                max: text(max),
                maxDay: format.day(peak.day),
              })
            : t('dashboard.activity.chartEmpty', { from, to })}
        </desc>
        {days.map((day, index) => {
          const value = day[series];
          if (value <= 0) return null;
          const height = Math.max(MIN_BAR, (value / max) * HEIGHT);
          return (
            <rect
              key={day.day}
              x={index * DAY_WIDTH + (DAY_WIDTH - BAR_WIDTH) / 2}
              y={HEIGHT - height}
              width={BAR_WIDTH}
              height={height}
              style={{ fill: SERIES_COLORS[series] }}
            >
              <title>
                {t('dashboard.activity.barTitle', { day: format.day(day.day), value: text(value) })}
              </title>
            </rect>
          );
        })}
        <line
          x1={0}
          x2={width}
          y1={HEIGHT}
          y2={HEIGHT}
          stroke="var(--mantine-color-gray-7)"
          strokeWidth={1}
          vectorEffect="non-scaling-stroke"
        />
      </svg>
      <Group justify="space-between" gap="xs" mt={4} aria-hidden="true">
        <Text size="xs" c="gray.7">
          {format.shortDay(days[0]!.day)}
        </Text>
        <Text size="xs" c="gray.7">
          {format.shortDay(days[days.length - 1]!.day)}
        </Text>
      </Group>
    </Paper>
  );
}

/** The same figures as a table, folded away under "Voir les chiffres". */
function ActivityTable({ days }: { days: readonly DashboardDay[] }) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const hours = (value: string) => t('dashboard.activity.hours', { value });
  const captionId = useId();
  const caption = t('dashboard.activity.tableCaption', {
    from: format.day(days[0]!.day),
    to: format.day(days[days.length - 1]!.day),
  });
  const csvColumns: CsvColumn<DashboardDay>[] = [
    { header: t('dashboard.activity.day'), value: (day) => format.day(day.day) },
    ...DAY_SERIES.map((series) => ({
      header: t(`dashboard.activity.series.${series}`),
      value: (day: DashboardDay) => seriesText(series, day[series], format, hours),
    })),
  ];
  return (
    <details className={classes.details}>
      <summary>{t('dashboard.activity.showTable')}</summary>
      <ExportCsvButton filename="activite" subject={caption} columns={csvColumns} rows={days} />
      <div role="region" aria-labelledby={captionId} tabIndex={0} style={{ overflowX: 'auto' }}>
        <Table striped withTableBorder verticalSpacing={4} miw={720} data-testid="activity-table">
          <caption id={captionId} style={{ captionSide: 'top', textAlign: 'start' }}>
            {caption}
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('dashboard.activity.day')}</Table.Th>
              {DAY_SERIES.map((series) => (
                <Table.Th key={series} scope="col" style={NUMBER_CELL}>
                  {t(`dashboard.activity.series.${series}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {days.map((day) => (
              <Table.Tr key={day.day}>
                <Table.Th scope="row" fw="normal" style={{ whiteSpace: 'nowrap' }}>
                  <time dateTime={day.day}>{format.day(day.day)}</time>
                </Table.Th>
                {DAY_SERIES.map((series) => (
                  <Table.Td key={series} style={NUMBER_CELL}>
                    {seriesText(series, day[series], format, hours)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </details>
  );
}

/**
 * The activity day by day as small multiples (inline SVG, one chart a series, stretched to the screen's width),
 * and the figures as a table.
 */
export function ActivityChart({ days }: { days: readonly DashboardDay[] }) {
  const { t } = useTranslation();
  if (days.length === 0) return <Text>{t('dashboard.activity.noDays')}</Text>;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        {DAY_SERIES.map((series) => (
          <SeriesChart key={series} series={series} days={days} />
        ))}
      </SimpleGrid>
      <ActivityTable days={days} />
    </Stack>
  );
}
