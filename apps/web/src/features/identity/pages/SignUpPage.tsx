import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { FormProblem } from '../components/FormProblem';
import classes from '../components/IdentityForm.module.css';
import { SIGN_UP_MUTATION } from '../graphql/identityOperations';
import { useSetViewer } from '../hooks/useViewer';
import {
  type FieldErrors,
  type FieldProblem,
  MIN_PASSWORD_LENGTH,
  type SignUpField,
  type SignUpValues,
  validateSignUp,
} from '../utils/credentials';
import { RETURN_PARAM, safeReturnPath, withReturnPath } from '../utils/returnPath';
import { type ServerProblem, signUpProblem } from '../utils/serverErrors';

const FIELD_ORDER: readonly SignUpField[] = ['displayName', 'email', 'password'];

export function SignUpPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  // Where the person was going when asked to sign in, e.g. an invitation link.
  const returnTo = safeReturnPath(searchParams.get(RETURN_PARAM));
  const setViewer = useSetViewer();
  const [signUp, { loading }] = useMutation(SIGN_UP_MUTATION);
  const [values, setValues] = useState<SignUpValues>({ displayName: '', email: '', password: '' });
  const [errors, setErrors] = useState<FieldErrors<SignUpField>>({});
  const [formProblem, setFormProblem] = useState<ServerProblem>();
  const inputs = useRef<Partial<Record<SignUpField, HTMLInputElement | null>>>({});

  const message = (problem: FieldProblem | undefined) =>
    problem ? t(`identity.errors.${problem.key}`, problem.values) : undefined;

  const update = (field: SignUpField) => (event: { currentTarget: HTMLInputElement }) => {
    const { value } = event.currentTarget;
    setValues((current) => ({ ...current, [field]: value }));
  };

  const showFieldErrors = (found: FieldErrors<SignUpField>) => {
    setErrors(found);
    const first = FIELD_ORDER.find((field) => found[field]);
    if (first) inputs.current[first]?.focus();
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormProblem(undefined);
    const found = validateSignUp(values);
    showFieldErrors(found);
    if (Object.keys(found).length) return;
    try {
      const { data } = await signUp({
        variables: {
          input: {
            displayName: values.displayName.trim(),
            email: values.email.trim(),
            password: values.password,
          },
        },
      });
      if (!data) return;
      setViewer(data.signUp.viewer);
      await navigate(returnTo ?? '/compte');
    } catch (error: unknown) {
      const problem = signUpProblem(error);
      if (problem.field) showFieldErrors({ [problem.field]: problem.problem });
      else setFormProblem(problem);
    }
  };

  return (
    <Stack gap="lg" maw={480} mx="auto">
      <title>{t('app.pageTitle', { title: t('identity.signUp.title') })}</title>
      <Stack gap="xs">
        <Title order={1} id="sign-up-title">
          {t('identity.signUp.title')}
        </Title>
        <Text c="gray.7">{t('identity.signUp.intro')}</Text>
      </Stack>
      <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
        <form
          noValidate
          className={classes.form}
          onSubmit={(event) => void handleSubmit(event)}
          aria-labelledby="sign-up-title"
        >
          <Stack gap="md">
            <FormProblem problem={formProblem} />
            <TextInput
              ref={(element) => {
                inputs.current.displayName = element;
              }}
              label={t('identity.fields.displayName')}
              description={t('identity.fields.displayNameHelp')}
              name="displayName"
              autoComplete="name"
              required
              value={values.displayName}
              onChange={update('displayName')}
              error={message(errors.displayName)}
            />
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
              description={t('identity.fields.passwordHelp', { count: MIN_PASSWORD_LENGTH })}
              name="password"
              autoComplete="new-password"
              required
              value={values.password}
              onChange={update('password')}
              error={message(errors.password)}
              // PasswordInput does not mark its inner input invalid by itself.
              aria-invalid={errors.password ? true : undefined}
              visibilityToggleButtonProps={{ 'aria-label': t('identity.fields.showPassword') }}
            />
            <Button type="submit" loading={loading} fullWidth>
              {t('identity.signUp.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
      <Text>
        {t('identity.signUp.haveAccount')}{' '}
        <Anchor component={Link} to={withReturnPath('/connexion', returnTo)}>
          {t('identity.signIn.link')}
        </Anchor>
      </Text>
    </Stack>
  );
}
