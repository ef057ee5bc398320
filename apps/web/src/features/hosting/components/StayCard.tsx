import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Paper,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { IncidentSeverity, StayFieldsFragment } from '../../../gql/graphql';
import classes from '../../identity/components/IdentityForm.module.css';
import { ConfirmStep } from '../../items/components/ConfirmStep';
import { parisToday, useParisFormat } from '../../items/utils/format';
import {
  END_STAY_MUTATION,
  MY_HOST_OFFERS_QUERY,
  MY_HOSTING_PROPOSALS_QUERY,
  MY_STAYS_QUERY,
  REPORT_STAY_INCIDENT_MUTATION,
} from '../graphql/hostingOperations';
import { isDay } from '../utils/format';
import { type HostingProblem, hostingProblem } from '../utils/hostingErrors';
import { useRefreshWhenStale } from '../utils/useRefreshWhenStale';
import { ForHome, HouseholdFacts, OrganisationContact, useHouseholdTitle } from './HostingFacts';
import { HostingProblemAlert } from './HostingProblemAlert';

type Stay = StayFieldsFragment;
type Mode = 'view' | 'incident' | 'end';

const MY_STAYS = [MY_STAYS_QUERY];

export const SEVERITIES: readonly IncidentSeverity[] = ['LOW', 'MEDIUM', 'HIGH'];
/** The API keeps at most this many characters. */
export const MAX_NOTE_LENGTH = 1000;
export const MAX_END_REASON_LENGTH = 500;

/** A day during the stay, not in the future: the key (under `hosting.errors`) of what is wrong, if anything. */
function stayDayProblem(day: string, stay: Stay): string | undefined {
  if (!day) return 'dateRequired';
  if (!isDay(day)) return 'dateInvalid';
  if (day > parisToday()) return 'dateFuture';
  if (day < stay.startsOn) return 'beforeStayStart';
  return undefined;
}

/** The stay's follow-up log, oldest first. */
function StayTimeline({ stay }: { stay: Stay }) {
  const { t } = useTranslation();
  const format = useParisFormat();
  const events = [...stay.events].sort(
    (a, b) => a.occurredOn.localeCompare(b.occurredOn) || a.createdAt.localeCompare(b.createdAt),
  );
  if (!events.length) return null;
  return (
    <>
      <Title order={4} size="h5">
        {t('hosting.stays.timeline')}
      </Title>
      <Stack
        component="ol"
        gap={6}
        m={0}
        ps="md"
        aria-label={t('hosting.stays.timeline')}
        style={{ borderInlineStart: '2px solid var(--mantine-color-gray-4)', listStyle: 'none' }}
      >
        {events.map((event) => (
          <li key={event.id} data-testid="stay-event">
            <Text size="sm">
              <Text span fw={600}>
                {t(`hosting.stays.events.${event.kind}`)}
              </Text>
              {' – '}
              {format.day(event.occurredOn)}
              {event.severity
                ? ` – ${t('hosting.stays.severityLine', { severity: t(`hosting.severity.${event.severity}`) })}`
                : ''}
              {event.newEndOn ? ` – ${t('hosting.stays.newEnd', { day: format.day(event.newEndOn) })}` : ''}
            </Text>
            {event.note ? (
              <Text size="sm" c="gray.7" style={{ overflowWrap: 'anywhere' }}>
                {event.note}
              </Text>
            ) : null}
          </li>
        ))}
      </Stack>
    </>
  );
}

/** A small form inside a stay's card, with its own title and buttons. */
function StayForm({
  title,
  problem,
  onSubmit,
  children,
}: {
  title: string;
  problem: HostingProblem | undefined;
  onSubmit: () => void;
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    <Paper withBorder p="md" bg="gray.0">
      <form
        noValidate
        className={classes.form}
        aria-labelledby={titleId}
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <Stack gap="sm">
          <Text fw={600} id={titleId}>
            {title}
          </Text>
          {children}
          <HostingProblemAlert problem={problem} />
        </Stack>
      </form>
    </Paper>
  );
}

