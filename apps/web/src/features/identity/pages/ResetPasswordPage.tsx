import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { FormProblem } from '../components/FormProblem';
import classes from '../components/IdentityForm.module.css';
import { RESET_PASSWORD_MUTATION } from '../graphql/identityOperations';
import { useSetViewer } from '../hooks/useViewer';
import { type FieldProblem, MIN_PASSWORD_LENGTH, validateNewPassword } from '../utils/credentials';
import { resetPasswordProblem, type ServerProblem } from '../utils/serverErrors';

/** Where the link of the reset mail leads: choose a new password, then go to the account, signed in. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const setViewer = useSetViewer();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token')?.trim() ?? '';
  const [resetPassword, { loading }] = useMutation(RESET_PASSWORD_MUTATION);
  const [password, setPassword] = useState('');
  const [passwordError, setPasswordError] = useState<FieldProblem>();
  const [formProblem, setFormProblem] = useState<ServerProblem>();
  const [linkInvalid, setLinkInvalid] = useState(false);
  const passwordInput = useRef<HTMLInputElement>(null);
  const title = t('identity.resetPassword.title');

  const showPasswordError = (problem: FieldProblem | undefined) => {
    setPasswordError(problem);
    if (problem) passwordInput.current?.focus();
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormProblem(undefined);
    const found = validateNewPassword(password);
    showPasswordError(found);
    if (found) return;
    try {
      const { data } = await resetPassword({ variables: { input: { token, password } } });
      if (!data) return;
      setViewer(data.resetPassword.viewer);
      await navigate('/compte', { replace: true });
    } catch (error: unknown) {
      const problem = resetPasswordProblem(error);
      if (problem.problem.key === 'linkInvalid') setLinkInvalid(true);
      else if (problem.field) showPasswordError(problem.problem);
      else setFormProblem(problem);
    }
  };

  const header = (
    <>
      <title>{t('app.pageTitle', { title })}</title>
      <Title order={1} id="reset-password-title">
        {title}
      </Title>
    </>
  );

  if (!token || linkInvalid) {
    return (
      <Stack gap="lg" maw={480} mx="auto">
        {header}
        <Alert color="red.9" variant="filled" role="alert">
          {token ? t('identity.errors.linkInvalid') : t('identity.resetPassword.missingToken')}
        </Alert>
        <Text>
          <Anchor component={Link} to="/mot-de-passe-oublie">
            {t('identity.resetPassword.askNewLink')}
          </Anchor>
        </Text>
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={480} mx="auto">
      <Stack gap="xs">
        {header}
        <Text c="gray.7">{t('identity.resetPassword.intro')}</Text>
      </Stack>
      <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
        <form
          noValidate
          className={classes.form}
          onSubmit={(event) => void handleSubmit(event)}
          aria-labelledby="reset-password-title"
        >
          <Stack gap="md">
            <FormProblem problem={formProblem} />
            <PasswordInput
              ref={passwordInput}
              label={t('identity.resetPassword.password')}
              description={t('identity.fields.passwordHelp', { count: MIN_PASSWORD_LENGTH })}
              name="password"
              autoComplete="new-password"
              required
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={
                passwordError ? t(`identity.errors.${passwordError.key}`, passwordError.values) : undefined
              }
              // PasswordInput does not mark its inner input invalid by itself.
              aria-invalid={passwordError ? true : undefined}
              visibilityToggleButtonProps={{ 'aria-label': t('identity.fields.showPassword') }}
            />
            <Button type="submit" loading={loading} fullWidth>
              {t('identity.resetPassword.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
