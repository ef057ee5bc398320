import { useMutation } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type {
  ApplicationDecision,
  ApplicationStatus,
  PartnerMissionApplicationFieldsFragment,
  PartnerMissionFieldsFragment,
} from '../../../gql/graphql';
import { Facts } from '../../../components/Facts';
import { parisDay, parisToday, useDistrictName } from '../../items/utils/format';
import {
  PARTNER_DECIDE_APPLICATION_MUTATION,
  PARTNER_RECORD_ATTENDANCE_MUTATION,
  PARTNER_RECORD_VETTING_MUTATION,
} from '../graphql/missionsPartnersOperations';
import { isDay, parseHours, shiftHours, sortHalfDays, useMissionsFormat, weeklyHours } from '../utils/format';
import { type MissionsProblem, missionsProblem } from '../utils/missionsErrors';
import { CardForm } from './CardForm';
import { type Notice, NoticeAlert } from './Notice';

type Application = PartnerMissionApplicationFieldsFragment;
type Mission = PartnerMissionFieldsFragment;

/** The API keeps at most this many characters of a reason, and of what was checked. */
export const MAX_REASON_LENGTH = 500;
export const MAX_WHAT_LENGTH = 200;

// Dark shades keep white text above the WCAG AA contrast ratio; the words carry the meaning.
const STATUS_COLORS: Record<ApplicationStatus, string> = {
  APPLIED: 'blue.9',
  ACCEPTED: 'teal.9',
  WAITLISTED: 'violet.9',
  DECLINED: 'red.9',
  WITHDRAWN: 'gray.8',
};

/** Applications to answer first (the late ones at the top), then wait-listed, accepted, declined, withdrawn. */
const STATUS_ORDER: Record<ApplicationStatus, number> = {
  APPLIED: 0,
  WAITLISTED: 1,
  ACCEPTED: 2,
  DECLINED: 3,
  WITHDRAWN: 4,
};

export function sortApplications(applications: readonly Application[]): Application[] {
  return [...applications].sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      Number(b.overdue) - Number(a.overdue) ||
      a.createdAt.localeCompare(b.createdAt),
  );
}

/** At most how many hours a volunteer can give on the application's shift or weekly slot. */
export function maxHours(application: Application, mission: Mission): number | undefined {
  if (application.shift) return shiftHours(application.shift);
  if (mission.weeklyStarts && mission.weeklyEnds)
    return weeklyHours(mission.weeklyStarts, mission.weeklyEnds);
  return undefined;
}

/** The volunteer's profile and application, in words. */
function ApplicationFacts({ application }: { application: Application }) {
  const { t } = useTranslation();
  const format = useMissionsFormat();
  const districtName = useDistrictName();
  const { volunteer } = application;
  const profile = volunteer.profile;
  return (
    <Facts
      facts={[
        {
          label: t('missionsPartners.applications.email'),
          value: <Anchor href={`mailto:${volunteer.email}`}>{volunteer.email}</Anchor>,
        },
        application.shift && {
          label: t('missionsPartners.applications.shift'),
          value: format.shift(application.shift),
          testId: 'application-shift',
        },
        {
          label: t('missionsPartners.applications.appliedOn'),
          value: format.date(application.createdAt),
        },
        application.message && {
          label: t('missionsPartners.applications.message'),
          value: application.message,
        },
        profile && {
          label: t('missionsPartners.applications.languages'),
          value:
            profile.languages.length > 0
              ? format.languages(profile.languages)
              : t('missionsPartners.applications.none'),
          testId: 'application-languages',
        },
        profile && {
          label: t('missionsPartners.applications.skills'),
          value:
            profile.skills.length > 0 ? profile.skills.join(', ') : t('missionsPartners.applications.none'),
        },
        profile && {
          label: t('missionsPartners.applications.availability'),
          value:
            profile.availability.length > 0
              ? sortHalfDays(profile.availability).map(format.halfDay).join(', ')
              : t('missionsPartners.applications.none'),
          testId: 'application-availability',
        },
        profile &&
          profile.districts.length > 0 && {
            label: t('missionsPartners.applications.districts'),
            value: profile.districts.map(districtName).join(', '),
          },
        profile && {
          label: t('missionsPartners.applications.maxHours'),
          value: t('missionsPartners.applications.maxHoursValue', { count: profile.maxHoursPerWeek }),
        },
        application.status === 'DECLINED' &&
          application.declineReason && {
            label: t('missionsPartners.applications.declineReason'),
            value: application.declineReason,
          },
      ]}
    />
  );
}

