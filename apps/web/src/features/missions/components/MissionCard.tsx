import { Anchor, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { MissionFieldsFragment } from '../../../gql/graphql';
import { useHalfDayName, useLanguagesLine, usePlace, useShiftWhen } from '../utils/format';
import { MissionBadges } from './MissionBadges';

/** How many shifts a card lists; the page of the mission has them all. */
export const CARD_SHIFTS = 3;

/** A weekly mission's slot in words ("Chaque samedi matin, 10:00 – 12:00"), or null. */
export function useWeeklyLine(): (mission: MissionFieldsFragment) => string | null {
  const { t } = useTranslation();
  const halfDayName = useHalfDayName();
  return (mission) =>
    mission.weeklySlot
      ? t('missions.card.weekly', {
          slot: halfDayName(mission.weeklySlot),
          time: t('missions.timeRange', { start: mission.weeklyStarts, end: mission.weeklyEnds }),
        })
      : null;
}

/** The places left on a shift: "2 places restantes", or "complet". */
export function useShiftPlaces(): (shift: MissionFieldsFragment['shifts'][number]) => string {
  const { t } = useTranslation();
  return (shift) =>
    shift.remaining > 0 ? t('missions.card.remaining', { count: shift.remaining }) : t('missions.card.full');
}

/** When a mission happens: its next shifts with the places left, or its weekly slot. */
export function MissionSchedule({ mission }: { mission: MissionFieldsFragment }) {
  const { t } = useTranslation();
  const weeklyLine = useWeeklyLine();
  const shiftPlaces = useShiftPlaces();
  const shiftWhen = useShiftWhen();

  if (mission.schedule === 'WEEKLY') {
    const line = weeklyLine(mission);
    if (!line) return null;
    return (
      <Text size="sm" data-testid="mission-schedule">
        {line}
      </Text>
    );
  }
  if (mission.shifts.length === 0) {
    return (
      <Text size="sm" data-testid="mission-schedule">
        {t('missions.card.noShifts')}
      </Text>
    );
  }
  const more = mission.shifts.length - CARD_SHIFTS;
  return (
    <Stack gap={2} data-testid="mission-schedule">
      <Text size="sm" fw={600}>
        {t('missions.card.nextShifts')}
      </Text>
      <List size="sm" spacing={2}>
        {mission.shifts.slice(0, CARD_SHIFTS).map((shift) => (
          <List.Item key={shift.id} data-testid="mission-shift">
            <time dateTime={shift.startsAt}>{shiftWhen(shift)}</time>
            {' · '}
            {shiftPlaces(shift)}
          </List.Item>
        ))}
      </List>
      {more > 0 ? (
        <Text size="sm" c="gray.7">
          {t('missions.card.moreShifts', { count: more })}
        </Text>
      ) : null}
    </Stack>
  );
}

/** One mission in a list: title, association, kind, where, when, languages; and why it is recommended. */
export function MissionCard({ mission, reason }: { mission: MissionFieldsFragment; reason?: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const place = usePlace();
  const languagesLine = useLanguagesLine();
  return (
    <Card component="article" withBorder padding="md" aria-labelledby={titleId} data-testid="mission">
      <Stack gap="sm">
        <Stack gap={4}>
          <Title order={3} size="h4" id={titleId} style={{ overflowWrap: 'anywhere' }}>
            <Anchor component={Link} to={`/missions/${mission.id}`} inherit>
              {mission.title}
            </Anchor>
          </Title>
          <Text size="sm" c="gray.7" data-testid="mission-organisation">
            {t('missions.card.by', { name: mission.organisation.name })}
          </Text>
        </Stack>
        <MissionBadges mission={mission} />
        <Stack gap={4}>
          <Text size="sm" data-testid="mission-place">
            {t('missions.card.place', { place: place(mission) })}
          </Text>
          {mission.languages.length > 0 ? (
            <Text size="sm" data-testid="mission-languages">
              {t('missions.card.languages', { list: languagesLine(mission.languages) })}
            </Text>
          ) : null}
        </Stack>
        <MissionSchedule mission={mission} />
        {reason ? (
          <Group gap={4} wrap="wrap">
            <Text size="sm" fw={600} c="teal.9">
              {t('missions.recommendations.reasonsLabel')}
            </Text>
            <Text size="sm" c="teal.9" data-testid="recommendation-reason">
              {reason}
            </Text>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}