/** Reports an incident: how serious, what happened, and when (today by default). */
function IncidentForm({ stay, onDone, onCancel }: { stay: Stay; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [severity, setSeverity] = useState<string>('');
  const [note, setNote] = useState('');
  const [on, setOn] = useState(parisToday());
  const [errors, setErrors] = useState<{ severity?: string; note?: string; on?: string }>({});
  const [problem, setProblem] = useState<HostingProblem>();
  const severityInput = useRef<HTMLInputElement>(null);
  const noteInput = useRef<HTMLTextAreaElement>(null);
  const onInput = useRef<HTMLInputElement>(null);
  const refreshWhenStale = useRefreshWhenStale(MY_STAYS);
  const [report, { loading }] = useMutation(REPORT_STAY_INCIDENT_MUTATION);
  const format = useParisFormat();

  useEffect(() => severityInput.current?.focus(), []);

  const handleSubmit = async () => {
    setProblem(undefined);
    const found: typeof errors = {};
    const chosen = SEVERITIES.find((value) => value === severity);
    if (!chosen) found.severity = t('hosting.errors.severityRequired');
    if (!note.trim()) found.note = t('hosting.errors.descriptionRequired');
    const dayKey = stayDayProblem(on, stay);
    if (dayKey) found.on = t(`hosting.errors.${dayKey}`, { day: format.day(stay.startsOn) });
    setErrors(found);
    if (found.severity) severityInput.current?.focus();
    else if (found.note) noteInput.current?.focus();
    else if (found.on) onInput.current?.focus();
    if (!chosen || Object.keys(found).length) return;
    try {
      await report({ variables: { input: { stayId: stay.id, severity: chosen, note: note.trim(), on } } });
      onDone();
    } catch (error: unknown) {
      setProblem(refreshWhenStale(hostingProblem(error)));
    }
  };

  return (
    <StayForm title={t('hosting.stays.incidentTitle')} problem={problem} onSubmit={() => void handleSubmit()}>
      <Radio.Group
        label={t('hosting.stays.severity')}
        name="severity"
        required
        value={severity}
        onChange={setSeverity}
        error={errors.severity}
      >
        <Group gap="md" mt="xs" wrap="wrap">
          {SEVERITIES.map((value, index) => (
            <Radio
              key={value}
              ref={index === 0 ? severityInput : undefined}
              value={value}
              label={t(`hosting.severity.${value}`)}
            />
          ))}
        </Group>
      </Radio.Group>
      <Textarea
        ref={noteInput}
        label={t('hosting.stays.incidentNote')}
        description={t('hosting.stays.incidentNoteHelp')}
        name="note"
        required
        rows={3}
        maxLength={MAX_NOTE_LENGTH}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        error={errors.note}
      />
      <TextInput
        ref={onInput}
        label={t('hosting.stays.incidentOn')}
        name="on"
        type="date"
        min={stay.startsOn}
        max={parisToday()}
        required
        value={on}
        onChange={(event) => setOn(event.currentTarget.value)}
        error={errors.on}
        maw={260}
      />
      <Group gap="sm" wrap="wrap">
        <Button type="submit" color="orange.9" loading={loading}>
          {t('hosting.stays.sendIncident')}
        </Button>
        <Button variant="default" onClick={onCancel}>
          {t('hosting.stays.cancel')}
        </Button>
      </Group>
    </StayForm>
  );
}

/** Ends the stay: the date (today by default) and why, then a confirmation of what follows. */
function EndStayForm({ stay, onDone, onCancel }: { stay: Stay; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const format = useParisFormat();
  const [endedOn, setEndedOn] = useState(parisToday());
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ endedOn?: string; reason?: string }>({});
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<HostingProblem>();
  const dateInput = useRef<HTMLInputElement>(null);
  const reasonInput = useRef<HTMLTextAreaElement>(null);
  const refreshWhenStale = useRefreshWhenStale(MY_STAYS);
  const [end, { loading }] = useMutation(END_STAY_MUTATION, {
    refetchQueries: [MY_STAYS_QUERY, MY_HOST_OFFERS_QUERY, MY_HOSTING_PROPOSALS_QUERY],
  });

  useEffect(() => dateInput.current?.focus(), []);

  const handleCheck = () => {
    setProblem(undefined);
    const found: typeof errors = {};
    const dayKey = stayDayProblem(endedOn, stay);
    if (dayKey) found.endedOn = t(`hosting.errors.${dayKey}`, { day: format.day(stay.startsOn) });
    if (!reason.trim()) found.reason = t('hosting.errors.reasonRequired');
    setErrors(found);
    if (found.endedOn) dateInput.current?.focus();
    else if (found.reason) reasonInput.current?.focus();
    if (Object.keys(found).length) return;
    setConfirming(true);
  };

  const handleEnd = async () => {
    setProblem(undefined);
    try {
      await end({ variables: { input: { stayId: stay.id, endedOn, reason: reason.trim() } } });
      onDone();
    } catch (error: unknown) {
      setConfirming(false);
      setProblem(refreshWhenStale(hostingProblem(error)));
    }
  };

  const early = endedOn < stay.plannedEndOn;

  return (
    <StayForm title={t('hosting.stays.endTitle')} problem={problem} onSubmit={handleCheck}>
      <TextInput
        ref={dateInput}
        label={t('hosting.stays.endedOn')}
        name="endedOn"
        type="date"
        min={stay.startsOn}
        max={parisToday()}
        required
        readOnly={confirming}
        value={endedOn}
        onChange={(event) => setEndedOn(event.currentTarget.value)}
        error={errors.endedOn}
        maw={260}
      />
      <Textarea
        ref={reasonInput}
        label={t('hosting.stays.endReason')}
        description={t('hosting.stays.endReasonHelp')}
        name="reason"
        required
        rows={2}
        maxLength={MAX_END_REASON_LENGTH}
        readOnly={confirming}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        error={errors.reason}
      />
      {confirming ? (
        <ConfirmStep
          title={t('hosting.stays.confirmEndTitle')}
          text={[
            t('hosting.stays.confirmEndText', { day: format.day(endedOn) }),
            early ? t('hosting.stays.confirmEndEarly') : '',
            t('hosting.stays.confirmEndPaused'),
          ]
            .filter(Boolean)
            .join(' ')}
          confirmLabel={t('hosting.stays.confirmEnd')}
          keepLabel={t('hosting.stays.keepStay')}
          loading={loading}
          onConfirm={() => void handleEnd()}
          onKeep={() => setConfirming(false)}
        />
      ) : (
        <Group gap="sm" wrap="wrap">
          <Button type="submit" color="red.9">
            {t('hosting.stays.end')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('hosting.stays.cancel')}
          </Button>
        </Group>
      )}
    </StayForm>
  );
}

/** "Du 1er décembre 2026 au 28 février 2027 (fin prévue)", or the actual dates once the stay ended. */
export function useStayDates(): (stay: Stay) => string {
  const { t } = useTranslation();
  const format = useParisFormat();
  return (stay) =>
    stay.endedOn
      ? t('hosting.stays.datesEnded', { from: format.day(stay.startsOn), until: format.day(stay.endedOn) })
      : t('hosting.stays.dates', { from: format.day(stay.startsOn), until: format.day(stay.plannedEndOn) });
}

/**
 * A stay in my home: the household (no name), its dates, the association following it and the follow-up log;
 * while active, report an incident or end the stay.
 */
export function StayCard({ stay }: { stay: Stay }) {
  const { t } = useTranslation();
  const format = useParisFormat();
  const householdTitle = useHouseholdTitle();
  const stayDates = useStayDates();
  const titleId = useId();
  const title = useRef<HTMLHeadingElement>(null);
  const [mode, setMode] = useState<Mode>('view');
  const [notice, setNotice] = useState<string>();
  const active = stay.status === 'ACTIVE';

  const close = (message?: string) => {
    setMode('view');
    setNotice(message);
    title.current?.focus();
  };

  return (
    <Card component="article" withBorder padding="md" aria-labelledby={titleId} data-testid="stay">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Title order={3} size="h4" id={titleId} ref={title} tabIndex={-1}>
            {t('hosting.stays.cardTitle', { household: householdTitle(stay.household) })}
          </Title>
          <Badge color={active ? 'teal.9' : 'gray.8'} variant="filled">
            {t(`hosting.stays.status.${stay.status}`)}
          </Badge>
        </Group>
        <Stack gap={2}>
          <Text size="sm" fw={600} data-testid="stay-dates">
            {stayDates(stay)}
          </Text>
          {stay.endReason ? (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {t('hosting.stays.endReasonLine', { reason: stay.endReason })}
            </Text>
          ) : null}
          {active && stay.nextCheckInDue ? (
            <Text size="sm">{t('hosting.stays.nextCheckIn', { day: format.day(stay.nextCheckInDue) })}</Text>
          ) : null}
        </Stack>
        <HouseholdFacts household={stay.household} />
        <ForHome home={stay.host} />
        <OrganisationContact label={t('hosting.referent')} contact={stay.organisation} />
        <StayTimeline stay={stay} />
        {notice ? (
          <Alert color="teal.9" variant="outline" role="status">
            <Text c="gray.9">{notice}</Text>
          </Alert>
        ) : null}
        {active && mode === 'view' ? (
          <Group gap="sm" wrap="wrap">
            <Button variant="outline" color="orange.9" onClick={() => setMode('incident')}>
              {t('hosting.stays.reportIncident')}
            </Button>
            <Button variant="outline" color="red.9" onClick={() => setMode('end')}>
              {t('hosting.stays.end')}
            </Button>
          </Group>
        ) : null}
        {active && mode === 'incident' ? (
          <IncidentForm
            stay={stay}
            onCancel={() => close()}
            onDone={() => close(t('hosting.stays.incidentSent', { organisation: stay.organisation.name }))}
          />
        ) : null}
        {mode === 'end' ? (
          <EndStayForm stay={stay} onCancel={() => close()} onDone={() => close(t('hosting.stays.ended'))} />
        ) : null}
      </Stack>
    </Card>
  );
}
