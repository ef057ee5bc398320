import { useMutation } from '@apollo/client/react';
import { Badge, Button, Card, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ReasonForm } from '../../../components/ReasonForm';
import type { HostingProposalStatus, PartnerHostingProposalFieldsFragment } from '../../../gql/graphql';
import classes from '../../identity/components/IdentityForm.module.css';
import { parisToday } from '../../items/utils/format';
import {
  PARTNER_DECLINE_HOSTING_PROPOSAL_MUTATION,
  PARTNER_FORWARD_HOSTING_PROPOSAL_MUTATION,
  PARTNER_PLAN_HOSTING_MEETING_MUTATION,
  PARTNER_START_STAY_MUTATION,
} from '../graphql/hostingPartnersOperations';
import {
  addDays,
  isoToParisWallTime,
  MAX_REASON_LENGTH,
  parisWallTimeToIso,
  useAgeBandsLine,
  useHostingFormat,
} from '../utils/format';
import { type HostingProblem, hostingProblem } from '../utils/hostingErrors';
import { HomeSummary, ScoreBreakdown } from './HomeFacts';
import { UrgentBadge } from './HouseholdCard';
import { HostingProblemAlert } from './HostingProblemAlert';
import type { Notice } from './Notice';

type Proposal = PartnerHostingProposalFieldsFragment;

/** The API keeps at most this many characters of a meeting place. */
export const MAX_PLACE_LENGTH = 200;

// Dark shades keep white text above the WCAG AA contrast ratio; the words carry the meaning.
export const PROPOSAL_STATUS_COLORS: Record<HostingProposalStatus, string> = {
  PROPOSED: 'blue.9',
  FORWARDED: 'violet.9',
  ACCEPTED: 'teal.9',
  DECLINED: 'red.9',
  EXPIRED: 'gray.8',
};

