import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { QueryStatus } from '../../../components/QueryStatus';
import type { ApplicationStatus, MissionFieldsFragment } from '../../../gql/graphql';
import { useViewer } from '../../identity/hooks/useViewer';
import { useParisFormat } from '../../items/utils/format';
import { ApplyToMission, SignInToApply } from '../components/ApplyToMission';
import { MissionBadges } from '../components/MissionBadges';
import { MISSION_DETAIL_QUERY, VOLUNTEER_APPLICATIONS_QUERY } from '../graphql/missionsOperations';
import { useHalfDayName, useLanguagesLine, usePlace, useResponseTime } from '../utils/format';
import { isNotFound } from '../utils/missionsErrors';

type ActiveStatus = Exclude<ApplicationStatus, 'WITHDRAWN'>;

/** The key of an application in `existing`: its shift, or the weekly mission itself. */
const WEEKLY = 'weekly';

/** My applications to this mission that still stand, by shift (signed-in people only). */
function useMyApplications(missionId: string, signedIn: boolean): Map<string, ActiveStatus> {
  const { data } = useQuery(VOLUNTEER_APPLICATIONS_QUERY, { skip: !signedIn });
  const existing = new Map<string, ActiveStatus>();
  for (const application of data?.myApplications ?? []) {
    if (application.missionId !== missionId || application.status === 'WITHDRAWN') continue;
    existing.set(application.shift?.id ?? WEEKLY, application.status);
  }
  return existing;
}

