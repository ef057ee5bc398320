import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { HostingProposalFieldsFragment, HostingProposalStatus } from '../../../gql/graphql';
import classes from '../../identity/components/IdentityForm.module.css';
import { useParisFormat } from '../../items/utils/format';
import {
  ACCEPT_HOSTING_PROPOSAL_MUTATION,
  DECLINE_HOSTING_PROPOSAL_MUTATION,
  MY_HOST_OFFERS_QUERY,
  MY_HOSTING_PROPOSALS_QUERY,
  PLAN_HOSTING_MEETING_MUTATION,
} from '../graphql/hostingOperations';
import { parisDateTimeToIso } from '../utils/format';
import { type HostingProblem, hostingProblem } from '../utils/hostingErrors';
import { useRefreshWhenStale } from '../utils/useRefreshWhenStale';
import { ForHome, HouseholdFacts, OrganisationContact, useHouseholdTitle } from './HostingFacts';
import { HostingProblemAlert } from './HostingProblemAlert';

type Proposal = HostingProposalFieldsFragment;

const STATUS_COLORS: Record<HostingProposalStatus, string> = {
  PROPOSED: 'gray.8',
  FORWARDED: 'blue.9',
  ACCEPTED: 'teal.9',
  DECLINED: 'red.9',
  EXPIRED: 'gray.8',
};

/** The API keeps at most this many characters. */
export const MAX_REASON_LENGTH = 500;
export const MAX_PLACE_LENGTH = 200;

/** Proposals change my offers too: accepting takes the home out of matching. */
const AFTER_ANSWER = [MY_HOSTING_PROPOSALS_QUERY, MY_HOST_OFFERS_QUERY];