/** Plan (or move) the meeting of the host and the household: when (Paris time) and where. */
function MeetingForm({
  proposal,
  alias,
  onDone,
  onCancel,
}: {
  proposal: Proposal;
  alias: string;
  onDone: (notice: Notice) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [at, setAt] = useState(proposal.meetingAt ? isoToParisWallTime(proposal.meetingAt) : '');
  const [place, setPlace] = useState(proposal.meetingPlace ?? '');
  const [errors, setErrors] = useState<{ at?: string; place?: string }>({});
  const [problem, setProblem] = useState<HostingProblem>();
  const atInput = useRef<HTMLInputElement>(null);
  const placeInput = useRef<HTMLInputElement>(null);
  const [plan, { loading }] = useMutation(PARTNER_PLAN_HOSTING_MEETING_MUTATION);

  useEffect(() => atInput.current?.focus(), []);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(undefined);
    const iso = parisWallTimeToIso(at);
    const found: { at?: string; place?: string } = {};
    if (!iso) found.at = t('hostingPartners.errors.dateTimeRequired');
    else if (Date.parse(iso) <= Date.now()) found.at = t('hostingPartners.errors.meetingPast');
    if (place.trim().length < 3) found.place = t('hostingPartners.errors.placeTooShort');
    setErrors(found);
    if (found.at) atInput.current?.focus();
    else if (found.place) placeInput.current?.focus();
    if (found.at || found.place || !iso) return;
    try {
      await plan({ variables: { input: { proposalId: proposal.id, at: iso, place: place.trim() } } });
      onDone({ done: t('hostingPartners.proposals.meetingPlanned', { alias }) });
    } catch (error: unknown) {
      setProblem(hostingProblem(error));
    }
  };

  return (
    <Paper withBorder p="md" bg="gray.0">
      <form
        noValidate
        className={classes.form}
        onSubmit={(event) => void handleSubmit(event)}
        aria-label={t('hostingPartners.proposals.meetingForm', { alias })}
      >
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              ref={atInput}
              label={t('hostingPartners.proposals.meetingAt')}
              description={t('hostingPartners.proposals.meetingAtHelp')}
              name="meetingAt"
              type="datetime-local"
              required
              value={at}
              onChange={(event) => setAt(event.currentTarget.value)}
              error={errors.at}
            />
            <TextInput
              ref={placeInput}
              label={t('hostingPartners.proposals.meetingPlace')}
              description={t('hostingPartners.proposals.meetingPlaceHelp')}
              name="meetingPlace"
              required
              maxLength={MAX_PLACE_LENGTH}
              value={place}
              onChange={(event) => setPlace(event.currentTarget.value)}
              error={errors.place}
            />
          </SimpleGrid>
          <HostingProblemAlert problem={problem} />
          <Group gap="sm">
            <Button type="submit" loading={loading}>
              {t('hostingPartners.proposals.saveMeeting')}
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

/** Day fields of the "start the stay" form. */
type StayField = 'startsOn' | 'plannedEndOn' | 'agreementSignedOn';

/** Start the stay of an accepted proposal: the first day, the planned end, and when the agreement was signed. */
function StartStayForm({
  proposal,
  alias,
  onDone,
  onCancel,
}: {
  proposal: Proposal;
  alias: string;
  onDone: (notice: Notice) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const today = parisToday();
  const initialStart = proposal.household.neededFrom > today ? proposal.household.neededFrom : today;
  const initialEnd = (() => {
    const end = addDays(initialStart, Math.min(proposal.household.desiredDays, proposal.host.maxStayDays));
    const until = proposal.host.availableUntil;
    return until && until < end ? until : end;
  })();
  const [startsOn, setStartsOn] = useState(initialStart);
  const [plannedEndOn, setPlannedEndOn] = useState(initialEnd);
  const [agreementSignedOn, setAgreementSignedOn] = useState(today);
  const [errors, setErrors] = useState<Partial<Record<StayField, string>>>({});
  const [problem, setProblem] = useState<HostingProblem>();
  const startsOnInput = useRef<HTMLInputElement>(null);
  const plannedEndOnInput = useRef<HTMLInputElement>(null);
  const agreementSignedOnInput = useRef<HTMLInputElement>(null);
  const [start, { loading }] = useMutation(PARTNER_START_STAY_MUTATION, {
    refetchQueries: ['PartnerHostingProposals', 'PartnerHostingRequests'],
  });

  useEffect(() => startsOnInput.current?.focus(), []);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(undefined);
    const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
    const found: Partial<Record<StayField, string>> = {};
    if (!isDay(startsOn)) found.startsOn = t('hostingPartners.errors.dateRequired');
    else if (startsOn < today) found.startsOn = t('hostingPartners.errors.startPast');
    if (!isDay(plannedEndOn)) found.plannedEndOn = t('hostingPartners.errors.dateRequired');
    else if (isDay(startsOn) && plannedEndOn <= startsOn)
      found.plannedEndOn = t('hostingPartners.errors.endBeforeStart');
    if (!isDay(agreementSignedOn)) found.agreementSignedOn = t('hostingPartners.errors.dateRequired');
    else if (agreementSignedOn > today || (isDay(startsOn) && agreementSignedOn > startsOn))
      found.agreementSignedOn = t('hostingPartners.errors.agreementDate');
    setErrors(found);
    if (found.startsOn) startsOnInput.current?.focus();
    else if (found.plannedEndOn) plannedEndOnInput.current?.focus();
    else if (found.agreementSignedOn) agreementSignedOnInput.current?.focus();
    if (found.startsOn || found.plannedEndOn || found.agreementSignedOn) return;
    try {
      await start({
        variables: { input: { proposalId: proposal.id, startsOn, plannedEndOn, agreementSignedOn } },
      });
      onDone({ done: t('hostingPartners.proposals.stayStarted', { alias }) });
    } catch (error: unknown) {
      setProblem(hostingProblem(error));
    }
  };

  return (
    <Paper withBorder p="md" bg="gray.0">
      <form
        noValidate
        className={classes.form}
        onSubmit={(event) => void handleSubmit(event)}
        aria-label={t('hostingPartners.proposals.startForm', { alias })}
      >
        <Stack gap="sm">
          <Text size="sm" c="gray.7">
            {t('hostingPartners.proposals.startHelp', { count: proposal.host.maxStayDays })}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <TextInput
              ref={startsOnInput}
              label={t('hostingPartners.proposals.startsOn')}
              name="startsOn"
              type="date"
              required
              min={today}
              value={startsOn}
              onChange={(event) => setStartsOn(event.currentTarget.value)}
              error={errors.startsOn}
            />
            <TextInput
              ref={plannedEndOnInput}
              label={t('hostingPartners.proposals.plannedEndOn')}
              name="plannedEndOn"
              type="date"
              required
              min={startsOn ? addDays(startsOn, 1) : undefined}
              max={proposal.host.availableUntil ?? undefined}
              value={plannedEndOn}
              onChange={(event) => setPlannedEndOn(event.currentTarget.value)}
              error={errors.plannedEndOn}
            />
            <TextInput
              ref={agreementSignedOnInput}
              label={t('hostingPartners.proposals.agreementSignedOn')}
              name="agreementSignedOn"
              type="date"
              required
              max={today}
              value={agreementSignedOn}
              onChange={(event) => setAgreementSignedOn(event.currentTarget.value)}
              error={errors.agreementSignedOn}
            />
          </SimpleGrid>
          <HostingProblemAlert problem={problem} />
          <Group gap="sm">
            <Button type="submit" loading={loading}>
              {t('hostingPartners.proposals.confirmStart')}
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

type Mode = 'view' | 'decline' | 'meeting' | 'start';

export interface ProposalCardProps {
  proposal: Proposal;
  /** The household's alias, from the association's households; undefined while they load. */
  alias: string | undefined;
  urgent: boolean;
  /** Reports what an action led to, shown above the list. */
  onNotice: (notice: Notice) => void;
}

/**
 * One proposal of a home for one of the households: the home, why it was proposed, and what to do next —
 * forward it to the host or set it aside; once the host accepted, their contact, the meeting and the stay.
 */
export function ProposalCard({ proposal, alias, urgent, onNotice }: ProposalCardProps) {
  const { t } = useTranslation();
  const format = useHostingFormat();
  const ageBandsLine = useAgeBandsLine();
  const titleId = useId();
  const [mode, setMode] = useState<Mode>('view');
  const [problem, setProblem] = useState<HostingProblem>();
  const [forward, { loading: forwarding }] = useMutation(PARTNER_FORWARD_HOSTING_PROPOSAL_MUTATION);
  const [decline, { loading: declining }] = useMutation(PARTNER_DECLINE_HOSTING_PROPOSAL_MUTATION);
  const name = alias ?? t('hostingPartners.proposals.unknownHousehold');

  const report = (notice: Notice) => {
    setMode('view');
    onNotice(notice);
  };

  const handleForward = async () => {
    setProblem(undefined);
    try {
      await forward({ variables: { input: { id: proposal.id } } });
      report({ done: t('hostingPartners.proposals.forwarded', { alias: name }) });
    } catch (error: unknown) {
      const found = hostingProblem(error);
      if (found.stale) report({ problem: found });
      else setProblem(found);
    }
  };

  const handleDecline = async (reason: string) => {
    setProblem(undefined);
    try {
      await decline({ variables: { input: { id: proposal.id, reason } } });
      report({ done: t('hostingPartners.proposals.declined', { alias: name }) });
    } catch (error: unknown) {
      const found = hostingProblem(error);
      if (found.stale) report({ problem: found });
      else setProblem(found);
    }
  };

  const accepted = proposal.status === 'ACCEPTED';
  const canAct = accepted && !proposal.stayId;

  return (
    <Card
      component="article"
      withBorder
      padding="md"
      aria-labelledby={titleId}
      data-testid="hosting-proposal"
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Title order={3} size="h4" id={titleId} style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
            {name}
          </Title>
          <Group gap="xs">
            {urgent ? <UrgentBadge /> : null}
            <Badge
              color={PROPOSAL_STATUS_COLORS[proposal.status]}
              variant="filled"
              data-testid="proposal-status"
            >
              {t(`hostingPartners.proposalStatus.${proposal.status}`)}
            </Badge>
          </Group>
        </Group>
        <Text size="sm" c="gray.7">
          {t('hostingPartners.proposals.householdLine', {
            count: proposal.household.size,
            bands: ageBandsLine(proposal.household.ageBands),
          })}
        </Text>
        <Title order={4} size="h5">
          {t('hostingPartners.proposals.homeTitle')}
        </Title>
        <HomeSummary home={proposal.host} />
        {proposal.status === 'PROPOSED' ? <ScoreBreakdown score={proposal.score} /> : null}
        {proposal.status === 'FORWARDED' ? (
          <Text size="sm" fw={600} data-testid="proposal-waiting">
            {t('hostingPartners.proposals.waitingForHost')}
            {proposal.forwardedAt
              ? ` ${t('hostingPartners.proposals.forwardedAt', { date: format.dateTime(proposal.forwardedAt) })}`
              : null}
          </Text>
        ) : null}
        {accepted && proposal.acceptedAt ? (
          <Text size="sm" fw={600}>
            {t('hostingPartners.proposals.acceptedAt', { date: format.dateTime(proposal.acceptedAt) })}
          </Text>
        ) : null}
        {accepted && proposal.meetingAt ? (
          <Text size="sm" data-testid="proposal-meeting">
            {t('hostingPartners.proposals.meeting', {
              date: format.dateTime(proposal.meetingAt),
              place: proposal.meetingPlace ?? '',
            })}
          </Text>
        ) : null}
        {accepted && proposal.stayId ? (
          <Text size="sm" fw={600}>
            {t('hostingPartners.proposals.stayOngoing')}
          </Text>
        ) : null}
        {proposal.status === 'DECLINED' ? (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="proposal-declined">
            {proposal.declinedBySide === 'HOST'
              ? t('hostingPartners.proposals.declinedByHost')
              : t('hostingPartners.proposals.declinedByAssociation')}
            {proposal.declineReason
              ? ` ${t('hostingPartners.proposals.reason', { reason: proposal.declineReason })}`
              : null}
          </Text>
        ) : null}
        {proposal.status === 'EXPIRED' ? (
          <Text size="sm">{t('hostingPartners.proposals.expired')}</Text>
        ) : null}
        <HostingProblemAlert problem={problem} />
        {proposal.status === 'PROPOSED' && mode === 'view' ? (
          <Group gap="sm">
            <Button loading={forwarding} onClick={() => void handleForward()}>
              {t('hostingPartners.proposals.forward')}
            </Button>
            <Button variant="outline" color="red.9" onClick={() => setMode('decline')}>
              {t('hostingPartners.proposals.decline')}
            </Button>
          </Group>
        ) : null}
        {proposal.status === 'PROPOSED' && mode === 'decline' ? (
          <ReasonForm
            label={t('hostingPartners.proposals.declineForm', { alias: name })}
            reasonLabel={t('hostingPartners.reason.label')}
            reasonHelp={t('hostingPartners.proposals.declineHelp')}
            maxLength={MAX_REASON_LENGTH}
            requiredMessage={t('hostingPartners.errors.reasonRequired')}
            submitLabel={t('hostingPartners.proposals.confirmDecline')}
            cancelLabel={t('hostingPartners.reason.cancel')}
            loading={declining}
            onSubmit={(reason) => void handleDecline(reason)}
            onCancel={() => setMode('view')}
          />
        ) : null}
        {canAct && mode === 'view' ? (
          <Group gap="sm">
            <Button variant="outline" onClick={() => setMode('meeting')}>
              {proposal.meetingAt
                ? t('hostingPartners.proposals.moveMeeting')
                : t('hostingPartners.proposals.planMeeting')}
            </Button>
            <Button onClick={() => setMode('start')}>{t('hostingPartners.proposals.start')}</Button>
          </Group>
        ) : null}
        {canAct && mode === 'meeting' ? (
          <MeetingForm proposal={proposal} alias={name} onDone={report} onCancel={() => setMode('view')} />
        ) : null}
        {canAct && mode === 'start' ? (
          <StartStayForm proposal={proposal} alias={name} onDone={report} onCancel={() => setMode('view')} />
        ) : null}
      </Stack>
    </Card>
  );
}
