import { useTranslation } from 'react-i18next';

import type { MissionFieldsFragment } from '../../../gql/graphql';
import type { CsvColumn } from '../../../utils/csv';
import { useShiftPlaces, useWeeklyLine } from '../components/MissionCard';
import { useLanguagesLine, usePlace, useShiftWhen } from '../utils/format';

/** A mission's columns in an export, as its card says it; every shift to come, not only the first three. */
export function useMissionCsvColumns(): CsvColumn<MissionFieldsFragment>[] {
  const { t } = useTranslation();
  const place = usePlace();
  const languagesLine = useLanguagesLine();
  const weeklyLine = useWeeklyLine();
  const shiftWhen = useShiftWhen();
  const shiftPlaces = useShiftPlaces();
  const schedule = (mission: MissionFieldsFragment) => {
    if (mission.schedule === 'WEEKLY') return weeklyLine(mission);
    if (mission.shifts.length === 0) return t('missions.card.noShifts');
    return mission.shifts.map((shift) => `${shiftWhen(shift)} · ${shiftPlaces(shift)}`).join(' ; ');
  };
  return [
    { header: t('missions.csv.mission'), value: (mission) => mission.title },
    { header: t('missions.csv.organisation'), value: (mission) => mission.organisation.name },
    { header: t('missions.search.kind'), value: (mission) => t(`missions.kinds.${mission.kind}`) },
    { header: t('missions.csv.place'), value: place },
    { header: t('missions.csv.languages'), value: (mission) => languagesLine(mission.languages) },
    { header: t('missions.csv.schedule'), value: schedule },
  ];
}
