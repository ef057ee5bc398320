import { Anchor, Grid, Paper, Radio, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { CSSProperties, MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import districtRecords from '@entraide/shared/reference-data/paris-districts.json';

import { ExportCsvButton } from '../../../components/ExportCsvButton';
import { useOrdinal } from '../../../i18n/useOrdinal';
import type { CsvColumn } from '../../../utils/csv';
import { DistrictFiguresMap } from '../../geography/components/DistrictFiguresMap';
import { centsToWholeEuros } from '../utils/format';
import {
  DISTRICT_METRICS,
  type DashboardDistrict,
  isMapMetric,
  MAP_METRICS,
  type MapMetric,
} from '../utils/metrics';
import { useMetricText } from './DistrictFigures';
import classes from './DistrictMapSection.module.css';

type DistrictRecord = (typeof districtRecords)[number];

/** Where the map's figures are as a table (the map links to it). */
export const DISTRICT_TABLE_ID = 'dashboard-district-figures';

/** The state a link or a click on the map passes on: the arrondissement's heading takes the focus. */
export interface DistrictNavigationState {
  focusDistrict: true;
}
const FOCUS_DISTRICT: DistrictNavigationState = { focusDistrict: true };

/** `/coordination/tableau-de-bord`, and its arrondissements below it. */
export const DASHBOARD_PATH = '/coordination/tableau-de-bord';

export function districtPath(code: string): string {
  return `${DASHBOARD_PATH}/${code}`;
}

const NUMBER_CELL: CSSProperties = {
  textAlign: 'end',
  whiteSpace: 'nowrap',
  fontVariantNumeric: 'tabular-nums',
};
/** Column headers wrap, so that the table stays as narrow as its figures. */
const NUMBER_HEADER: CSSProperties = { textAlign: 'end', verticalAlign: 'bottom' };

/** The map's label for a figure: donations are written in whole euros, which the label says. */
function useMapLabel(): (metric: MapMetric) => string {
  const { t } = useTranslation();
  return (metric) =>
    metric === 'donationsCents'
      ? t('dashboard.map.inEuros', { metric: t('dashboard.metrics.donationsCents') })
      : t(`dashboard.metrics.${metric}`);
}

/** The arrondissements' table in an export: every arrondissement, every figure, as the table writes them. */
function useDistrictCsvColumns(districts: readonly DashboardDistrict[]): CsvColumn<DistrictRecord>[] {
  const { t } = useTranslation();
  const ordinal = useOrdinal();
  const metricText = useMetricText();
  const byCode = new Map(districts.map((district) => [district.districtCode, district]));
  return [
    {
      header: t('dashboard.map.district'),
      value: (record) => t('district.title', { ordinal: ordinal(record.number), name: record.name }),
    },
    ...DISTRICT_METRICS.map((metric) => ({
      header: t(`dashboard.metrics.${metric}`),
      value: (record: DistrictRecord) => {
        const district = byCode.get(record.code);
        return district ? metricText(metric, district) : '0';
      },
    })),
  ];
}

/** The 20 arrondissements with every figure, and a link to each one's details. */
function DistrictTable({
  districts,
  activeCode,
}: {
  districts: readonly DashboardDistrict[];
  activeCode: string | undefined;
}) {
  const { t } = useTranslation();
  const ordinal = useOrdinal();
  const metricText = useMetricText();
  const byCode = new Map(districts.map((district) => [district.districtCode, district]));
  return (
    // Wider than a phone: it scrolls sideways inside its own box, reachable with the keyboard.
    <div
      role="region"
      aria-labelledby={`${DISTRICT_TABLE_ID}-caption`}
      tabIndex={0}
      style={{ overflowX: 'auto' }}
    >
      <Table striped withTableBorder verticalSpacing="xs" id={DISTRICT_TABLE_ID} miw={880}>
        <caption
          id={`${DISTRICT_TABLE_ID}-caption`}
          style={{ captionSide: 'top', textAlign: 'start', fontWeight: 600 }}
        >
          {t('dashboard.map.tableCaption')}
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" style={{ verticalAlign: 'bottom' }}>
              {t('dashboard.map.district')}
            </Table.Th>
            {DISTRICT_METRICS.map((metric) => (
              <Table.Th key={metric} scope="col" style={NUMBER_HEADER}>
                {t(`dashboard.metrics.${metric}`)}
              </Table.Th>
            ))}
            <Table.Th scope="col" style={{ verticalAlign: 'bottom' }}>
              {t('dashboard.map.detail')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {districtRecords.map((record) => {
            const district = byCode.get(record.code);
            return (
              <Table.Tr
                key={record.code}
                data-testid="dashboard-district-row"
                aria-current={record.code === activeCode ? 'true' : undefined}
                fw={record.code === activeCode ? 700 : undefined}
              >
                {/* "18e arrondissement" on one line, its name below it: the column stays narrow. */}
                <Table.Th scope="row" fw="inherit">
                  <Text component="span" display="block" fw="inherit" style={{ whiteSpace: 'nowrap' }}>
                    {t('district.label', { ordinal: ordinal(record.number) })}
                  </Text>
                  <Text component="span" display="block" size="sm" c="gray.7" fw="normal">
                    {record.name}
                  </Text>
                </Table.Th>
                {DISTRICT_METRICS.map((metric) => (
                  <Table.Td key={metric} style={NUMBER_CELL}>
                    {district ? metricText(metric, district) : '0'}
                  </Table.Td>
                ))}
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Anchor component={Link} to={districtPath(record.code)} state={FOCUS_DISTRICT}>
                    {t('dashboard.map.see', { ordinal: ordinal(record.number) })}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </div>
  );
}

export interface DistrictMapSectionProps {
  districts: readonly DashboardDistrict[];
  metric: MapMetric;
  onMetricChange: (metric: MapMetric) => void;
  /** The arrondissement shown in detail, outlined on the map. */
  activeCode: string | undefined;
  /** An arrondissement clicked on the map. */
  onSelect: (code: string, state: DistrictNavigationState) => void;
}

/**
 * "Carte des arrondissements": the hosting overview's figures map (shared), a radio group choosing its figure,
 * and the same figures, all of them, as a table with a link to each arrondissement.
 */
export function DistrictMapSection({
  districts,
  metric,
  onMetricChange,
  activeCode,
  onSelect,
}: DistrictMapSectionProps) {
  const { t } = useTranslation();
  const mapLabel = useMapLabel();
  const csvColumns = useDistrictCsvColumns(districts);
  const figures = Object.fromEntries(
    districts.map((district) => [
      district.districtCode,
      metric === 'donationsCents' ? centsToWholeEuros(district.donationsCents) : district[metric],
    ]),
  );

  // The shared map takes no click handler: its shapes carry their postal code, read here.
  const handleMapClick = (event: MouseEvent<HTMLDivElement>) => {
    const target = event.target instanceof Element ? event.target.closest('[data-district-code]') : null;
    const code = target?.getAttribute('data-district-code');
    if (code) onSelect(code, FOCUS_DISTRICT);
  };

  return (
    <section aria-labelledby="dashboard-map-heading">
      <Title order={2} size="h3" id="dashboard-map-heading" mb="xs">
        {t('dashboard.map.title')}
      </Title>
      <Text c="gray.7" mb="sm">
        {t('dashboard.map.help')}
      </Text>
      <Stack gap="lg">
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Radio.Group
              label={t('dashboard.map.metric')}
              name="dashboard-map-metric"
              value={metric}
              onChange={(value) => {
                if (isMapMetric(value)) onMetricChange(value);
              }}
            >
              <SimpleGrid cols={{ base: 1, xs: 2, md: 1 }} spacing="xs" mt="xs">
                {MAP_METRICS.map((value) => (
                  <Radio key={value} value={value} label={t(`dashboard.metrics.${value}`)} />
                ))}
              </SimpleGrid>
            </Radio.Group>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Paper withBorder p="sm">
              <div className={classes.clickable} onClick={handleMapClick} data-testid="dashboard-map">
                {activeCode ? (
                  // Outlines the arrondissement shown (a checked postal code, nothing else, goes in).
                  <style>{`.${classes.clickable} path[data-district-code="${activeCode}"] { stroke: var(--mantine-color-orange-9); stroke-width: 6; }`}</style>
                ) : null}
                <DistrictFiguresMap
                  figures={figures}
                  metricLabel={mapLabel(metric)}
                  tableId={DISTRICT_TABLE_ID}
                />
              </div>
            </Paper>
          </Grid.Col>
        </Grid>
        <Stack gap="xs">
          <ExportCsvButton
            filename="tableau-de-bord-arrondissements"
            subject={t('dashboard.map.tableCaption')}
            columns={csvColumns}
            rows={districtRecords}
          />
          <DistrictTable districts={districts} activeCode={activeCode} />
        </Stack>
      </Stack>
    </section>
  );
}