/** A term and its description, in a description list. */
function Fact({ term, children, testId }: { term: string; children: ReactNode; testId: string }) {
  return (
    <div data-testid={testId}>
      <Text component="dt" size="sm" c="gray.7">
        {term}
      </Text>
      <Text component="dd" m={0} fw={500} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

/** What, where, with which languages and skills, for how long, and how quickly the association answers. */
function MissionFacts({ mission }: { mission: MissionFieldsFragment }) {
  const { t } = useTranslation();
  const place = usePlace();
  const languagesLine = useLanguagesLine();
  const responseTime = useResponseTime();
  const openTo = [
    ...(mission.forSolidarityReserve ? [t('missions.solidarityReserve')] : []),
    ...(mission.forCivicService ? [t('missions.civicService')] : []),
  ];
  return (
    <Stack component="dl" gap="sm" m={0}>
      <Fact term={t('missions.mission.kind')} testId="mission-kind-fact">
        {t(`missions.kinds.${mission.kind}`)}
      </Fact>
      <Fact term={t('missions.mission.place')} testId="mission-place">
        {place(mission)}
      </Fact>
      <Fact term={t('missions.mission.languages')} testId="mission-languages">
        {mission.languages.length > 0 ? languagesLine(mission.languages) : t('missions.mission.noLanguages')}
      </Fact>
      {mission.skills.length > 0 ? (
        <Fact term={t('missions.mission.skills')} testId="mission-skills">
          {mission.skills.join(', ')}
        </Fact>
      ) : null}
      {mission.minimumCommitment ? (
        <Fact term={t('missions.mission.commitment')} testId="mission-commitment">
          {mission.minimumCommitment}
        </Fact>
      ) : null}
      {openTo.length > 0 ? (
        <Fact term={t('missions.mission.openTo')} testId="mission-open-to">
          {openTo.join(', ')}
        </Fact>
      ) : null}
      <Fact term={t('missions.mission.response')} testId="mission-response">
        {responseTime(mission.responseHours)}
      </Fact>
    </Stack>
  );
}

/** One shift: its day and hours, the places left, and "Postuler". */
function ShiftItem({
  mission,
  shift,
  canApply,
  existing,
}: {
  mission: MissionFieldsFragment;
  shift: MissionFieldsFragment['shifts'][number];
  canApply: boolean;
  existing?: ActiveStatus;
}) {
  const { t } = useTranslation();
  const format = useParisFormat();
  const whenId = useId();
  const when = t('missions.mission.shiftTime', {
    date: format.fullDate(shift.startsAt),
    start: format.time(shift.startsAt),
    end: format.time(shift.endsAt),
  });
  const full = shift.remaining <= 0;
  return (
    <Paper component="li" withBorder p="md" data-testid="mission-shift">
      <Stack gap="xs">
        <Text fw={600} id={whenId}>
          <time dateTime={shift.startsAt}>{when}</time>
        </Text>
        <Text size="sm" c={full ? 'red.9' : undefined} data-testid="shift-places">
          {full
            ? t('missions.mission.full')
            : t('missions.mission.remaining', { count: shift.remaining, capacity: shift.capacity })}
        </Text>
        {existing || (canApply && !full) ? (
          <ApplyToMission
            missionId={mission.id}
            shiftId={shift.id}
            when={when}
            describedBy={whenId}
            existing={existing}
          />
        ) : null}
      </Stack>
    </Paper>
  );
}

/** When the mission happens (its shifts, or its weekly slot) and how to apply. */
function MissionWhen({ mission }: { mission: MissionFieldsFragment }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const halfDayName = useHalfDayName();
  const weeklyId = useId();
  const existing = useMyApplications(mission.id, Boolean(viewer));
  const open = mission.status === 'PUBLISHED';
  const canApply = open && Boolean(viewer);

  const intro = !open ? (
    <Alert color="gray.8" variant="outline" role="status">
      <Text c="gray.9">{t('missions.mission.closed')}</Text>
    </Alert>
  ) : viewer === null ? (
    <SignInToApply />
  ) : null;

  if (mission.schedule === 'WEEKLY') {
    const when = mission.weeklySlot
      ? t('missions.mission.weekly', {
          slot: halfDayName(mission.weeklySlot),
          start: mission.weeklyStarts,
          end: mission.weeklyEnds,
        })
      : '';
    const mine = existing.get(WEEKLY);
    return (
      <section aria-labelledby="mission-when-heading">
        <Title order={2} size="h3" id="mission-when-heading" mb="sm">
          {t('missions.mission.weeklyTitle')}
        </Title>
        <Stack gap="md">
          <Text fw={600} id={weeklyId} data-testid="mission-schedule">
            {when}
          </Text>
          {intro}
          {mine || canApply ? (
            <ApplyToMission missionId={mission.id} when={when} describedBy={weeklyId} existing={mine} />
          ) : null}
        </Stack>
      </section>
    );
  }

  return (
    <section aria-labelledby="mission-shifts-heading">
      <Title order={2} size="h3" id="mission-shifts-heading" mb="sm">
        {t('missions.mission.shiftsTitle')}
      </Title>
      <Stack gap="md">
        {intro}
        {mission.shifts.length === 0 ? (
          <Text>{t('missions.mission.noShifts')}</Text>
        ) : (
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {mission.shifts.map((shift) => (
              <ShiftItem
                key={shift.id}
                mission={mission}
                shift={shift}
                canApply={canApply}
                existing={existing.get(shift.id)}
              />
            ))}
          </Stack>
        )}
      </Stack>
    </section>
  );
}

/** `/missions/:id`: one mission, its association and contact, its shifts, and "Postuler" (public). */
export function MissionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, previousData, loading, error } = useQuery(MISSION_DETAIL_QUERY, { variables: { id } });

  const backLink = (
    <Anchor component={Link} to="/missions" size="sm">
      ← {t('missions.mission.back')}
    </Anchor>
  );

  if (isNotFound(error)) {
    const title = t('missions.mission.notFound.title');
    return (
      <Stack gap="md" align="flex-start">
        <title>{t('app.pageTitle', { title })}</title>
        <Title order={1}>{title}</Title>
        <Text>{t('missions.mission.notFound.text')}</Text>
        <Anchor component={Link} to="/missions">
          {t('missions.mission.notFound.link')}
        </Anchor>
      </Stack>
    );
  }

  const mission = data?.mission ?? (error ? previousData?.mission : undefined);
  if (!mission) {
    return (
      <Stack gap="md">
        {backLink}
        <Title order={1}>{t('missions.mission.loadingTitle')}</Title>
        <QueryStatus loading={loading} error={error} />
      </Stack>
    );
  }

  return (
    <Stack gap="xl">
      <title>{t('app.pageTitle', { title: mission.title })}</title>
      <Stack gap="xs">
        {backLink}
        <Title order={1} style={{ overflowWrap: 'anywhere' }}>
          {mission.title}
        </Title>
        <Text c="gray.7" data-testid="mission-organisation">
          {t('missions.mission.by', { name: mission.organisation.name })}
        </Text>
        <MissionBadges mission={mission} />
      </Stack>
      {error ? <QueryStatus loading={false} error={error} /> : null}
      <section aria-labelledby="mission-about-heading">
        <Title order={2} size="h3" id="mission-about-heading" mb="sm">
          {t('missions.mission.about')}
        </Title>
        <Stack gap="md">
          <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }} maw="46rem">
            {mission.description}
          </Text>
          {mission.restricted ? (
            <Alert color="orange.9" variant="outline" title={t('missions.mission.restrictedTitle')}>
              <Text c="gray.9" size="sm">
                {t('missions.restrictedHelp')}
              </Text>
            </Alert>
          ) : null}
          <MissionFacts mission={mission} />
        </Stack>
      </section>
      <section aria-labelledby="mission-contact-heading">
        <Title order={2} size="h3" id="mission-contact-heading" mb="sm">
          {t('missions.mission.contact')}
        </Title>
        <Stack component="dl" gap="sm" m={0}>
          <Fact term={t('missions.mission.contactName')} testId="mission-contact-name">
            {mission.contactName}
          </Fact>
          <Fact term={t('missions.mission.contactEmail')} testId="mission-contact-email">
            <Anchor href={`mailto:${mission.contactEmail}`}>{mission.contactEmail}</Anchor>
          </Fact>
        </Stack>
      </section>
      <MissionWhen mission={mission} />
    </Stack>
  );
}
