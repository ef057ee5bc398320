import { useMutation } from '@apollo/client/react';
import {
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { IncidentSeverity, PartnerStayFieldsFragment, StayEventKind } from '../../../gql/graphql';
import classes from '../../identity/components/IdentityForm.module.css';
import { ConfirmStep } from '../../items/components/ConfirmStep';
import { parisToday } from '../../items/utils/format';
import {
  PARTNER_END_STAY_MUTATION,
  PARTNER_EXTEND_STAY_MUTATION,
  PARTNER_RECORD_STAY_CHECK_IN_MUTATION,
  PARTNER_REPORT_STAY_INCIDENT_MUTATION,
} from '../graphql/hostingPartnersOperations';
import { addDays, daysBetween, MAX_REASON_LENGTH, useAgeBandsLine, useHostingFormat } from '../utils/format';
import { type HostingProblem, hostingProblem } from '../utils/hostingErrors';
import { Facts } from '../../../components/Facts';
import { PersonLine, useHomeFacts } from './HomeFacts';
import { HostingProblemAlert } from './HostingProblemAlert';
import { type Notice, NoticeAlert } from './Notice';

type Stay = PartnerStayFieldsFragment;
type StayEvent = Stay['events'][number];

/** The API keeps at most this many characters of a note. */
export const MAX_NOTE_LENGTH = 1000;

const SEVERITIES: readonly IncidentSeverity[] = ['LOW', 'MEDIUM', 'HIGH'];

const EVENT_COLORS: Record<StayEventKind, string> = {
  STARTED: 'teal.9',
  CHECK_IN: 'blue.9',
  INCIDENT: 'red.9',
  EXTENSION: 'violet.9',
  ENDED: 'gray.8',
};

function isSeverity(value: string): value is IncidentSeverity {
  return (SEVERITIES as readonly string[]).includes(value);
}

function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value);
}

/** True when the next check-in was due before today (Paris). */
export function isCheckInOverdue(
  stay: Pick<Stay, 'status' | 'nextCheckInDue'>,
  today = parisToday(),
): boolean {
  return stay.status === 'ACTIVE' && stay.nextCheckInDue !== null && stay.nextCheckInDue < today;
}