interface FormProps {
  application: Application;
  mission: Mission;
  name: string;
  onDone: (notice: Notice) => void;
  onCancel: () => void;
}

/** "Refuser": a reason, shown to the volunteer. */
function DeclineForm({ application, name, onDone, onCancel }: FormProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const [problem, setProblem] = useState<MissionsProblem>();
  const [decide, { loading }] = useMutation(PARTNER_DECIDE_APPLICATION_MUTATION, {
    refetchQueries: ['PartnerOrganisationMissions'],
  });

  const handleSubmit = async () => {
    setProblem(undefined);
    const trimmed = reason.trim();
    setReasonError(trimmed ? undefined : t('missionsPartners.errors.reasonRequired'));
    if (!trimmed) return;
    try {
      await decide({ variables: { input: { id: application.id, decision: 'DECLINE', reason: trimmed } } });
      onDone({ done: t('missionsPartners.applications.declined', { name }) });
    } catch (error: unknown) {
      setProblem(missionsProblem(error));
    }
  };

  return (
    <CardForm
      label={t('missionsPartners.applications.declineForm', { name })}
      submitLabel={t('missionsPartners.applications.confirmDecline')}
      submitColor="red.9"
      loading={loading}
      problem={problem}
      onSubmit={() => void handleSubmit()}
      onCancel={onCancel}
    >
      <Textarea
        label={t('missionsPartners.applications.reason')}
        description={t('missionsPartners.applications.reasonHelp')}
        name="reason"
        required
        rows={2}
        maxLength={MAX_REASON_LENGTH}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        error={reasonError}
      />
    </CardForm>
  );
}

/** "Enregistrer la vérification": the day and what was seen; the document itself is never stored. */
function VettingForm({ application, mission, name, onDone, onCancel }: FormProps) {
  const { t } = useTranslation();
  const today = parisToday();
  const [checkedOn, setCheckedOn] = useState(today);
  const [what, setWhat] = useState('');
  const [errors, setErrors] = useState<{ checkedOn?: string; what?: string }>({});
  const [problem, setProblem] = useState<MissionsProblem>();
  const [record, { loading }] = useMutation(PARTNER_RECORD_VETTING_MUTATION);

  const handleSubmit = async () => {
    setProblem(undefined);
    const found: { checkedOn?: string; what?: string } = {};
    if (!isDay(checkedOn)) found.checkedOn = t('missionsPartners.errors.dateRequired');
    else if (checkedOn > today) found.checkedOn = t('missionsPartners.errors.dateFuture');
    if (what.trim().length < 3) found.what = t('missionsPartners.errors.whatRequired');
    setErrors(found);
    if (found.checkedOn || found.what) return;
    try {
      await record({
        variables: {
          input: {
            organisationId: mission.organisation.id,
            volunteerId: application.volunteer.id,
            checkedOn,
            what: what.trim(),
          },
        },
      });
      onDone({ done: t('missionsPartners.applications.vettingRecorded', { name }) });
    } catch (error: unknown) {
      setProblem(missionsProblem(error));
    }
  };

  return (
    <CardForm
      label={t('missionsPartners.applications.vettingForm', { name })}
      submitLabel={t('missionsPartners.applications.recordVetting')}
      loading={loading}
      problem={problem}
      onSubmit={() => void handleSubmit()}
      onCancel={onCancel}
    >
      <TextInput
        label={t('missionsPartners.applications.checkedOn')}
        name="checkedOn"
        type="date"
        required
        max={today}
        value={checkedOn}
        onChange={(event) => setCheckedOn(event.currentTarget.value)}
        error={errors.checkedOn}
      />
      <TextInput
        label={t('missionsPartners.applications.what')}
        description={t('missionsPartners.applications.whatHelp')}
        name="what"
        required
        maxLength={MAX_WHAT_LENGTH}
        value={what}
        onChange={(event) => setWhat(event.currentTarget.value)}
        error={errors.what}
      />
      <Text size="sm" c="gray.8">
        {t('missionsPartners.applications.documentNotStored')}
      </Text>
    </CardForm>
  );
}

