import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { VolunteerMentoringFieldsFragment } from '../../../gql/graphql';
import classes from '../../identity/components/IdentityForm.module.css';
import { parisToday, useParisFormat } from '../../items/utils/format';
import { VOLUNTEER_LOG_MENTORING_SESSION_MUTATION } from '../graphql/missionsOperations';
import { useDuration } from '../utils/format';
import { type MissionsProblem, missionsProblem } from '../utils/missionsErrors';
import { MissionsProblemAlert } from './MissionsProblemAlert';

/** The API's limits. */
export const MIN_SESSION_MINUTES = 5;
export const MAX_SESSION_MINUTES = 600;
const MAX_TOPIC_LENGTH = 200;
const MAX_NEXT_STEP_LENGTH = 500;

type Field = 'occurredOn' | 'minutes' | 'topic';

/** "Noter une séance": when, how long, about what, and what comes next. */
function LogSessionForm({ pairId }: { pairId: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const today = parisToday();
  const [occurredOn, setOccurredOn] = useState(today);
  const [minutes, setMinutes] = useState('');
  const [topic, setTopic] = useState('');
  const [nextStep, setNextStep] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<MissionsProblem>();
  const [logged, setLogged] = useState(false);
  const dateInput = useRef<HTMLInputElement>(null);
  const minutesInput = useRef<HTMLInputElement>(null);
  const topicInput = useRef<HTMLInputElement>(null);
  // The pair comes back with its sessions: the cache updates the list.
  const [log, { loading }] = useMutation(VOLUNTEER_LOG_MENTORING_SESSION_MUTATION);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(undefined);
    setLogged(false);
    const found: typeof errors = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(occurredOn)) found.occurredOn = t('missions.errors.dateRequired');
    else if (occurredOn > today) found.occurredOn = t('missions.errors.sessionInFuture');
    const trimmedMinutes = minutes.trim();
    const duration = Number(trimmedMinutes);
    if (!/^\d+$/.test(trimmedMinutes) || duration < MIN_SESSION_MINUTES || duration > MAX_SESSION_MINUTES)
      found.minutes = t('missions.errors.minutesRange');
    const trimmedTopic = topic.trim();
    if (!trimmedTopic) found.topic = t('missions.errors.topicRequired');
    else if (trimmedTopic.length < 2) found.topic = t('missions.errors.topicTooShort');
    setErrors(found);
    const first = (
      [
        ['occurredOn', dateInput],
        ['minutes', minutesInput],
        ['topic', topicInput],
      ] as const
    ).find(([key]) => found[key]);
    first?.[1].current?.focus();
    if (first) return;
    const step = nextStep.trim();
    try {
      await log({
        variables: {
          input: {
            pairId,
            occurredOn,
            minutes: duration,
            topic: trimmedTopic,
            ...(step ? { nextStep: step } : {}),
          },
        },
      });
      setLogged(true);
      setMinutes('');
      setTopic('');
      setNextStep('');
    } catch (error: unknown) {
      setProblem(missionsProblem(error));
    }
  };

  return (
    <Paper withBorder p="md" bg="gray.0">
      <form
        noValidate
        className={classes.form}
        aria-labelledby={titleId}
        onSubmit={(event) => void handleSubmit(event)}
      >
        <Stack gap="sm">
          <Title order={4} size="h5" id={titleId}>
            {t('missions.mentoring.logTitle')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              ref={dateInput}
              label={t('missions.mentoring.date')}
              name="occurredOn"
              type="date"
              max={today}
              required
              value={occurredOn}
              onChange={(event) => setOccurredOn(event.currentTarget.value)}
              error={errors.occurredOn}
            />
            <TextInput
              ref={minutesInput}
              label={t('missions.mentoring.minutes')}
              description={t('missions.mentoring.minutesHelp')}
              name="minutes"
              type="number"
              inputMode="numeric"
              min={MIN_SESSION_MINUTES}
              max={MAX_SESSION_MINUTES}
              required
              value={minutes}
              onChange={(event) => setMinutes(event.currentTarget.value)}
              error={errors.minutes}
            />
          </SimpleGrid>
          <TextInput
            ref={topicInput}
            label={t('missions.mentoring.topic')}
            name="topic"
            required
            maxLength={MAX_TOPIC_LENGTH}
            value={topic}
            onChange={(event) => setTopic(event.currentTarget.value)}
            error={errors.topic}
          />
          <TextInput
            label={t('missions.mentoring.nextStepField')}
            name="nextStep"
            maxLength={MAX_NEXT_STEP_LENGTH}
            value={nextStep}
            onChange={(event) => setNextStep(event.currentTarget.value)}
          />
          <MissionsProblemAlert problem={problem} />
          {logged ? (
            <Alert color="teal.9" variant="outline" role="status">
              <Text c="gray.9">{t('missions.mentoring.logged')}</Text>
            </Alert>
          ) : null}
          <Group>
            <Button type="submit" loading={loading}>
              {t('missions.mentoring.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/**
 * A person I mentor (an alias): the association, the goals, the time spent, the sessions; and, while the pairing
 * lasts, a form to log a session.
 */
export function MentoringPairCard({ pair }: { pair: VolunteerMentoringFieldsFragment }) {
  const { t } = useTranslation();
  const format = useParisFormat();
  const duration = useDuration();
  const titleId = useId();
  const sessionsId = useId();
  const active = pair.status === 'ACTIVE';
  return (
    <Card component="article" withBorder padding="md" aria-labelledby={titleId} data-testid="mentoring-pair">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Title order={3} size="h4" id={titleId} style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
            {t('missions.mentoring.pairTitle', { alias: pair.menteeAlias })}
          </Title>
          <Badge color={active ? 'teal.9' : 'gray.8'} variant="filled">
            {t(`missions.mentoring.status.${pair.status}`)}
          </Badge>
        </Group>
        <Text size="sm">{t('missions.mentoring.organisation', { name: pair.organisation.name })}</Text>
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {t('missions.mentoring.goals')}
          </Text>
          <List size="sm" spacing={2} data-testid="mentoring-goals">
            {pair.goals.map((goal) => (
              <List.Item key={goal}>{t(`missions.goals.${goal}`)}</List.Item>
            ))}
          </List>
        </Stack>
        <Text size="sm" data-testid="mentoring-total">
          {t('missions.mentoring.total', { time: duration(pair.totalMinutes) })}
        </Text>
        {pair.outcome ? (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {t('missions.mentoring.outcome', { outcome: pair.outcome })}
          </Text>
        ) : null}
        <Stack gap={4}>
          <Text size="sm" fw={600} id={sessionsId}>
            {t('missions.mentoring.sessions')}
          </Text>
          {pair.sessions.length === 0 ? (
            <Text size="sm" c="gray.7">
              {t('missions.mentoring.noSessions')}
            </Text>
          ) : (
            <List size="sm" spacing={4} aria-labelledby={sessionsId}>
              {pair.sessions.map((session) => (
                <List.Item key={session.id} data-testid="mentoring-session">
                  <Text size="sm" span style={{ overflowWrap: 'anywhere' }}>
                    {t('missions.mentoring.session', {
                      date: format.day(session.occurredOn),
                      duration: duration(session.minutes),
                      topic: session.topic,
                    })}
                  </Text>
                  {session.nextStep ? (
                    <Text size="sm" c="gray.7" style={{ overflowWrap: 'anywhere' }}>
                      {t('missions.mentoring.nextStep', { step: session.nextStep })}
                    </Text>
                  ) : null}
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
        {active ? <LogSessionForm pairId={pair.id} /> : null}
      </Stack>
    </Card>
  );
}