/** A form of the stay's follow-up: its fields, the problem, submit and cancel; the first field takes the focus. */
function StayForm({
  label,
  submitLabel,
  submitColor,
  loading,
  problem,
  onSubmit,
  onCancel,
  children,
}: {
  label: string;
  submitLabel: string;
  submitColor?: string;
  loading: boolean;
  problem: HostingProblem | undefined;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus(), []);
  return (
    <Paper withBorder p="md" bg="gray.0">
      <form
        ref={formRef}
        noValidate
        className={classes.form}
        aria-label={label}
        onSubmit={(event: FormEvent<HTMLFormElement>) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <Stack gap="sm">
          {children}
          <HostingProblemAlert problem={problem} />
          <Group gap="sm">
            <Button type="submit" color={submitColor} loading={loading}>
              {submitLabel}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('hostingPartners.reason.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

interface FormProps {
  stay: Stay;
  alias: string;
  onDone: (notice: Notice) => void;
  onCancel: () => void;
}

/** Report the problem on the form, or above the list when the stay changed meanwhile (ended elsewhere). */
function useFormProblem(onDone: (notice: Notice) => void) {
  const [problem, setProblem] = useState<HostingProblem>();
  const fail = (error: unknown) => {
    const found = hostingProblem(error);
    if (found.stale) onDone({ problem: found });
    else setProblem(found);
  };
  return { problem, setProblem, fail };
}

/** "Point de suivi": the day and what was said. */
function CheckInForm({ stay, alias, onDone, onCancel }: FormProps) {
  const { t } = useTranslation();
  const today = parisToday();
  const [on, setOn] = useState(today);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ on?: string; note?: string }>({});
  const { problem, setProblem, fail } = useFormProblem(onDone);
  const [record, { loading }] = useMutation(PARTNER_RECORD_STAY_CHECK_IN_MUTATION);

  const handleSubmit = async () => {
    setProblem(undefined);
    const found: { on?: string; note?: string } = {};
    if (!isDay(on)) found.on = t('hostingPartners.errors.dateRequired');
    else if (on > today) found.on = t('hostingPartners.errors.dateFuture');
    if (!note.trim()) found.note = t('hostingPartners.errors.noteRequired');
    setErrors(found);
    if (found.on || found.note) return;
    try {
      await record({ variables: { input: { stayId: stay.id, on, note: note.trim() } } });
      onDone({ done: t('hostingPartners.stays.checkInRecorded', { alias }) });
    } catch (error: unknown) {
      fail(error);
    }
  };

  return (
    <StayForm
      label={t('hostingPartners.stays.checkInForm', { alias })}
      submitLabel={t('hostingPartners.stays.recordCheckIn')}
      loading={loading}
      problem={problem}
      onSubmit={() => void handleSubmit()}
      onCancel={onCancel}
    >
      <TextInput
        label={t('hostingPartners.stays.date')}
        name="on"
        type="date"
        required
        min={stay.startsOn}
        max={today}
        value={on}
        onChange={(event) => setOn(event.currentTarget.value)}
        error={errors.on}
      />
      <Textarea
        label={t('hostingPartners.stays.checkInNote')}
        description={t('hostingPartners.stays.checkInNoteHelp')}
        name="note"
        required
        rows={3}
        maxLength={MAX_NOTE_LENGTH}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        error={errors.note}
      />
    </StayForm>
  );
}

/** "Incident": how serious, when, and what happened. */
function IncidentForm({ stay, alias, onDone, onCancel }: FormProps) {
  const { t } = useTranslation();
  const today = parisToday();
  const [severity, setSeverity] = useState<IncidentSeverity>('LOW');
  const [on, setOn] = useState(today);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ on?: string; note?: string }>({});
  const { problem, setProblem, fail } = useFormProblem(onDone);
  const [report, { loading }] = useMutation(PARTNER_REPORT_STAY_INCIDENT_MUTATION);

  const handleSubmit = async () => {
    setProblem(undefined);
    const found: { on?: string; note?: string } = {};
    if (!isDay(on)) found.on = t('hostingPartners.errors.dateRequired');
    else if (on > today) found.on = t('hostingPartners.errors.dateFuture');
    if (!note.trim()) found.note = t('hostingPartners.errors.noteRequired');
    setErrors(found);
    if (found.on || found.note) return;
    try {
      await report({ variables: { input: { stayId: stay.id, severity, on, note: note.trim() } } });
      onDone({ done: t('hostingPartners.stays.incidentReported', { alias }) });
    } catch (error: unknown) {
      fail(error);
    }
  };

  return (
    <StayForm
      label={t('hostingPartners.stays.incidentForm', { alias })}
      submitLabel={t('hostingPartners.stays.reportIncident')}
      submitColor="red.9"
      loading={loading}
      problem={problem}
      onSubmit={() => void handleSubmit()}
      onCancel={onCancel}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <NativeSelect
          label={t('hostingPartners.stays.severity')}
          name="severity"
          value={severity}
          onChange={(event) => {
            const { value } = event.currentTarget;
            if (isSeverity(value)) setSeverity(value);
          }}
          data={SEVERITIES.map((value) => ({ value, label: t(`hostingPartners.severity.${value}`) }))}
        />
        <TextInput
          label={t('hostingPartners.stays.date')}
          name="on"
          type="date"
          required
          min={stay.startsOn}
          max={today}
          value={on}
          onChange={(event) => setOn(event.currentTarget.value)}
          error={errors.on}
        />
      </SimpleGrid>
      <Textarea
        label={t('hostingPartners.stays.incidentNote')}
        description={t('hostingPartners.stays.incidentNoteHelp')}
        name="note"
        required
        rows={3}
        maxLength={MAX_NOTE_LENGTH}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        error={errors.note}
      />
    </StayForm>
  );
}

/** "Prolonger": a later planned end, within the host's availability, and why. */
function ExtendForm({ stay, alias, onDone, onCancel }: FormProps) {
  const { t } = useTranslation();
  const [plannedEndOn, setPlannedEndOn] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();
  const { problem, setProblem, fail } = useFormProblem(onDone);
  const [extend, { loading }] = useMutation(PARTNER_EXTEND_STAY_MUTATION);

  const handleSubmit = async () => {
    setProblem(undefined);
    const found = !isDay(plannedEndOn)
      ? t('hostingPartners.errors.dateRequired')
      : plannedEndOn <= stay.plannedEndOn
        ? t('hostingPartners.errors.extendNotLater', { date: stay.plannedEndOn })
        : undefined;
    setError(found);
    if (found) return;
    try {
      await extend({
        variables: {
          input: { stayId: stay.id, plannedEndOn, ...(note.trim() ? { note: note.trim() } : {}) },
        },
      });
      onDone({ done: t('hostingPartners.stays.extended', { alias }) });
    } catch (caught: unknown) {
      fail(caught);
    }
  };

  return (
    <StayForm
      label={t('hostingPartners.stays.extendForm', { alias })}
      submitLabel={t('hostingPartners.stays.confirmExtend')}
      loading={loading}
      problem={problem}
      onSubmit={() => void handleSubmit()}
      onCancel={onCancel}
    >
      <TextInput
        label={t('hostingPartners.stays.newEnd')}
        description={
          stay.host.availableUntil
            ? t('hostingPartners.stays.newEndHelp', { count: stay.host.maxStayDays })
            : t('hostingPartners.stays.newEndHelpOpen', { count: stay.host.maxStayDays })
        }
        name="plannedEndOn"
        type="date"
        required
        min={addDays(stay.plannedEndOn, 1)}
        max={stay.host.availableUntil ?? undefined}
        value={plannedEndOn}
        onChange={(event) => setPlannedEndOn(event.currentTarget.value)}
        error={error}
      />
      <Textarea
        label={t('hostingPartners.stays.extendNote')}
        description={t('hostingPartners.stays.optional')}
        name="note"
        rows={2}
        maxLength={MAX_NOTE_LENGTH}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
      />
    </StayForm>
  );
}

/** "Mettre fin au séjour": the last day and why, then a confirmation. */
function EndForm({ stay, alias, onDone, onCancel }: FormProps) {
  const { t } = useTranslation();
  const today = parisToday();
  const [endedOn, setEndedOn] = useState(today);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ endedOn?: string; reason?: string }>({});
  const [confirming, setConfirming] = useState(false);
  const { problem, setProblem, fail } = useFormProblem(onDone);
  const [end, { loading }] = useMutation(PARTNER_END_STAY_MUTATION, {
    refetchQueries: ['PartnerHostingRequests'],
  });

  const handleSubmit = () => {
    setProblem(undefined);
    const found: { endedOn?: string; reason?: string } = {};
    if (!isDay(endedOn)) found.endedOn = t('hostingPartners.errors.dateRequired');
    else if (endedOn > today) found.endedOn = t('hostingPartners.errors.dateFuture');
    else if (endedOn < stay.startsOn)
      found.endedOn = t('hostingPartners.errors.endBeforeStayStart', { date: stay.startsOn });
    if (!reason.trim()) found.reason = t('hostingPartners.errors.reasonRequired');
    setErrors(found);
    if (!found.endedOn && !found.reason) setConfirming(true);
  };

  const handleConfirm = async () => {
    try {
      await end({ variables: { input: { stayId: stay.id, endedOn, reason: reason.trim() } } });
      onDone({ done: t('hostingPartners.stays.ended', { alias }) });
    } catch (error: unknown) {
      setConfirming(false);
      fail(error);
    }
  };

  const early = isDay(endedOn) && endedOn < stay.plannedEndOn;

  return (
    <Stack gap="sm">
      <StayForm
        label={t('hostingPartners.stays.endForm', { alias })}
        submitLabel={t('hostingPartners.stays.end')}
        submitColor="red.9"
        loading={false}
        problem={problem}
        onSubmit={handleSubmit}
        onCancel={onCancel}
      >
        <TextInput
          label={t('hostingPartners.stays.endedOn')}
          name="endedOn"
          type="date"
          required
          min={stay.startsOn}
          max={today}
          value={endedOn}
          onChange={(event) => {
            setEndedOn(event.currentTarget.value);
            setConfirming(false);
          }}
          error={errors.endedOn}
        />
        <Textarea
          label={t('hostingPartners.stays.endReason')}
          name="reason"
          required
          rows={2}
          maxLength={MAX_REASON_LENGTH}
          value={reason}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setConfirming(false);
          }}
          error={errors.reason}
        />
      </StayForm>
      {confirming ? (
        <ConfirmStep
          title={t('hostingPartners.stays.confirmEndTitle')}
          text={
            early ? t('hostingPartners.stays.confirmEndEarly') : t('hostingPartners.stays.confirmEndText')
          }
          confirmLabel={t('hostingPartners.stays.confirmEnd')}
          keepLabel={t('hostingPartners.stays.keepStay')}
          loading={loading}
          onConfirm={() => void handleConfirm()}
          onKeep={() => setConfirming(false)}
        />
      ) : null}
    </Stack>
  );
}

