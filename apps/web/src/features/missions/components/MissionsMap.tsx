import { Anchor, Grid, Paper, Stack, Table, Text } from '@mantine/core';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { MissionFieldsFragment } from '../../../gql/graphql';
import { DistrictFiguresMap } from '../../geography/components/DistrictFiguresMap';
import { parisDistrictMap } from '../../geography/utils/districtShapes';
import { useDistrictName } from '../../items/utils/format';

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
  const districtName = useDistrictName();
  const tableId = useId();
  const { shapes } = parisDistrictMap();
  const { counts, remote } = useMemo(() => countByDistrict(missions), [missions]);
  const rows = shapes.filter((shape) => (counts[shape.code] ?? 0) > 0).sort((a, b) => a.number - b.number);

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Paper withBorder p="sm">
          <DistrictFiguresMap figures={counts} metricLabel={t('missions.map.legend')} tableId={tableId} />
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
