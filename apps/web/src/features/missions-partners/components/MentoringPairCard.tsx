import { useMutation } from '@apollo/client/react';
import {
  Badge,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { MentoringStatus, PartnerMentoringPairFieldsFragment } from '../../../gql/graphql';
import { Facts } from '../../../components/Facts';
import { parisToday } from '../../items/utils/format';
import {
  PARTNER_CLOSE_MENTORING_PAIR_MUTATION,
  PARTNER_LOG_MENTORING_SESSION_MUTATION,
} from '../graphql/missionsPartnersOperations';
import { isDay, useMissionsFormat } from '../utils/format';
import { type MissionsProblem, missionsProblem } from '../utils/missionsErrors';
import { CardForm } from './CardForm';
import { type Notice, NoticeAlert } from './Notice';

type Pair = PartnerMentoringPairFieldsFragment;

/** The API's limits for a session and an outcome. */
export const MIN_MINUTES = 5;
export const MAX_MINUTES = 600;
export const MAX_TOPIC_LENGTH = 200;
export const MAX_NEXT_STEP_LENGTH = 500;
export const MAX_OUTCOME_LENGTH = 1000;

const STATUS_COLORS: Record<MentoringStatus, string> = {
  ACTIVE: 'teal.9',
  CLOSED: 'gray.8',
};

interface FormProps {
  pair: Pair;
  onDone: (notice: Notice) => void;
  onCancel: () => void;
}

/** "Noter une séance": the day, how long, what was worked on, and the next step. */
function SessionForm({ pair, onDone, onCancel }: FormProps) {
  const { t } = useTranslation();
  const today = parisToday();
  const [occurredOn, setOccurredOn] = useState(today);
  const [minutes, setMinutes] = useState('');
  const [topic, setTopic] = useState('');
  const [nextStep, setNextStep] = useState('');
  const [errors, setErrors] = useState<{ occurredOn?: string; minutes?: string; topic?: string }>({});
  const [problem, setProblem] = useState<MissionsProblem>();
  const [log, { loading }] = useMutation(PARTNER_LOG_MENTORING_SESSION_MUTATION);

  const handleSubmit = async () => {
    setProblem(undefined);
    const found: { occurredOn?: string; minutes?: string; topic?: string } = {};
    if (!isDay(occurredOn)) found.occurredOn = t('missionsPartners.errors.dateRequired');
    else if (occurredOn > today) found.occurredOn = t('missionsPartners.errors.dateFuture');
    const count = Number(minutes.trim());
    if (!/^\d+$/.test(minutes.trim()) || count < MIN_MINUTES || count > MAX_MINUTES)
      found.minutes = t('missionsPartners.errors.minutesRange');
    if (topic.trim().length < 2) found.topic = t('missionsPartners.errors.topicRequired');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      await log({
        variables: {
          input: {
            pairId: pair.id,
            occurredOn,
            minutes: count,
            topic: topic.trim(),
            ...(nextStep.trim() ? { nextStep: nextStep.trim() } : {}),
          },
        },
      });
      onDone({ done: t('missionsPartners.mentoring.sessionLogged', { alias: pair.menteeAlias }) });
    } catch (error: unknown) {
      const found = missionsProblem(error);
      if (found.stale) onDone({ problem: found });
      else setProblem(found);
    }
  };

  return (
    <CardForm
      label={t('missionsPartners.mentoring.sessionForm', { alias: pair.menteeAlias })}
      submitLabel={t('missionsPartners.mentoring.saveSession')}
      loading={loading}
      problem={problem}
      onSubmit={() => void handleSubmit()}
      onCancel={onCancel}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          label={t('missionsPartners.mentoring.occurredOn')}
          name="occurredOn"
          type="date"
          required
          max={today}
          value={occurredOn}
          onChange={(event) => setOccurredOn(event.currentTarget.value)}
          error={errors.occurredOn}
        />
        <TextInput
          label={t('missionsPartners.mentoring.minutes')}
          name="minutes"
          type="number"
          inputMode="numeric"
          required
          min={MIN_MINUTES}
          max={MAX_MINUTES}
          value={minutes}
          onChange={(event) => setMinutes(event.currentTarget.value)}
          error={errors.minutes}
        />
      </SimpleGrid>
      <TextInput
        label={t('missionsPartners.mentoring.topic')}
        name="topic"
        required
        maxLength={MAX_TOPIC_LENGTH}
        value={topic}
        onChange={(event) => setTopic(event.currentTarget.value)}
        error={errors.topic}
      />
      <Textarea
        label={t('missionsPartners.mentoring.nextStep')}
        name="nextStep"
        rows={2}
        maxLength={MAX_NEXT_STEP_LENGTH}
        value={nextStep}
        onChange={(event) => setNextStep(event.currentTarget.value)}
      />
    </CardForm>
  );
}

