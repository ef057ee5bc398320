import { useTranslation } from 'react-i18next';

import type {
  PartnerMissionApplicationFieldsFragment,
  PartnerMissionFieldsFragment,
} from '../../../gql/graphql';
import type { CsvColumn } from '../../../utils/csv';
import { useMissionFactLines } from '../components/MissionFacts';
import { useKindName, useMissionsFormat } from '../utils/format';

type Mission = PartnerMissionFieldsFragment;

/** The association's missions in an export: what, where, when (with the places taken), and who to contact. */
export function usePartnerMissionCsvColumns(): CsvColumn<Mission>[] {
  const { t } = useTranslation();
  const format = useMissionsFormat();
  const kindName = useKindName();
  const lines = useMissionFactLines();
  const schedule = (mission: Mission) => {
    if (mission.schedule === 'WEEKLY') {
      return mission.weeklySlot && mission.weeklyStarts && mission.weeklyEnds
        ? format.weekly(mission.weeklySlot, mission.weeklyStarts, mission.weeklyEnds)
        : null;
    }
    if (mission.shifts.length === 0) return t('missionsPartners.missions.noShift');
    return mission.shifts
      .map(
        (shift) =>
          `${format.shift(shift)} · ${t('missionsPartners.missions.accepted', { accepted: shift.accepted, capacity: shift.capacity })}`,
      )
      .join(' ; ');
  };
  const header = (key: string) => t(`missionsPartners.missions.${key}`);
  return [
    { header: header('csv.mission'), value: (mission) => mission.title },
    {
      header: header('csv.status'),
      value: (mission) => t(`missionsPartners.missionStatus.${mission.status}`),
    },
    { header: header('csv.kind'), value: (mission) => kindName(mission.kind) },
    { header: header('place'), value: lines.place },
    { header: header('languages'), value: lines.languages },
    { header: header('csv.schedule'), value: schedule },
    { header: header('contact'), value: lines.contact },
  ];
}

/**
 * The applications to a mission: who, where it stands, how to reach them, which shift, since when; neither the
 * message nor the volunteer's profile.
 */
export function useApplicationCsvColumns(): CsvColumn<PartnerMissionApplicationFieldsFragment>[] {
  const { t } = useTranslation();
  const format = useMissionsFormat();
  const header = (key: string) => t(`missionsPartners.applications.${key}`);
  return [
    { header: header('csv.volunteer'), value: (application) => application.volunteer.displayName },
    {
      header: header('csv.status'),
      value: (application) => t(`missionsPartners.applicationStatus.${application.status}`),
    },
    { header: header('email'), value: (application) => application.volunteer.email },
    {
      header: header('shift'),
      value: (application) => (application.shift ? format.shift(application.shift) : null),
    },
    { header: header('appliedOn'), value: (application) => format.date(application.createdAt) },
  ];
}
