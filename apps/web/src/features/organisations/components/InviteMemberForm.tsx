import { useMutation } from '@apollo/client/react';
import { Button, NativeSelect, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { SuccessAlert } from '../../../components/SuccessAlert';
import type { MembershipRole } from '../../../gql/graphql';
import classes from '../../identity/components/IdentityForm.module.css';
import { validateEmail } from '../../identity/utils/credentials';
import { INVITE_MEMBER_MUTATION } from '../graphql/organisationOperations';
import { invitationProblem, type OrganisationProblem } from '../utils/organisationErrors';
import { OrganisationProblemAlert } from './OrganisationProblemAlert';

const ROLES: readonly MembershipRole[] = ['MEMBER', 'ADMIN'];

function isMembershipRole(value: string): value is MembershipRole {
  return (ROLES as readonly string[]).includes(value);
}

/** Admins invite someone by email: the API mails them a link to join. */
export function InviteMemberForm({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const [invite, { loading }] = useMutation(INVITE_MEMBER_MUTATION);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<MembershipRole>('MEMBER');
  const [problem, setProblem] = useState<OrganisationProblem<'email'>>();
  const [sentTo, setSentTo] = useState<string>();
  const emailInput = useRef<HTMLInputElement>(null);

  const emailError = problem?.field === 'email' ? problem.problem : undefined;

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSentTo(undefined);
    const found = validateEmail(email);
    if (found) {
      setProblem({ field: 'email', problem: found });
      emailInput.current?.focus();
      return;
    }
    setProblem(undefined);
    try {
      const { data } = await invite({ variables: { input: { organisationId, email: email.trim(), role } } });
      if (!data) return;
      setSentTo(data.inviteMember.invitation.email);
      setEmail('');
    } catch (error: unknown) {
      const found = invitationProblem(error);
      setProblem(found);
      if (found.field) emailInput.current?.focus();
    }
  };

  return (
    <form
      noValidate
      className={classes.form}
      onSubmit={(event) => void handleSubmit(event)}
      aria-labelledby="invite-heading"
    >
      <Stack gap="md" maw={480}>
        <OrganisationProblemAlert problem={problem} />
        {sentTo ? <SuccessAlert>{t('organisations.invite.sent', { email: sentTo })}</SuccessAlert> : null}
        <TextInput
          ref={emailInput}
          label={t('organisations.invite.email')}
          name="email"
          type="email"
          autoComplete="off"
          required
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={emailError ? t(`organisations.errors.${emailError.key}`, emailError.values) : undefined}
        />
        <NativeSelect
          label={t('organisations.invite.role')}
          name="role"
          value={role}
          onChange={(event) => {
            const { value } = event.currentTarget;
            if (isMembershipRole(value)) setRole(value);
          }}
          data={ROLES.map((value) => ({ value, label: t(`organisations.roles.${value}`) }))}
        />
        <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
          {t('organisations.invite.submit')}
        </Button>
      </Stack>
    </form>
  );
}