/** "Clore le parrainage": what came of it. */
function CloseForm({ pair, onDone, onCancel }: FormProps) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState('');
  const [outcomeError, setOutcomeError] = useState<string>();
  const [problem, setProblem] = useState<MissionsProblem>();
  const [close, { loading }] = useMutation(PARTNER_CLOSE_MENTORING_PAIR_MUTATION);

  const handleSubmit = async () => {
    setProblem(undefined);
    const trimmed = outcome.trim();
    setOutcomeError(trimmed ? undefined : t('missionsPartners.errors.outcomeRequired'));
    if (!trimmed) return;
    try {
      await close({ variables: { input: { pairId: pair.id, outcome: trimmed } } });
      onDone({ done: t('missionsPartners.mentoring.pairClosed', { alias: pair.menteeAlias }) });
    } catch (error: unknown) {
      const found = missionsProblem(error);
      if (found.stale) onDone({ problem: found });
      else setProblem(found);
    }
  };

  return (
    <CardForm
      label={t('missionsPartners.mentoring.closeForm', { alias: pair.menteeAlias })}
      submitLabel={t('missionsPartners.mentoring.confirmClose')}
      submitColor="red.9"
      loading={loading}
      problem={problem}
      onSubmit={() => void handleSubmit()}
      onCancel={onCancel}
    >
      <Textarea
        label={t('missionsPartners.mentoring.outcome')}
        description={t('missionsPartners.mentoring.outcomeHelp')}
        name="outcome"
        required
        rows={3}
        maxLength={MAX_OUTCOME_LENGTH}
        value={outcome}
        onChange={(event) => setOutcome(event.currentTarget.value)}
        error={outcomeError}
      />
    </CardForm>
  );
}

type Mode = 'view' | 'session' | 'close';

/** One mentoring pair: the mentor, the person supported (an alias), the goals and the sessions. */
export function MentoringPairCard({ pair }: { pair: Pair }) {
  const { t } = useTranslation();
  const format = useMissionsFormat();
  const titleId = useId();
  const [mode, setMode] = useState<Mode>('view');
  const [notice, setNotice] = useState<Notice>();
  const active = pair.status === 'ACTIVE';
  const sessions = [...pair.sessions].sort((a, b) => b.occurredOn.localeCompare(a.occurredOn));

  const done = (result: Notice) => {
    setMode('view');
    setNotice(result);
  };

  return (
    <Card component="article" withBorder padding="md" aria-labelledby={titleId} data-testid="mentoring-pair">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Title order={3} size="h4" id={titleId} style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
            {pair.menteeAlias}
          </Title>
          <Badge color={STATUS_COLORS[pair.status]} variant="filled" data-testid="mentoring-status">
            {t(`missionsPartners.mentoringStatus.${pair.status}`)}
          </Badge>
        </Group>
        <Facts
          facts={[
            {
              label: t('missionsPartners.mentoring.mentor'),
              value: t('missionsPartners.missions.contactValue', {
                name: pair.mentorName,
                email: pair.mentorEmail,
              }),
            },
            {
              label: t('missionsPartners.mentoring.goals'),
              value: pair.goals.map((goal) => t(`missionsPartners.goals.${goal}`)).join(', '),
            },
            {
              label: t('missionsPartners.mentoring.since'),
              value: format.date(pair.createdAt),
            },
            {
              label: t('missionsPartners.mentoring.total'),
              value: t('missionsPartners.mentoring.totalValue', {
                count: pair.sessions.length,
                time: format.minutes(pair.totalMinutes),
              }),
              testId: 'mentoring-total',
            },
            !active &&
              pair.outcome && {
                label: t('missionsPartners.mentoring.outcome'),
                value: pair.outcome,
              },
          ]}
        />
        {sessions.length > 0 ? (
          <section aria-label={t('missionsPartners.mentoring.sessionsOf', { alias: pair.menteeAlias })}>
            <Text size="sm" fw={600} mb={4}>
              {t('missionsPartners.mentoring.sessions')}
            </Text>
            <Stack component="ul" gap={6} m={0} pl="md">
              {sessions.map((session) => (
                <Text component="li" size="sm" key={session.id} data-testid="mentoring-session">
                  {t('missionsPartners.mentoring.sessionLine', {
                    date: format.day(session.occurredOn),
                    time: format.minutes(session.minutes),
                    topic: session.topic,
                  })}
                  {session.nextStep ? (
                    <>
                      <br />
                      <Text component="span" size="sm" c="gray.7">
                        {t('missionsPartners.mentoring.nextStepLine', { step: session.nextStep })}
                      </Text>
                    </>
                  ) : null}
                </Text>
              ))}
            </Stack>
          </section>
        ) : (
          <Text size="sm" c="gray.7">
            {t('missionsPartners.mentoring.noSession')}
          </Text>
        )}
        <NoticeAlert notice={notice} />
        {active && mode === 'view' ? (
          <Group gap="sm" wrap="wrap">
            <Button
              variant="outline"
              onClick={() => {
                setNotice(undefined);
                setMode('session');
              }}
            >
              {t('missionsPartners.mentoring.logSession')}
            </Button>
            <Button
              variant="outline"
              color="red.9"
              onClick={() => {
                setNotice(undefined);
                setMode('close');
              }}
            >
              {t('missionsPartners.mentoring.close')}
            </Button>
          </Group>
        ) : null}
        {active && mode === 'session' ? (
          <SessionForm pair={pair} onDone={done} onCancel={() => setMode('view')} />
        ) : null}
        {active && mode === 'close' ? (
          <CloseForm pair={pair} onDone={done} onCancel={() => setMode('view')} />
        ) : null}
      </Stack>
    </Card>
  );
}
