import type { OpeningSlot } from '@entraide/shared';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useLocale } from '../../../i18n/useLocale';

export interface OpeningHoursTableProps {
  slots: readonly OpeningSlot[];
  caption: string;
}

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** Name of an ISO weekday (1 = Monday) in the given locale, capitalised. */
export function weekdayName(weekday: number, locale: string): string {
  // 1 January 2024 was a Monday.
  const date = new Date(Date.UTC(2024, 0, weekday));
  const name = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(date);
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/** One row per weekday, Monday first, with the opening periods of that day or "closed". */
export function OpeningHoursTable({ slots, caption }: OpeningHoursTableProps) {
  const { t } = useTranslation();
  const locale = useLocale();

  return (
    <Table captionSide="top" striped withRowBorders={false} verticalSpacing={4}>
      <Table.Caption ta="start" fw={600} c="black">
        {caption}
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('openingHours.day')}</Table.Th>
          <Table.Th scope="col">{t('openingHours.hours')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {WEEKDAYS.map((weekday) => {
          const periods = slots
            .filter((slot) => slot.weekday === weekday)
            .sort((a, b) => a.opensAt.localeCompare(b.opensAt))
            .map((slot) =>
              t('openingHours.range', {
                opensAt: slot.opensAt.slice(0, 5),
                closesAt: slot.closesAt.slice(0, 5),
              }),
            );
          return (
            <Table.Tr key={weekday}>
              <Table.Th scope="row" fw={500}>
                {weekdayName(weekday, locale)}
              </Table.Th>
              <Table.Td>{periods.length ? periods.join(', ') : t('openingHours.closed')}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
