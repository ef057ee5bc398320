import { Table, Text, Title } from '@mantine/core';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

import { districtNumber } from '@entraide/shared';

import { useOrdinal } from '../../../i18n/useOrdinal';
import { type CommitmentFigures, isCents, type ReportPeriod } from '../utils/councilReport';
import { useDashboardFormat } from '../utils/format';
import classes from './CommitmentSection.module.css';

const NUMBER_CELL: CSSProperties = {
  textAlign: 'end',
  whiteSpace: 'nowrap',
  fontVariantNumeric: 'tabular-nums',
};
/** Indicator names wrap, so that the table stays as narrow as its figures (phones, A4 paper). */
const NUMBER_HEADER: CSSProperties = { textAlign: 'end', verticalAlign: 'bottom' };

/**
 * "Engagement 11 — Mobilisation citoyenne": the plan's wording, then one table whose columns are the
 * commitment's indicators (at most five) and whose rows are Paris then each arrondissement that has a figure —
 * narrow enough for a phone and for a printed page, every figure shown.
 */
export function CommitmentSection({
  figures,
  period,
}: {
  figures: CommitmentFigures;
  /** The report's period, repeated in the caption (a printed table may stand on its own page). */
  period: ReportPeriod;
}) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const ordinal = useOrdinal();
  const { commitment, indicators, rows } = figures;
  const headingId = `report-commitment-${commitment}`;
  const captionId = `${headingId}-caption`;
  const name = t(`dashboard.report.commitments.${commitment}.name`, { defaultValue: String(commitment) });
  const goal = t(`dashboard.report.commitments.${commitment}.goal`, { defaultValue: '' });

  const text = (indicator: string, value: number | undefined) => {
    if (value === undefined) return t('dashboard.report.none');
    return isCents(indicator) ? format.exactEuros(value) : format.oneDecimal(value);
  };

  return (
    <section aria-labelledby={headingId} className={classes.section} data-testid="report-commitment">
      <Title order={2} size="h3" id={headingId}>
        {t('dashboard.report.commitment', { number: commitment, name })}
      </Title>
      {goal ? (
        <Text c="gray.7" mb="sm">
          {goal}
        </Text>
      ) : null}
      {/* Wider than a small phone at most: it scrolls sideways inside its own box, reachable with the keyboard. */}
      <div role="region" aria-labelledby={captionId} tabIndex={0} className={classes.scroll}>
        <Table striped withTableBorder verticalSpacing="xs" className={classes.table}>
          <caption id={captionId} className={classes.caption}>
            {t('dashboard.report.caption', {
              name,
              from: format.day(period.from),
              to: format.day(period.to),
            })}
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" style={{ verticalAlign: 'bottom' }}>
                {t('dashboard.report.place')}
              </Table.Th>
              {indicators.map((indicator) => (
                <Table.Th key={indicator} scope="col" style={NUMBER_HEADER}>
                  {t(`dashboard.report.indicators.${indicator}`, { defaultValue: indicator })}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr
                key={row.districtCode ?? 'city'}
                fw={row.districtCode === null ? 700 : undefined}
                data-testid="report-row"
              >
                <Table.Th scope="row" fw="inherit" style={{ whiteSpace: 'nowrap' }}>
                  {row.districtCode === null
                    ? t('dashboard.report.city')
                    : t('district.label', { ordinal: ordinal(districtNumber(row.districtCode)) })}
                </Table.Th>
                {indicators.map((indicator) => (
                  <Table.Td key={indicator} style={NUMBER_CELL}>
                    {text(indicator, row.values.get(indicator))}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </section>
  );
}