/** One entry of the follow-up log. */
function EventItem({ event }: { event: StayEvent }) {
  const { t } = useTranslation();
  const format = useHostingFormat();
  const title =
    event.kind === 'INCIDENT' && event.severity
      ? t('hostingPartners.events.incidentWithSeverity', {
          severity: t(`hostingPartners.severity.${event.severity}`),
        })
      : event.kind === 'EXTENSION' && event.newEndOn
        ? t('hostingPartners.events.extensionUntil', { date: format.day(event.newEndOn) })
        : t(`hostingPartners.events.${event.kind}`);
  return (
    <li data-testid="stay-event">
      <Group gap="xs" wrap="wrap" align="baseline">
        <Text size="sm" fw={600}>
          <time dateTime={event.occurredOn}>{format.day(event.occurredOn)}</time>
        </Text>
        <Badge color={EVENT_COLORS[event.kind]} variant="filled" size="sm">
          {title}
        </Badge>
      </Group>
      {event.note ? (
        <Text size="sm" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}>
          {event.note}
        </Text>
      ) : null}
      {event.recordedBy ? (
        <Text size="xs" c="gray.7">
          {t('hostingPartners.events.recordedBy', { name: event.recordedBy })}
        </Text>
      ) : null}
    </li>
  );
}

function sortEvents(events: readonly StayEvent[]): StayEvent[] {
  return [...events].sort(
    (a, b) => a.occurredOn.localeCompare(b.occurredOn) || a.createdAt.localeCompare(b.createdAt),
  );
}

