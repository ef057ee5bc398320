import { Group, Stack, Text } from '@mantine/core';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { FundingTransparencyQuery } from '../../../gql/graphql';
import { useLocale } from '../../../i18n/useLocale';
import { useMoney } from '../utils/money';
import { type FigureColumn, FiguresTable } from './FiguresTable';

type Month = FundingTransparencyQuery['transparencyReport']['months'][number];

const SERIES = [
  { key: 'raised', field: 'raisedCents', fill: '#1864ab', pattern: undefined },
  { key: 'matched', field: 'matchedCents', fill: '#087f5b', pattern: 'hatch' },
  { key: 'paidOut', field: 'paidOutCents', fill: '#862e9c', pattern: 'dots' },
] as const;

const BAR = 14;
const GAP = 4;
const GROUP_GAP = 18;
const LEFT = 72;
const RIGHT = 8;
const TOP = 12;
const PLOT_HEIGHT = 180;
const BOTTOM = 36;
const TICKS = 4;

/** "novembre 2026" (or "nov. 26" when short) for a YYYY-MM month. */
function useMonthName() {
  const locale = useLocale();
  return useMemo(() => {
    const long = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    const short = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
    const date = (month: string) => new Date(`${month}-15T12:00:00Z`);
    return {
      long: (month: string) => long.format(date(month)),
      short: (month: string) => short.format(date(month)),
    };
  }, [locale]);
}

/** A round step for the vertical axis, in cents (1, 2 or 5 × a power of ten euros). */
function niceStep(maxCents: number): number {
  const raw = Math.max(maxCents / TICKS, 100);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= raw);
  return step ?? 10 * magnitude;
}

/** The fill of a series: its colour, and a hatch or dots so that it is told apart without colour. */
function fillOf(series: (typeof SERIES)[number], patternPrefix: string): string {
  return series.pattern ? `url(#${patternPrefix}-${series.pattern})` : series.fill;
}

/**
 * Donations raised, matching and payouts per month as an inline SVG bar chart (an image with its title and
 * description), followed by the same figures as a table.
 */
export function MonthsChart({ months }: { months: readonly Month[] }) {
  const { t } = useTranslation();
  const money = useMoney();
  const monthName = useMonthName();
  const titleId = useId();
  const descId = useId();
  const patternPrefix = useId().replace(/[^a-zA-Z0-9_-]/g, '');

  if (months.length === 0) return <Text>{t('funding.transparency.noMonths')}</Text>;

  const max = Math.max(...months.flatMap((month) => SERIES.map((series) => month[series.field])), 0);
  const step = niceStep(max);
  const top = Math.max(step * TICKS, step);
  const groupWidth = SERIES.length * BAR + (SERIES.length - 1) * GAP;
  const width = Math.max(LEFT + months.length * (groupWidth + GROUP_GAP) + RIGHT, 320);
  const height = TOP + PLOT_HEIGHT + BOTTOM;
  const y = (cents: number) => TOP + PLOT_HEIGHT - (Math.max(cents, 0) / top) * PLOT_HEIGHT;
  const first = months[0]!.month;
  const last = months[months.length - 1]!.month;

  return (
    <Stack gap="md">
      <Group gap="md" wrap="wrap" aria-hidden="true">
        {SERIES.map((series) => (
          <Group key={series.key} gap={6} wrap="nowrap">
            <svg width="16" height="16" aria-hidden="true" focusable="false">
              <rect width="16" height="16" fill={fillOf(series, patternPrefix)} stroke={series.fill} />
            </svg>
            <Text size="sm">{t(`funding.transparency.series.${series.key}`)}</Text>
          </Group>
        ))}
      </Group>
      <div style={{ overflowX: 'auto' }}>
        <svg
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          style={{ maxWidth: 'none', display: 'block' }}
          data-testid="months-chart"
        >
          <title id={titleId}>{t('funding.transparency.chartTitle')}</title>
          <desc id={descId}>
            {t('funding.transparency.chartDescription', {
              from: monthName.long(first),
              to: monthName.long(last),
              max: money.euros(max),
            })}
          </desc>
          <defs>
            <pattern
              id={`${patternPrefix}-hatch`}
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="6" height="6" fill="#e6fcf5" />
              <rect width="3" height="6" fill="#087f5b" />
            </pattern>
            <pattern id={`${patternPrefix}-dots`} width="5" height="5" patternUnits="userSpaceOnUse">
              <rect width="5" height="5" fill="#862e9c" />
              <circle cx="2.5" cy="2.5" r="1.2" fill="#ffffff" />
            </pattern>
          </defs>
          {Array.from({ length: TICKS + 1 }, (_, index) => {
            const value = step * index;
            return (
              <g key={value}>
                <line
                  x1={LEFT}
                  x2={width - RIGHT}
                  y1={y(value)}
                  y2={y(value)}
                  stroke="#ced4da"
                  strokeWidth="1"
                />
                <text x={LEFT - 6} y={y(value) + 4} textAnchor="end" fontSize="11" fill="#495057">
                  {money.wholeEuros(value)}
                </text>
              </g>
            );
          })}
          {months.map((month, index) => {
            const x0 = LEFT + GROUP_GAP / 2 + index * (groupWidth + GROUP_GAP);
            return (
              <g key={month.month}>
                {SERIES.map((series, seriesIndex) => {
                  const cents = month[series.field];
                  const barTop = y(cents);
                  return (
                    <rect
                      key={series.key}
                      x={x0 + seriesIndex * (BAR + GAP)}
                      y={barTop}
                      width={BAR}
                      height={TOP + PLOT_HEIGHT - barTop}
                      fill={fillOf(series, patternPrefix)}
                      stroke={series.fill}
                      strokeWidth="1"
                    >
                      <title>
                        {t('funding.transparency.barTitle', {
                          month: monthName.long(month.month),
                          series: t(`funding.transparency.series.${series.key}`),
                          amount: money.euros(cents),
                        })}
                      </title>
                    </rect>
                  );
                })}
                <text
                  x={x0 + groupWidth / 2}
                  y={TOP + PLOT_HEIGHT + 18}
                  textAnchor="middle"
                  fontSize="11"
                  fill="#212529"
                >
                  {monthName.short(month.month)}
                </text>
              </g>
            );
          })}
          <line
            x1={LEFT}
            x2={width - RIGHT}
            y1={TOP + PLOT_HEIGHT}
            y2={TOP + PLOT_HEIGHT}
            stroke="#495057"
            strokeWidth="1"
          />
        </svg>
      </div>
      <FiguresTable
        caption={t('funding.transparency.monthsCaption')}
        minWidth={420}
        testId="months-table"
        filename="transparence-mois"
        rowKey={(month) => month.month}
        rows={months}
        columns={[
          { header: t('funding.transparency.month'), value: (month) => monthName.long(month.month) },
          ...SERIES.map((series): FigureColumn<Month> => ({
            header: t(`funding.transparency.series.${series.key}`),
            value: (month) => money.euros(month[series.field]),
            numeric: true,
          })),
        ]}
      />
    </Stack>
  );
}