/** Declining needs a reason, told to the association. */
function DeclineForm({
  proposalId,
  onDeclined,
  onCancel,
}: {
  proposalId: string;
  onDeclined: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const [problem, setProblem] = useState<HostingProblem>();
  const reasonInput = useRef<HTMLTextAreaElement>(null);
  const refreshWhenStale = useRefreshWhenStale(AFTER_ANSWER);
  const [decline, { loading }] = useMutation(DECLINE_HOSTING_PROPOSAL_MUTATION, {
    refetchQueries: AFTER_ANSWER,
  });

  useEffect(() => reasonInput.current?.focus(), []);

  const handleSubmit = async () => {
    setProblem(undefined);
    const trimmed = reason.trim();
    if (!trimmed) {
      setReasonError(t('hosting.errors.reasonRequired'));
      reasonInput.current?.focus();
      return;
    }
    setReasonError(undefined);
    try {
      await decline({ variables: { input: { id: proposalId, reason: trimmed } } });
      onDeclined();
    } catch (error: unknown) {
      setProblem(refreshWhenStale(hostingProblem(error)));
    }
  };

  return (
    <Paper withBorder p="md" bg="gray.0">
      <form
        noValidate
        className={classes.form}
        aria-labelledby={titleId}
        onSubmit={(event) => {
          event.preventDefault();
          void handleSubmit();
        }}
      >
        <Stack gap="sm">
          <Text fw={600} id={titleId}>
            {t('hosting.proposals.declineTitle')}
          </Text>
          <Textarea
            ref={reasonInput}
            label={t('hosting.proposals.declineReason')}
            description={t('hosting.proposals.declineReasonHelp')}
            name="reason"
            required
            rows={2}
            maxLength={MAX_REASON_LENGTH}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={reasonError}
          />
          <HostingProblemAlert problem={problem} />
          <Group gap="sm" wrap="wrap">
            <Button type="submit" color="red.9" loading={loading}>
              {t('hosting.proposals.confirmDecline')}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('hosting.proposals.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** The first meeting of an accepted proposal: when (Paris time) and where. */
function PlanMeetingForm({ proposal, onPlanned }: { proposal: Proposal; onPlanned: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [at, setAt] = useState('');
  const [place, setPlace] = useState(proposal.meetingPlace ?? '');
  const [errors, setErrors] = useState<{ at?: string; place?: string }>({});
  const [problem, setProblem] = useState<HostingProblem>();
  const atInput = useRef<HTMLInputElement>(null);
  const placeInput = useRef<HTMLInputElement>(null);
  const refreshWhenStale = useRefreshWhenStale(AFTER_ANSWER);
  const [plan, { loading }] = useMutation(PLAN_HOSTING_MEETING_MUTATION);

  const handleSubmit = async () => {
    setProblem(undefined);
    const found: typeof errors = {};
    const instant = parisDateTimeToIso(at);
    if (!at) found.at = t('hosting.errors.meetingAtRequired');
    else if (!instant) found.at = t('hosting.errors.dateInvalid');
    else if (new Date(instant).getTime() <= Date.now()) found.at = t('hosting.errors.meetingPast');
    const trimmed = place.trim();
    if (trimmed.length < 2) found.place = t('hosting.errors.placeRequired');
    setErrors(found);
    if (found.at) atInput.current?.focus();
    else if (found.place) placeInput.current?.focus();
    if (!instant || Object.keys(found).length) return;
    try {
      await plan({ variables: { input: { proposalId: proposal.id, at: instant, place: trimmed } } });
      setAt('');
      onPlanned();
    } catch (error: unknown) {
      setProblem(refreshWhenStale(hostingProblem(error)));
    }
  };

  return (
    <form
      noValidate
      className={classes.form}
      aria-labelledby={titleId}
      onSubmit={(event) => {
        event.preventDefault();
        void handleSubmit();
      }}
    >
      <Stack gap="sm">
        <Title order={4} size="h5" id={titleId}>
          {t('hosting.proposals.planTitle')}
        </Title>
        <Text size="sm" c="gray.7">
          {t('hosting.proposals.planHelp')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            ref={atInput}
            label={t('hosting.proposals.meetingAt')}
            description={t('hosting.proposals.meetingAtHelp')}
            name="meetingAt"
            type="datetime-local"
            required
            value={at}
            onChange={(event) => setAt(event.currentTarget.value)}
            error={errors.at}
          />
          <TextInput
            ref={placeInput}
            label={t('hosting.proposals.meetingPlace')}
            description={t('hosting.proposals.meetingPlaceHelp')}
            name="meetingPlace"
            required
            maxLength={MAX_PLACE_LENGTH}
            value={place}
            onChange={(event) => setPlace(event.currentTarget.value)}
            error={errors.place}
          />
        </SimpleGrid>
        <HostingProblemAlert problem={problem} />
        <Group>
          <Button type="submit" loading={loading}>
            {t('hosting.proposals.plan')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * A household an association forwarded to one of my homes: who they are (no name), the association to reach;
 * waiting for my answer: accept, or decline with a reason; accepted: the first meeting, and a form to plan it.
 */
export function HostingProposalCard({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const format = useParisFormat();
  const householdTitle = useHouseholdTitle();
  const titleId = useId();
  const title = useRef<HTMLHeadingElement>(null);
  const [declining, setDeclining] = useState(false);
  const [notice, setNotice] = useState<string>();
  const [problem, setProblem] = useState<HostingProblem>();
  const refreshWhenStale = useRefreshWhenStale(AFTER_ANSWER);
  const [accept, { loading: accepting }] = useMutation(ACCEPT_HOSTING_PROPOSAL_MUTATION, {
    refetchQueries: AFTER_ANSWER,
  });
  const waiting = proposal.status === 'FORWARDED';

  const handleAccept = async () => {
    setProblem(undefined);
    setNotice(undefined);
    try {
      await accept({ variables: { input: { id: proposal.id } } });
      setNotice(t('hosting.proposals.accepted', { organisation: proposal.organisation.name }));
    } catch (error: unknown) {
      setProblem(refreshWhenStale(hostingProblem(error)));
    }
  };

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
          <Title order={3} size="h4" id={titleId} ref={title} tabIndex={-1}>
            {householdTitle(proposal.household)}
          </Title>
          <Badge color={STATUS_COLORS[proposal.status]} variant="filled">
            {t(`hosting.proposalStatus.${proposal.status}`)}
          </Badge>
        </Group>
        <HouseholdFacts household={proposal.household} />
        <ForHome home={proposal.host} />
        <OrganisationContact label={t('hosting.referent')} contact={proposal.organisation} />
        {proposal.status === 'DECLINED' && proposal.declineReason ? (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {t(`hosting.proposals.declinedBy.${proposal.declinedBySide ?? 'HOST'}`, {
              reason: proposal.declineReason,
            })}
          </Text>
        ) : null}
        {proposal.status === 'ACCEPTED' ? (
          <Text size="sm" fw={600} data-testid="meeting">
            {proposal.meetingAt
              ? t('hosting.proposals.meeting', {
                  day: format.fullDate(proposal.meetingAt),
                  time: format.time(proposal.meetingAt),
                  place: proposal.meetingPlace ?? '',
                })
              : t('hosting.proposals.noMeeting')}
          </Text>
        ) : null}
        {notice ? (
          <Alert color="teal.9" variant="outline" role="status">
            <Text c="gray.9">{notice}</Text>
          </Alert>
        ) : null}
        <HostingProblemAlert problem={problem} />
        {waiting && !declining ? (
          <>
            <Text size="sm" c="gray.7">
              {t('hosting.proposals.acceptHelp')}
            </Text>
            <Group gap="sm" wrap="wrap">
              <Button loading={accepting} onClick={() => void handleAccept()}>
                {t('hosting.proposals.accept')}
              </Button>
              <Button variant="outline" color="red.9" onClick={() => setDeclining(true)}>
                {t('hosting.proposals.decline')}
              </Button>
            </Group>
          </>
        ) : null}
        {waiting && declining ? (
          <DeclineForm
            proposalId={proposal.id}
            onCancel={() => setDeclining(false)}
            onDeclined={() => {
              setDeclining(false);
              setNotice(t('hosting.proposals.declined'));
              title.current?.focus();
            }}
          />
        ) : null}
        {proposal.status === 'ACCEPTED' && !proposal.stayId ? (
          <PlanMeetingForm proposal={proposal} onPlanned={() => setNotice(t('hosting.proposals.planned'))} />
        ) : null}
      </Stack>
    </Card>
  );
}
