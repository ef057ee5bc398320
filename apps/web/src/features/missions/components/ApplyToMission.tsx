import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import type { ApplicationStatus } from '../../../gql/graphql';
import classes from '../../identity/components/IdentityForm.module.css';
import { withReturnPath } from '../../identity/utils/returnPath';
import {
  MISSION_APPLY_MUTATION,
  MISSION_DETAIL_QUERY,
  VOLUNTEER_APPLICATIONS_QUERY,
} from '../graphql/missionsOperations';
import { type MissionsProblem, missionsProblem } from '../utils/missionsErrors';
import { MissionsProblemAlert } from './MissionsProblemAlert';

const MAX_MESSAGE_LENGTH = 1000;

/** For signed-out visitors: sign in (or create an account) to apply, then come back to the mission. */
export function SignInToApply() {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const here = `${pathname}${search}`;
  return (
    <Stack gap="xs">
      <Text>{t('missions.mission.signInFirst')}</Text>
      <Group gap="md">
        <Anchor component={Link} to={withReturnPath('/connexion', here)} fw={600}>
          {t('missions.mission.signIn')}
        </Anchor>
        <Anchor component={Link} to={withReturnPath('/inscription', here)}>
          {t('missions.mission.signUp')}
        </Anchor>
      </Group>
    </Stack>
  );
}

/** "Candidature envoyée" (or what became of it), announced and focused once the application is sent. */
function AppliedNotice({
  status,
  focus,
}: {
  status: Exclude<ApplicationStatus, 'WITHDRAWN'>;
  focus: boolean;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <Group gap="sm" wrap="wrap" align="center">
      <Text
        ref={ref}
        tabIndex={-1}
        role="status"
        fw={600}
        c={status === 'DECLINED' ? 'red.9' : 'teal.9'}
        data-testid="applied"
      >
        {t(`missions.mission.existing.${status}`)}
      </Text>
      <Anchor component={Link} to="/benevolat" size="sm">
        {t('missions.mission.myApplications')}
      </Anchor>
    </Group>
  );
}

export interface ApplyToMissionProps {
  missionId: string;
  /** The shift applied to; none for a weekly mission. */
  shiftId?: string;
  /** "samedi 5 décembre 2026, de 10:00 à 12:00": what the application is for. */
  when: string;
  /** The id of the text saying `when`, to describe the "Postuler" button. */
  describedBy: string;
  /** My application to it, if any (not withdrawn). */
  existing?: Exclude<ApplicationStatus, 'WITHDRAWN'>;
}

/**
 * "Postuler", then an optional message to the association and "Envoyer ma candidature"; once sent,
 * "Candidature envoyée" in place of the button.
 */
export function ApplyToMission({ missionId, shiftId, when, describedBy, existing }: ApplyToMissionProps) {
  const { t } = useTranslation();
  const formTitleId = useId();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState<MissionsProblem>();
  const [sent, setSent] = useState(false);
  const messageInput = useRef<HTMLTextAreaElement>(null);
  const applyButton = useRef<HTMLButtonElement>(null);
  const [apply, { loading }] = useMutation(MISSION_APPLY_MUTATION, {
    // The places left, and "my applications".
    refetchQueries: [MISSION_DETAIL_QUERY, VOLUNTEER_APPLICATIONS_QUERY],
  });

  const cancelled = useRef(false);
  // The message field takes the focus when the form opens; "Postuler" gets it back after "Annuler".
  useEffect(() => {
    if (open) messageInput.current?.focus();
    else if (cancelled.current) {
      cancelled.current = false;
      applyButton.current?.focus();
    }
  }, [open]);

  if (sent || existing) return <AppliedNotice status={sent ? 'APPLIED' : existing!} focus={sent} />;

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(undefined);
    const trimmed = message.trim();
    try {
      await apply({
        variables: {
          input: { missionId, ...(shiftId ? { shiftId } : {}), ...(trimmed ? { message: trimmed } : {}) },
        },
      });
      setSent(true);
    } catch (error: unknown) {
      setProblem(missionsProblem(error));
    }
  };

  if (!open) {
    return (
      <Group>
        <Button ref={applyButton} aria-describedby={describedBy} onClick={() => setOpen(true)}>
          {t('missions.mission.apply')}
        </Button>
      </Group>
    );
  }

  return (
    <Paper withBorder p="md" bg="gray.0">
      <form
        noValidate
        className={classes.form}
        aria-labelledby={formTitleId}
        onSubmit={(event) => void handleSubmit(event)}
      >
        <Stack gap="sm">
          <Text fw={600} id={formTitleId}>
            {t('missions.apply.formTitle', { when })}
          </Text>
          <Textarea
            ref={messageInput}
            label={t('missions.apply.message')}
            description={t('missions.apply.messageHelp')}
            name="message"
            rows={3}
            maxLength={MAX_MESSAGE_LENGTH}
            value={message}
            onChange={(event) => setMessage(event.currentTarget.value)}
          />
          <MissionsProblemAlert problem={problem} />
          <Group gap="sm" wrap="wrap">
            <Button type="submit" loading={loading}>
              {t('missions.apply.submit')}
            </Button>
            <Button
              variant="default"
              onClick={() => {
                cancelled.current = true;
                setOpen(false);
                setProblem(undefined);
              }}
            >
              {t('missions.apply.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