type Mode = 'view' | 'checkIn' | 'incident' | 'extend' | 'end';

/** A stay's household (its size and ages, never a name) and its dates in words, as its card says them. */
export function useStayLines() {
  const { t } = useTranslation();
  const format = useHostingFormat();
  const ageBandsLine = useAgeBandsLine();
  return {
    household: (stay: Stay) =>
      t('hostingPartners.proposals.householdLine', {
        count: stay.household.size,
        bands: ageBandsLine(stay.household.ageBands),
      }),
    dates: (stay: Stay) =>
      t('hostingPartners.stays.datesValue', {
        from: format.day(stay.startsOn),
        until: format.day(stay.plannedEndOn),
      }),
  };
}

export interface StayCardProps {
  stay: Stay;
  alias: string | undefined;
  onNotice: (notice: Notice) => void;
}

/** One stay: the household, the host and the home, the dates, the next check-in, the log, and the follow-up. */
export function StayCard({ stay, alias, onNotice }: StayCardProps) {
  const { t } = useTranslation();
  const format = useHostingFormat();
  const lines = useStayLines();
  const homeFacts = useHomeFacts();
  const titleId = useId();
  const timelineId = useId();
  const [mode, setMode] = useState<Mode>('view');
  const [notice, setNotice] = useState<Notice>();
  const name = alias ?? t('hostingPartners.proposals.unknownHousehold');
  const active = stay.status === 'ACTIVE';
  const today = parisToday();
  const overdue = isCheckInOverdue(stay, today);

  const done = (next: Notice) => {
    setMode('view');
    if ('problem' in next) onNotice(next);
    else setNotice(next);
  };
  const open = (next: Mode) => {
    setNotice(undefined);
    setMode(next);
  };

  return (
    <Card component="article" withBorder padding="md" aria-labelledby={titleId} data-testid="stay">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Title order={3} size="h4" id={titleId} style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
            {name}
          </Title>
          <Group gap="xs">
            {overdue ? (
              <Badge color="red.9" variant="filled">
                {t('hostingPartners.stays.overdueBadge')}
              </Badge>
            ) : null}
            <Badge color={active ? 'teal.9' : 'gray.8'} variant="filled" data-testid="stay-status">
              {t(`hostingPartners.stayStatus.${stay.status}`)}
            </Badge>
          </Group>
        </Group>
        <Text size="sm" c="gray.7">
          {lines.household(stay)}
        </Text>
        <Facts
          facts={[
            {
              label: t('hostingPartners.stays.dates'),
              value: lines.dates(stay),
              testId: 'stay-dates',
            },
            {
              label: t('hostingPartners.stays.agreement'),
              value: format.day(stay.agreementSignedOn),
            },
            active &&
              stay.nextCheckInDue && {
                label: t('hostingPartners.stays.nextCheckIn'),
                value: overdue ? (
                  <Text component="span" size="sm" c="red.9" fw={700}>
                    {t('hostingPartners.stays.overdue', {
                      date: format.day(stay.nextCheckInDue),
                      count: daysBetween(stay.nextCheckInDue, today),
                    })}
                  </Text>
                ) : (
                  format.day(stay.nextCheckInDue)
                ),
                testId: 'stay-next-check-in',
              },
            stay.host.host && {
              label: t('hostingPartners.home.host'),
              value: <PersonLine person={stay.host.host} />,
              testId: 'stay-host',
            },
            stay.host.address && {
              label: t('hostingPartners.home.address'),
              value: stay.host.address,
              testId: 'stay-address',
            },
            stay.status === 'ENDED' &&
              stay.endedOn && {
                label: t('hostingPartners.stays.endedOnLabel'),
                value: [
                  format.day(stay.endedOn),
                  stay.endedEarly ? t('hostingPartners.stays.endedEarly') : null,
                  stay.endedBySide ? t(`hostingPartners.stays.endedBy.${stay.endedBySide}`) : null,
                ]
                  .filter(Boolean)
                  .join(' · '),
                testId: 'stay-ended',
              },
            stay.status === 'ENDED' &&
              stay.endReason && { label: t('hostingPartners.stays.endReason'), value: stay.endReason },
          ]}
        />
        <details>
          <summary>
            <Text component="span" size="sm" fw={600}>
              {t('hostingPartners.stays.homeDetails')}
            </Text>
          </summary>
          <Stack mt="xs">
            <Facts facts={homeFacts(stay.host)} />
          </Stack>
        </details>
        <section aria-labelledby={timelineId}>
          <Title order={4} size="h5" id={timelineId} mb={4}>
            {t('hostingPartners.stays.timeline')}
          </Title>
          {stay.events.length === 0 ? (
            <Text size="sm">{t('hostingPartners.stays.noEvents')}</Text>
          ) : (
            <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
              {sortEvents(stay.events).map((event) => (
                <EventItem key={event.id} event={event} />
              ))}
            </Stack>
          )}
        </section>
        <NoticeAlert notice={notice} />
        {active && mode === 'view' ? (
          <Group gap="sm">
            <Button variant="outline" onClick={() => open('checkIn')}>
              {t('hostingPartners.stays.checkIn')}
            </Button>
            <Button variant="outline" color="red.9" onClick={() => open('incident')}>
              {t('hostingPartners.stays.incident')}
            </Button>
            <Button variant="outline" onClick={() => open('extend')}>
              {t('hostingPartners.stays.extend')}
            </Button>
            <Button variant="outline" color="red.9" onClick={() => open('end')}>
              {t('hostingPartners.stays.end')}
            </Button>
          </Group>
        ) : null}
        {active && mode === 'checkIn' ? (
          <CheckInForm stay={stay} alias={name} onDone={done} onCancel={() => setMode('view')} />
        ) : null}
        {active && mode === 'incident' ? (
          <IncidentForm stay={stay} alias={name} onDone={done} onCancel={() => setMode('view')} />
        ) : null}
        {active && mode === 'extend' ? (
          <ExtendForm stay={stay} alias={name} onDone={done} onCancel={() => setMode('view')} />
        ) : null}
        {active && mode === 'end' ? (
          <EndForm stay={stay} alias={name} onDone={done} onCancel={() => setMode('view')} />
        ) : null}
      </Stack>
    </Card>
  );
}