/** "Présence": the day (the shift's by default), present or not, and the hours (the shift's length by default). */
function AttendanceForm({ application, mission, name, onDone, onCancel }: FormProps) {
  const { t } = useTranslation();
  const format = useMissionsFormat();
  const today = parisToday();
  const most = maxHours(application, mission);
  const [occurredOn, setOccurredOn] = useState(
    application.shift ? parisDay(application.shift.startsAt) : today,
  );
  const [present, setPresent] = useState(true);
  const [hours, setHours] = useState(most === undefined ? '' : String(most));
  const [errors, setErrors] = useState<{ occurredOn?: string; hours?: string }>({});
  const [problem, setProblem] = useState<MissionsProblem>();
  const [record, { loading }] = useMutation(PARTNER_RECORD_ATTENDANCE_MUTATION);

  const handleSubmit = async () => {
    setProblem(undefined);
    const found: { occurredOn?: string; hours?: string } = {};
    if (!isDay(occurredOn)) found.occurredOn = t('missionsPartners.errors.dateRequired');
    else if (occurredOn > today) found.occurredOn = t('missionsPartners.errors.attendanceInAdvance');
    const parsed = present ? parseHours(hours) : 0;
    if (parsed === undefined) found.hours = t('missionsPartners.errors.hoursFormat');
    else if (most !== undefined && parsed > most)
      found.hours = t('missionsPartners.errors.hoursAtMost', { hours: most });
    setErrors(found);
    if (found.occurredOn || found.hours || parsed === undefined) return;
    try {
      await record({
        variables: { input: { applicationId: application.id, occurredOn, present, hours: parsed } },
      });
      onDone({ done: t('missionsPartners.applications.attendanceRecorded', { name }) });
    } catch (error: unknown) {
      setProblem(missionsProblem(error));
    }
  };

  return (
    <CardForm
      label={t('missionsPartners.applications.attendanceForm', { name })}
      submitLabel={t('missionsPartners.applications.recordAttendance')}
      loading={loading}
      problem={problem}
      onSubmit={() => void handleSubmit()}
      onCancel={onCancel}
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <TextInput
          label={t('missionsPartners.applications.occurredOn')}
          name="occurredOn"
          type="date"
          required
          max={today}
          value={occurredOn}
          onChange={(event) => setOccurredOn(event.currentTarget.value)}
          error={errors.occurredOn}
        />
        <Radio.Group
          label={t('missionsPartners.applications.present')}
          name={`present-${application.id}`}
          value={present ? 'yes' : 'no'}
          onChange={(value) => setPresent(value === 'yes')}
        >
          <Group gap="lg" mt="xs">
            <Radio value="yes" label={t('missionsPartners.applications.yes')} />
            <Radio value="no" label={t('missionsPartners.applications.no')} />
          </Group>
        </Radio.Group>
        <TextInput
          label={t('missionsPartners.applications.hours')}
          description={
            most === undefined
              ? undefined
              : t('missionsPartners.applications.hoursHelp', { hours: format.hours(most) })
          }
          name="hours"
          inputMode="decimal"
          required={present}
          disabled={!present}
          value={present ? hours : '0'}
          onChange={(event) => setHours(event.currentTarget.value)}
          error={errors.hours}
        />
      </SimpleGrid>
    </CardForm>
  );
}

type Mode = 'view' | 'decline' | 'vetting' | 'attendance';

/**
 * One volunteer's application: who they are (from their profile), the shift and message; accept, wait-list or
 * decline it; for missions with children or vulnerable people, the vetting; once accepted, the attendance.
 */
