import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { MentoringGoal, PartnerMentoringPairFieldsFragment } from '../../../gql/graphql';
import classes from '../../identity/components/IdentityForm.module.css';
import { PARTNER_CREATE_MENTORING_PAIR_MUTATION } from '../graphql/missionsPartnersOperations';
import { MENTORING_GOALS } from '../utils/format';
import { type MissionsProblem, missionsProblem } from '../utils/missionsErrors';
import { MissionsProblemAlert } from './MissionsProblemAlert';

/** The API keeps at most this many characters of an alias. */
export const MAX_ALIAS_LENGTH = 60;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Field = 'mentorEmail' | 'menteeAlias' | 'goals';
type FieldErrors = Partial<Record<Field, string>>;

/** Problems the API reports that belong to one field. */
const FIELD_OF_PROBLEM: Record<string, Field> = {
  mentorUnknown: 'mentorEmail',
  aliasTooShort: 'menteeAlias',
  goalRequired: 'goals',
};

function isGoal(value: string): value is MentoringGoal {
  return (MENTORING_GOALS as readonly string[]).includes(value);
}

/** "Nouveau parrainage": the mentor's account email, an alias (no legal name), and the goals. */
export function MentoringPairForm({
  organisationId,
  labelledBy,
  onDone,
}: {
  organisationId: string;
  labelledBy: string;
  onDone: (pair: PartnerMentoringPairFieldsFragment) => void;
}) {
  const { t } = useTranslation();
  const [mentorEmail, setMentorEmail] = useState('');
  const [menteeAlias, setMenteeAlias] = useState('');
  const [goals, setGoals] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<MissionsProblem>();
  const emailInput = useRef<HTMLInputElement>(null);
  const aliasInput = useRef<HTMLInputElement>(null);
  const goalsGroup = useRef<HTMLDivElement>(null);
  const [create, { loading }] = useMutation(PARTNER_CREATE_MENTORING_PAIR_MUTATION, {
    refetchQueries: ['PartnerOrganisationMentoring'],
  });

  const focusFirst = (found: FieldErrors) => {
    if (found.mentorEmail) emailInput.current?.focus();
    else if (found.menteeAlias) aliasInput.current?.focus();
    else if (found.goals) goalsGroup.current?.querySelector<HTMLInputElement>('input')?.focus();
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(undefined);
    const found: FieldErrors = {};
    if (!EMAIL.test(mentorEmail.trim())) found.mentorEmail = t('missionsPartners.errors.emailInvalid');
    if (menteeAlias.trim().length < 2) found.menteeAlias = t('missionsPartners.errors.aliasTooShort');
    if (goals.length === 0) found.goals = t('missionsPartners.errors.goalRequired');
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirst(found);
      return;
    }
    try {
      const { data } = await create({
        variables: {
          input: {
            organisationId,
            mentorEmail: mentorEmail.trim(),
            menteeAlias: menteeAlias.trim(),
            // In the order of the checkboxes, whatever the order they were ticked in.
            goals: MENTORING_GOALS.filter((goal) => goals.includes(goal)),
          },
        },
      });
      if (!data) return;
      onDone(data.createMentoringPair);
      setMentorEmail('');
      setMenteeAlias('');
      setGoals([]);
    } catch (error: unknown) {
      const found = missionsProblem(error);
      const field = FIELD_OF_PROBLEM[found.key];
      if (field) {
        const fieldErrors = { [field]: t(`missionsPartners.errors.${found.key}`, found.values) };
        setErrors(fieldErrors);
        focusFirst(fieldErrors);
      } else {
        setProblem(found);
      }
    }
  };

  return (
    <form
      noValidate
      className={classes.form}
      onSubmit={(event) => void handleSubmit(event)}
      aria-labelledby={labelledBy}
    >
      <Stack gap="md" maw={720}>
        <MissionsProblemAlert problem={problem} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            ref={emailInput}
            label={t('missionsPartners.mentoring.mentorEmail')}
            description={t('missionsPartners.mentoring.mentorEmailHelp')}
            name="mentorEmail"
            type="email"
            required
            autoComplete="off"
            value={mentorEmail}
            onChange={(event) => setMentorEmail(event.currentTarget.value)}
            error={errors.mentorEmail}
          />
          <TextInput
            ref={aliasInput}
            label={t('missionsPartners.mentoring.menteeAlias')}
            description={t('missionsPartners.mentoring.menteeAliasHelp')}
            name="menteeAlias"
            required
            autoComplete="off"
            maxLength={MAX_ALIAS_LENGTH}
            value={menteeAlias}
            onChange={(event) => setMenteeAlias(event.currentTarget.value)}
            error={errors.menteeAlias}
          />
        </SimpleGrid>
        <Checkbox.Group
          ref={goalsGroup}
          label={t('missionsPartners.mentoring.goals')}
          required
          value={goals}
          onChange={(value) => setGoals(value.filter(isGoal))}
          error={errors.goals}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs" mt="xs">
            {MENTORING_GOALS.map((goal) => (
              <Checkbox key={goal} value={goal} label={t(`missionsPartners.goals.${goal}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Group gap="sm">
          <Button type="submit" loading={loading}>
            {t('missionsPartners.mentoring.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
