import { Table } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { VolunteerHistoryQuery } from '../../../gql/graphql';
import type { CsvColumn } from '../../../utils/csv';
import { useParisFormat } from '../../items/utils/format';
import { useHours } from '../utils/format';

export type VolunteeringHistory = VolunteerHistoryQuery['myVolunteering'];

type VolunteeringRecord = VolunteeringHistory['records'][number];

/** The table's columns in an export: a row per day and mission, the hours as the table writes them. */
export function useVolunteeringCsvColumns(): CsvColumn<VolunteeringRecord>[] {
  const { t } = useTranslation();
  const format = useParisFormat();
  const hours = useHours();
  return [
    { header: t('missions.history.date'), value: (record) => format.day(record.occurredOn) },
    { header: t('missions.history.mission'), value: (record) => record.missionTitle },
    { header: t('missions.history.organisation'), value: (record) => record.organisationName },
    { header: t('missions.history.hours'), value: (record) => hours(record.hours) },
  ];
}

/** The hours given, a row per day and mission, and their total: for the history and the attestation. */
export function VolunteeringTable({
  history,
  caption,
  totalLabel,
}: {
  history: VolunteeringHistory;
  caption: string;
  totalLabel: string;
}) {
  const { t } = useTranslation();
  const format = useParisFormat();
  const hours = useHours();
  const captionId = useId();
  return (
    // Scrolls sideways on a narrow screen, reachable with the keyboard.
    <div role="region" aria-labelledby={captionId} tabIndex={0} style={{ overflowX: 'auto' }}>
      <Table withTableBorder striped verticalSpacing="xs" data-testid="volunteering-table">
        <caption id={captionId} style={{ captionSide: 'top', textAlign: 'start', fontWeight: 600 }}>
          {caption}
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('missions.history.date')}</Table.Th>
            <Table.Th scope="col">{t('missions.history.mission')}</Table.Th>
            <Table.Th scope="col">{t('missions.history.organisation')}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t('missions.history.hours')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {history.records.map((record, index) => (
            <Table.Tr
              key={`${record.occurredOn}-${record.missionTitle}-${index}`}
              data-testid="volunteering-record"
            >
              <Table.Td>
                <time dateTime={record.occurredOn}>{format.day(record.occurredOn)}</time>
              </Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{record.missionTitle}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{record.organisationName}</Table.Td>
              <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                {hours(record.hours)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row" colSpan={3}>
              {totalLabel}
            </Table.Th>
            <Table.Td ta="end" fw={700} style={{ whiteSpace: 'nowrap' }} data-testid="volunteering-total">
              {hours(history.totalHours)}
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </div>
  );
}