export function ApplicationCard({ application, mission }: { application: Application; mission: Mission }) {
  const { t } = useTranslation();
  const format = useMissionsFormat();
  const titleId = useId();
  const [mode, setMode] = useState<Mode>('view');
  const [notice, setNotice] = useState<Notice>();
  const [deciding, setDeciding] = useState<ApplicationDecision>();
  const [decide] = useMutation(PARTNER_DECIDE_APPLICATION_MUTATION, {
    refetchQueries: ['PartnerOrganisationMissions'],
  });
  const { volunteer, status } = application;
  const name = volunteer.displayName;
  const profile = volunteer.profile;
  const canDecide = status === 'APPLIED' || status === 'WAITLISTED';

  const handleDecide = async (decision: 'ACCEPT' | 'WAITLIST') => {
    setNotice(undefined);
    setDeciding(decision);
    try {
      await decide({ variables: { input: { id: application.id, decision } } });
      setNotice({
        done:
          decision === 'ACCEPT'
            ? t('missionsPartners.applications.accepted', { name })
            : t('missionsPartners.applications.waitlisted', { name }),
      });
    } catch (error: unknown) {
      setNotice({ problem: missionsProblem(error) });
    } finally {
      setDeciding(undefined);
    }
  };

  const done = (result: Notice) => {
    setMode('view');
    setNotice(result);
  };
  const formProps = { application, mission, name, onDone: done, onCancel: () => setMode('view') };

  return (
    <Card component="article" withBorder padding="md" aria-labelledby={titleId} data-testid="application">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Title order={3} size="h4" id={titleId} style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
            {name}
          </Title>
          <Group gap="xs">
            {application.overdue ? (
              <Badge color="orange.9" variant="filled">
                {t('missionsPartners.applications.overdue')}
              </Badge>
            ) : null}
            <Badge color={STATUS_COLORS[status]} variant="filled" data-testid="application-status">
              {t(`missionsPartners.applicationStatus.${status}`)}
            </Badge>
          </Group>
        </Group>
        {profile && (profile.solidarityReserve || profile.civicService) ? (
          <Group gap="xs">
            {profile.solidarityReserve ? (
              <Badge color="indigo.9" variant="outline">
                {t('missionsPartners.missions.solidarityReserve')}
              </Badge>
            ) : null}
            {profile.civicService ? (
              <Badge color="indigo.9" variant="outline">
                {t('missionsPartners.missions.civicService')}
              </Badge>
            ) : null}
          </Group>
        ) : null}
        {profile ? null : (
          <Text size="sm" c="gray.7">
            {t('missionsPartners.applications.noProfile')}
          </Text>
        )}
        <ApplicationFacts application={application} />
        {mission.restricted ? (
          <Text
            size="sm"
            fw={600}
            c={volunteer.vettedOn ? 'teal.9' : 'red.9'}
            data-testid="application-vetting"
          >
            {volunteer.vettedOn
              ? t('missionsPartners.applications.vettedOn', { date: format.day(volunteer.vettedOn) })
              : t('missionsPartners.applications.notVetted')}
          </Text>
        ) : null}
        {status === 'ACCEPTED' ? (
          <section aria-label={t('missionsPartners.applications.attendanceTitle', { name })}>
            <Text size="sm" fw={600}>
              {t('missionsPartners.applications.attendance')}
            </Text>
            {application.attendance.length === 0 ? (
              <Text size="sm" c="gray.7">
                {t('missionsPartners.applications.noAttendance')}
              </Text>
            ) : (
              <Stack component="ul" gap={2} m={0} pl="md" data-testid="application-attendance">
                {application.attendance.map((entry) => (
                  <Text component="li" size="sm" key={entry.id}>
                    {entry.present
                      ? t('missionsPartners.applications.presentOn', {
                          date: format.day(entry.occurredOn),
                          hours: format.hours(entry.hours),
                        })
                      : t('missionsPartners.applications.absentOn', { date: format.day(entry.occurredOn) })}
                  </Text>
                ))}
              </Stack>
            )}
          </section>
        ) : null}
        <NoticeAlert notice={notice} />
        {mode === 'view' ? (
          <Group gap="sm" wrap="wrap">
            {canDecide ? (
              <>
                <Button
                  color="teal.9"
                  loading={deciding === 'ACCEPT'}
                  disabled={deciding !== undefined}
                  onClick={() => void handleDecide('ACCEPT')}
                >
                  {t('missionsPartners.applications.accept')}
                </Button>
                {status === 'APPLIED' ? (
                  <Button
                    variant="outline"
                    loading={deciding === 'WAITLIST'}
                    disabled={deciding !== undefined}
                    onClick={() => void handleDecide('WAITLIST')}
                  >
                    {t('missionsPartners.applications.waitlist')}
                  </Button>
                ) : null}
                <Button
                  variant="outline"
                  color="red.9"
                  disabled={deciding !== undefined}
                  onClick={() => {
                    setNotice(undefined);
                    setMode('decline');
                  }}
                >
                  {t('missionsPartners.applications.decline')}
                </Button>
              </>
            ) : null}
            {mission.restricted && (canDecide || status === 'ACCEPTED') ? (
              <Button
                variant="outline"
                onClick={() => {
                  setNotice(undefined);
                  setMode('vetting');
                }}
              >
                {t('missionsPartners.applications.recordVetting')}
              </Button>
            ) : null}
            {status === 'ACCEPTED' ? (
              <Button
                variant="outline"
                onClick={() => {
                  setNotice(undefined);
                  setMode('attendance');
                }}
              >
                {t('missionsPartners.applications.openAttendance')}
              </Button>
            ) : null}
          </Group>
        ) : null}
        {mode === 'decline' ? <DeclineForm {...formProps} /> : null}
        {mode === 'vetting' ? <VettingForm {...formProps} /> : null}
        {mode === 'attendance' ? <AttendanceForm {...formProps} /> : null}
      </Stack>
    </Card>
  );
}
