import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { FormProblem } from '../components/FormProblem';
import classes from '../components/IdentityForm.module.css';
import { SIGN_IN_MUTATION } from '../graphql/identityOperations';
import { useSetViewer } from '../hooks/useViewer';
import {
  type FieldErrors,
  type FieldProblem,
  type SignInField,
  type SignInValues,
  validateSignIn,
} from '../utils/credentials';
import { RETURN_PARAM, safeReturnPath, withReturnPath } from '../utils/returnPath';
import { type ServerProblem, signInProblem } from '../utils/serverErrors';

const FIELD_ORDER: readonly SignInField[] = ['email', 'password'];

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  // Where the person was going when asked to sign in, e.g. an invitation link.
  const returnTo = safeReturnPath(searchParams.get(RETURN_PARAM));
  const setViewer = useSetViewer();
  const [signIn, { loading }] = useMutation(SIGN_IN_MUTATION);
  const [values, setValues] = useState<SignInValues>({ email: '', password: '' });
  const [errors, setErrors] = useState<FieldErrors<SignInField>>({});
  const [formProblem, setFormProblem] = useState<ServerProblem>();
  const inputs = useRef<Partial<Record<SignInField, HTMLInputElement | null>>>({});

  const message = (problem: FieldProblem | undefined) =>
    problem ? t(`identity.errors.${problem.key}`, problem.values) : undefined;

  const update = (field: SignInField) => (event: { currentTarget: HTMLInputElement }) => {
    const { value } = event.currentTarget;
    setValues((current) => ({ ...current, [field]: value }));
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormProblem(undefined);
    const found = validateSignIn(values);
    setErrors(found);
    const first = FIELD_ORDER.find((field) => found[field]);
    if (first) {
      inputs.current[first]?.focus();
      return;
    }
    try {
      const { data } = await signIn({
        variables: { input: { email: values.email.trim(), password: values.password } },
      });
      if (!data) return;
      setViewer(data.signIn.viewer);
      await navigate(returnTo ?? '/compte');
    } catch (error: unknown) {
      setFormProblem(signInProblem(error));
    }
  };

  return (
    <Stack gap="lg" maw={480} mx="auto">
      <title>{t('app.pageTitle', { title: t('identity.signIn.title') })}</title>
      <Stack gap="xs">
        <Title order={1} id="sign-in-title">
          {t('identity.signIn.title')}
        </Title>
        <Text c="gray.7">{t('identity.signIn.intro')}</Text>
      </Stack>
      <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
        <form
          noValidate
          className={classes.form}
          onSubmit={(event) => void handleSubmit(event)}
          aria-labelledby="sign-in-title"
        >
          <Stack gap="md">
            <FormProblem problem={formProblem} />
            <TextInput
              ref={(element) => {
                inputs.current.email = element;
              }}
              label={t('identity.fields.email')}
              name="email"
              type="email"
              autoComplete="email"
              required
              value={values.email}
              onChange={update('email')}
              error={message(errors.email)}
            />
            <PasswordInput
              ref={(element) => {
                inputs.current.password = element;
              }}
              label={t('identity.fields.password')}
              name="password"
              autoComplete="current-password"
              required
              value={values.password}
              onChange={update('password')}
              error={message(errors.password)}
              // PasswordInput does not mark its inner input invalid by itself.
              aria-invalid={errors.password ? true : undefined}
              visibilityToggleButtonProps={{ 'aria-label': t('identity.fields.showPassword') }}
            />
            <Anchor component={Link} to="/mot-de-passe-oublie" size="sm">
              {t('identity.signIn.forgotPassword')}
            </Anchor>
            <Button type="submit" loading={loading} fullWidth>
              {t('identity.signIn.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
      <Text>
        {t('identity.signIn.noAccount')}{' '}
        <Anchor component={Link} to={withReturnPath('/inscription', returnTo)}>
          {t('identity.signUp.link')}
        </Anchor>
      </Text>
    </Stack>
  );
}
