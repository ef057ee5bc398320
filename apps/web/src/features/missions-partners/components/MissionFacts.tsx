import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { PartnerMissionFieldsFragment, PartnerMissionShiftFieldsFragment } from '../../../gql/graphql';
import { Facts } from '../../../components/Facts';
import { useDistrictName } from '../../items/utils/format';
import { useMissionsFormat } from '../utils/format';

type Mission = PartnerMissionFieldsFragment;

/** "Acceptés : 1 / 3" for a shift, with its day and times. */
export function ShiftLine({ shift }: { shift: PartnerMissionShiftFieldsFragment }) {
  const { t } = useTranslation();
  const format = useMissionsFormat();
  const full = shift.accepted >= shift.capacity;
  return (
    <Group gap="xs" wrap="wrap" data-testid="mission-shift">
      <Text size="sm">{format.shift(shift)}</Text>
      <Text size="sm" fw={600}>
        {t('missionsPartners.missions.accepted', { accepted: shift.accepted, capacity: shift.capacity })}
      </Text>
      {full ? (
        <Badge color="gray.8" variant="filled" size="sm">
          {t('missionsPartners.missions.full')}
        </Badge>
      ) : null}
    </Group>
  );
}

/** When a mission happens: its shifts with their places, or its weekly slot. */
export function MissionSchedule({ mission }: { mission: Mission }) {
  const { t } = useTranslation();
  const format = useMissionsFormat();
  if (mission.schedule === 'WEEKLY') {
    return mission.weeklySlot && mission.weeklyStarts && mission.weeklyEnds ? (
      <Text size="sm" data-testid="mission-weekly">
        {format.weekly(mission.weeklySlot, mission.weeklyStarts, mission.weeklyEnds)}
      </Text>
    ) : null;
  }
  if (mission.shifts.length === 0) {
    return (
      <Text size="sm" c="gray.7">
        {t('missionsPartners.missions.noShift')}
      </Text>
    );
  }
  return (
    <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }}>
      {mission.shifts.map((shift) => (
        <li key={shift.id}>
          <ShiftLine shift={shift} />
        </li>
      ))}
    </Stack>
  );
}

/** A mission's place, languages and contact in words, as its card says them. */
export function useMissionFactLines() {
  const { t } = useTranslation();
  const format = useMissionsFormat();
  const districtName = useDistrictName();
  return {
    place: (mission: Mission) =>
      mission.remote || !mission.districtCode
        ? t('missionsPartners.form.remote')
        : districtName(mission.districtCode),
    languages: (mission: Mission) =>
      mission.languages.length > 0
        ? format.languages(mission.languages)
        : t('missionsPartners.missions.noLanguage'),
    contact: (mission: Mission) =>
      t('missionsPartners.missions.contactValue', { name: mission.contactName, email: mission.contactEmail }),
  };
}

/** What the association published about a mission, in words. */
export function MissionFacts({ mission }: { mission: Mission }) {
  const { t } = useTranslation();
  const lines = useMissionFactLines();
  const openTo = [
    mission.forSolidarityReserve ? t('missionsPartners.missions.solidarityReserve') : null,
    mission.forCivicService ? t('missionsPartners.missions.civicService') : null,
  ].filter(Boolean);
  return (
    <Facts
      facts={[
        {
          label: t('missionsPartners.missions.place'),
          value: lines.place(mission),
        },
        {
          label: t('missionsPartners.missions.languages'),
          value: lines.languages(mission),
        },
        mission.skills.length > 0 && {
          label: t('missionsPartners.missions.skills'),
          value: mission.skills.join(', '),
        },
        mission.minimumCommitment && {
          label: t('missionsPartners.missions.minimumCommitment'),
          value: mission.minimumCommitment,
        },
        {
          label: t('missionsPartners.missions.contact'),
          value: lines.contact(mission),
        },
        openTo.length > 0 && { label: t('missionsPartners.missions.openTo'), value: openTo.join(' · ') },
      ]}
    />
  );
}
