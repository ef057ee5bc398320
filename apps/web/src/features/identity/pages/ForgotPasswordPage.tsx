import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { SuccessAlert } from '../../../components/SuccessAlert';
import { FormProblem } from '../components/FormProblem';
import classes from '../components/IdentityForm.module.css';
import { REQUEST_PASSWORD_RESET_MUTATION } from '../graphql/identityOperations';
import { type FieldProblem, validateEmail } from '../utils/credentials';
import { passwordResetRequestProblem, type ServerProblem } from '../utils/serverErrors';

/** Asks for a link to choose a new password; never says whether the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [requestReset, { loading }] = useMutation(REQUEST_PASSWORD_RESET_MUTATION);
  const [email, setEmail] = useState('');
  const [emailError, setEmailError] = useState<FieldProblem>();
  const [formProblem, setFormProblem] = useState<ServerProblem>();
  const [sent, setSent] = useState(false);
  const emailInput = useRef<HTMLInputElement>(null);
  const title = t('identity.forgotPassword.title');

  const showEmailError = (problem: FieldProblem | undefined) => {
    setEmailError(problem);
    if (problem) emailInput.current?.focus();
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormProblem(undefined);
    const found = validateEmail(email);
    showEmailError(found);
    if (found) return;
    try {
      const { data } = await requestReset({ variables: { input: { email: email.trim() } } });
      if (data) setSent(true);
    } catch (error: unknown) {
      const problem = passwordResetRequestProblem(error);
      if (problem.field) showEmailError(problem.problem);
      else setFormProblem(problem);
    }
  };

  return (
    <Stack gap="lg" maw={480} mx="auto">
      <title>{t('app.pageTitle', { title })}</title>
      <Stack gap="xs">
        <Title order={1} id="forgot-password-title">
          {title}
        </Title>
        {sent ? null : <Text c="gray.7">{t('identity.forgotPassword.intro')}</Text>}
      </Stack>
      {sent ? (
        <SuccessAlert title={t('identity.forgotPassword.sent')}>
          {t('identity.forgotPassword.sentText')}
        </SuccessAlert>
      ) : (
        <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
          <form
            noValidate
            className={classes.form}
            onSubmit={(event) => void handleSubmit(event)}
            aria-labelledby="forgot-password-title"
          >
            <Stack gap="md">
              <FormProblem problem={formProblem} />
              <TextInput
                ref={emailInput}
                label={t('identity.fields.email')}
                name="email"
                type="email"
                autoComplete="email"
                required
                value={email}
                onChange={(event) => setEmail(event.currentTarget.value)}
                error={emailError ? t(`identity.errors.${emailError.key}`, emailError.values) : undefined}
              />
              <Button type="submit" loading={loading} fullWidth>
                {t('identity.forgotPassword.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
      )}
      <Text>
        <Anchor component={Link} to="/connexion">
          {t('identity.forgotPassword.backToSignIn')}
        </Anchor>
      </Text>
    </Stack>
  );
}
