import { Group, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { useOrdinal } from '../../../i18n/useOrdinal';
import { parisDistrictMap } from '../utils/districtShapes';
import classes from './DistrictFiguresMap.module.css';

/** Fill and label colours per class: none, then four darker and darker blues (white labels on the dark ones). */
const SHADES = [
  { fill: 'var(--mantine-color-gray-1)', label: 'var(--mantine-color-gray-8)' },
  { fill: 'var(--mantine-color-blue-1)', label: 'var(--mantine-color-blue-9)' },
  { fill: 'var(--mantine-color-blue-3)', label: 'var(--mantine-color-blue-9)' },
  { fill: 'var(--mantine-color-blue-6)', label: 'var(--mantine-color-white)' },
  { fill: 'var(--mantine-color-blue-9)', label: 'var(--mantine-color-white)' },
] as const;

const CLASSES = SHADES.length - 1;

/** The class of a figure: 0 for none, then 1 to 4 by quarter of the largest figure. */
export function shadeClass(value: number, max: number): number {
  if (value <= 0 || max <= 0) return 0;
  return Math.min(CLASSES, Math.max(1, Math.ceil((value / max) * CLASSES)));
}

/** The whole numbers of each class ("1–2", "3"), for the legend; classes no number falls in are left out. */
export function legendRanges(max: number): { shade: number; from: number; to: number }[] {
  const ranges = [{ shade: 0, from: 0, to: 0 }];
  for (let shade = 1; shade <= CLASSES; shade += 1) {
    const from = Math.floor(((shade - 1) * max) / CLASSES) + 1;
    const to = Math.floor((shade * max) / CLASSES);
    if (from <= to) ranges.push({ shade, from, to });
  }
  return ranges;
}

export interface DistrictFiguresMapProps {
  /** A figure per postal code; arrondissements not given count 0. */
  figures: Readonly<Record<string, number>>;
  /** What the figure is, e.g. "Hôtes disponibles": the map's title and the legend's. */
  metricLabel: string;
  /** Where the same figures are as a table, for assistive technologies. */
  tableId: string;
}

/**
 * The 20 arrondissements coloured by a figure, the figure written in each. An image for assistive technologies,
 * which are pointed to the table with the same figures.
 */
export function DistrictFiguresMap({ figures, metricLabel, tableId }: DistrictFiguresMapProps) {
  const { t } = useTranslation();
  const ordinal = useOrdinal();
  const titleId = useId();
  const descriptionId = useId();
  const { width, height, shapes } = parisDistrictMap();
  const max = Math.max(0, ...shapes.map((shape) => figures[shape.code] ?? 0));

  return (
    <Stack gap="xs">
      <svg
        className={classes.map}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        data-testid="district-figures-map"
      >
        <title id={titleId}>{t('district.figuresMap.title', { metric: metricLabel })}</title>
        <desc id={descriptionId}>{t('district.figuresMap.description')}</desc>
        {shapes.map((shape) => {
          const value = figures[shape.code] ?? 0;
          return (
            <path
              key={shape.code}
              className={classes.district}
              d={shape.path}
              fill={SHADES[shadeClass(value, max)]!.fill}
              data-district-code={shape.code}
              data-value={value}
            >
              <title>
                {t('district.figuresMap.tooltip', {
                  district: t('district.title', { ordinal: ordinal(shape.number), name: shape.name }),
                  metric: metricLabel,
                  value,
                })}
              </title>
            </path>
          );
        })}
        {shapes.map((shape) => {
          const value = figures[shape.code] ?? 0;
          return (
            <text
              key={shape.code}
              className={classes.label}
              x={shape.labelX}
              y={shape.labelY}
              fill={SHADES[shadeClass(value, max)]!.label}
            >
              {value}
            </text>
          );
        })}
      </svg>
      <Group gap="md" wrap="wrap" aria-hidden="true" data-testid="district-figures-map-legend">
        <Text size="sm" fw={600}>
          {metricLabel}
        </Text>
        {legendRanges(max).map((range) => (
          <Group key={range.shade} gap={6} wrap="nowrap">
            <span className={classes.swatch} style={{ backgroundColor: SHADES[range.shade]!.fill }} />
            <Text size="sm">{range.from === range.to ? range.from : `${range.from}–${range.to}`}</Text>
          </Group>
        ))}
      </Group>
      <Text size="sm" c="gray.7">
        <a href={`#${tableId}`}>{t('district.figuresMap.tableLink')}</a>
      </Text>
    </Stack>
  );
}
