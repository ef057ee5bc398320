import { Anchor, Grid, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { MissionFieldsFragment } from '../../../gql/graphql';
import { useOrdinal } from '../../../i18n/useOrdinal';
import { parisDistrictMap } from '../../geography/utils/districtShapes';
import { legendRanges, shadeClass } from '../../geography/components/DistrictFiguresMap';
import { useDistrictName } from '../../items/utils/format';
import classes from './MissionsMap.module.css';

/** Fill and label colours per class: none, then four darker and darker blues (white labels on the dark ones). */
const SHADES = [
  { fill: 'var(--mantine-color-gray-1)', label: 'var(--mantine-color-gray-8)' },
  { fill: 'var(--mantine-color-blue-1)', label: 'var(--mantine-color-blue-9)' },
  { fill: 'var(--mantine-color-blue-3)', label: 'var(--mantine-color-blue-9)' },
  { fill: 'var(--mantine-color-blue-6)', label: 'var(--mantine-color-white)' },
  { fill: 'var(--mantine-color-blue-9)', label: 'var(--mantine-color-white)' },
] as const;

/** The number of missions per arrondissement (postal code), and of remote ones. */
export function countByDistrict(
  missions: readonly Pick<MissionFieldsFragment, 'districtCode' | 'remote'>[],
): {
  counts: Record<string, number>;
  remote: number;
} {
  const counts: Record<string, number> = {};
  let remote = 0;
  for (const mission of missions) {
    if (mission.remote || !mission.districtCode) remote += 1;
    else counts[mission.districtCode] = (counts[mission.districtCode] ?? 0) + 1;
  }
  return { counts, remote };
}

export interface MissionsMapProps {
  /** The missions found so far (the pages loaded). */
  missions: readonly MissionFieldsFragment[];
  /** Filters the search on an arrondissement, from the table. */
  onShowDistrict: (code: string) => void;
}

/**
 * The 20 arrondissements coloured by the number of missions found, the number written in each; beside it, the
 * same figures as a table (the way for assistive technologies, which see the map as one image).
 */
export function MissionsMap({ missions, onShowDistrict }: MissionsMapProps) {
  const { t } = useTranslation();
  const ordinal = useOrdinal();
  const districtName = useDistrictName();
  const titleId = useId();
  const descriptionId = useId();
  const tableId = useId();
  const { width, height, shapes } = parisDistrictMap();
  const { counts, remote } = useMemo(() => countByDistrict(missions), [missions]);
  const max = Math.max(0, ...shapes.map((shape) => counts[shape.code] ?? 0));
  const rows = shapes.filter((shape) => (counts[shape.code] ?? 0) > 0).sort((a, b) => a.number - b.number);

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Paper withBorder p="sm">
          <Stack gap="xs">
            <svg
              className={classes.map}
              viewBox={`0 0 ${width} ${height}`}
              role="img"
              aria-labelledby={titleId}
              aria-describedby={descriptionId}
              data-testid="missions-map"
            >
              <title id={titleId}>{t('missions.map.title')}</title>
              <desc id={descriptionId}>{t('missions.map.description')}</desc>
              {shapes.map((shape) => {
                const count = counts[shape.code] ?? 0;
                return (
                  <path
                    key={shape.code}
                    className={classes.district}
                    d={shape.path}
                    fill={SHADES[shadeClass(count, max)]!.fill}
                    data-district-code={shape.code}
                    data-value={count}
                  >
                    <title>
                      {t('missions.map.tooltip', {
                        district: t('district.title', { ordinal: ordinal(shape.number), name: shape.name }),
                        count,
                      })}
                    </title>
                  </path>
                );
              })}
              {shapes.map((shape) => {
                const count = counts[shape.code] ?? 0;
                return (
                  <text
                    key={shape.code}
                    className={classes.label}
                    x={shape.labelX}
                    y={shape.labelY}
                    fill={SHADES[shadeClass(count, max)]!.label}
                  >
                    {count}
                  </text>
                );
              })}
            </svg>
            <Group gap="md" wrap="wrap" aria-hidden="true" data-testid="missions-map-legend">
              <Text size="sm" fw={600}>
                {t('missions.map.legend')}
              </Text>
              {legendRanges(max).map((range) => (
                <Group key={range.shade} gap={6} wrap="nowrap">
                  <span className={classes.swatch} style={{ backgroundColor: SHADES[range.shade]!.fill }} />
                  <Text size="sm">{range.from === range.to ? range.from : `${range.from}–${range.to}`}</Text>
                </Group>
              ))}
            </Group>
            <Text size="sm" c="gray.7">
              <a href={`#${tableId}`}>{t('missions.map.tableLink')}</a>
            </Text>
          </Stack>
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="xs">
          <Table withTableBorder striped id={tableId} tabIndex={-1} data-testid="missions-by-district">
            <caption style={{ captionSide: 'top', textAlign: 'start', fontWeight: 600 }}>
              {t('missions.map.caption', { count: missions.length })}
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('missions.map.district')}</Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('missions.map.count')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((shape) => (
                <Table.Tr key={shape.code} data-testid="district-count">
                  <Table.Th scope="row" fw={500}>
                    <Anchor
                      component="button"
                      type="button"
                      underline="always"
                      title={t('missions.map.show')}
                      onClick={() => onShowDistrict(shape.code)}
                      style={{ textAlign: 'start' }}
                    >
                      {districtName(shape.code)}
                    </Anchor>
                  </Table.Th>
                  <Table.Td ta="end">{counts[shape.code]}</Table.Td>
                </Table.Tr>
              ))}
              {remote > 0 ? (
                <Table.Tr data-testid="district-count">
                  <Table.Th scope="row" fw={500}>
                    {t('missions.remote')}
                  </Table.Th>
                  <Table.Td ta="end">{remote}</Table.Td>
                </Table.Tr>
              ) : null}
            </Table.Tbody>
          </Table>
          {rows.length < shapes.length ? (
            <Text size="sm" c="gray.7">
              {t('missions.map.others')}
            </Text>
          ) : null}
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
