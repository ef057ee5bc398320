import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, List, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { downloadFile } from '../../../utils/download';
import { DELETE_MY_ACCOUNT_MUTATION, EXPORT_MY_DATA_MUTATION } from '../graphql/identityOperations';
import { deleteAccountProblem, type ServerProblem } from '../utils/serverErrors';
import { FormProblem } from './FormProblem';
import classes from './IdentityForm.module.css';

/** The name of the file the export is downloaded as. */
export const EXPORT_FILE_NAME = 'entraide-mes-donnees.json';

/** Navigation state the home page reads to say the account has been deleted. */
export const ACCOUNT_DELETED_STATE = { accountDeleted: true } as const;

/**
 * "Your data": download everything held about the person, or delete their account after typing the password;
 * `onDeleted` runs once the account is gone (and the person signed out).
 */
export function YourDataSection({ onDeleted }: { onDeleted: () => void }) {
  const { t } = useTranslation();
  const [exportMyData, { loading: exporting }] = useMutation(EXPORT_MY_DATA_MUTATION);
  const [deleteMyAccount, { loading: deleting }] = useMutation(DELETE_MY_ACCOUNT_MUTATION);
  const [exportStatus, setExportStatus] = useState<'done' | 'failed'>();
  const [confirming, setConfirming] = useState(false);
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<ServerProblem<'password'>>();
  const passwordInput = useRef<HTMLInputElement>(null);

  // Opening the confirmation moves the focus to the password it asks for.
  useEffect(() => {
    if (confirming) passwordInput.current?.focus();
  }, [confirming]);

  const handleExport = async () => {
    setExportStatus(undefined);
    try {
      const { data } = await exportMyData();
      if (!data) throw new Error('No export');
      downloadFile(EXPORT_FILE_NAME, data.exportMyData.json, 'application/json');
      setExportStatus('done');
    } catch {
      setExportStatus('failed');
    }
  };

  const handleDelete = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!password) {
      setProblem({ field: 'password', problem: { key: 'passwordRequired' } });
      passwordInput.current?.focus();
      return;
    }
    setProblem(undefined);
    try {
      await deleteMyAccount({ variables: { input: { password } } });
    } catch (error) {
      const found = deleteAccountProblem(error);
      setProblem(found);
      if (found.field) passwordInput.current?.focus();
      return;
    }
    onDeleted();
  };

  const cancel = () => {
    setConfirming(false);
    setPassword('');
    setProblem(undefined);
  };

  const passwordError = problem?.field
    ? t(`identity.errors.${problem.problem.key}`, problem.problem.values)
    : undefined;

  return (
    <section aria-labelledby="data-heading">
      <Title order={2} size="h3" id="data-heading" mb="xs">
        {t('identity.account.data.title')}
      </Title>
      <Text c="gray.7" mb="md">
        {t('identity.account.data.intro')}
      </Text>
      <Stack gap="md" align="flex-start">
        <Button variant="outline" color="blue.9" loading={exporting} onClick={() => void handleExport()}>
          {t('identity.account.data.download')}
        </Button>
        <div role="status">
          {exportStatus === 'done' ? <Text c="teal.9">{t('identity.account.data.downloaded')}</Text> : null}
        </div>
        {exportStatus === 'failed' ? (
          <Alert color="red.9" variant="filled" role="alert">
            {t('identity.account.actionFailed')}
          </Alert>
        ) : null}

        {confirming ? (
          <Paper withBorder p="md" w="100%" maw="36rem">
            <form
              aria-labelledby="delete-heading"
              className={classes.form}
              noValidate
              onSubmit={(event) => void handleDelete(event)}
            >
              <Stack gap="sm">
                <Title order={3} size="h4" id="delete-heading">
                  {t('identity.account.data.deleteTitle')}
                </Title>
                <Text>{t('identity.account.data.deleteIntro')}</Text>
                <List spacing={4}>
                  <List.Item>{t('identity.account.data.deleteAnonymised')}</List.Item>
                  <List.Item>{t('identity.account.data.deleteSessions')}</List.Item>
                  <List.Item>{t('identity.account.data.deleteKept')}</List.Item>
                </List>
                <Text fw={600}>{t('identity.account.data.deleteIrreversible')}</Text>
                <FormProblem problem={problem} />
                <PasswordInput
                  ref={passwordInput}
                  label={t('identity.fields.password')}
                  description={t('identity.account.data.passwordHelp')}
                  name="password"
                  autoComplete="current-password"
                  required
                  value={password}
                  onChange={(event) => setPassword(event.currentTarget.value)}
                  error={passwordError}
                  // PasswordInput does not mark its inner input invalid by itself.
                  aria-invalid={passwordError ? true : undefined}
                  visibilityToggleButtonProps={{ 'aria-label': t('identity.fields.showPassword') }}
                />
                <Group gap="sm">
                  <Button type="submit" color="red.9" loading={deleting}>
                    {t('identity.account.data.confirmDelete')}
                  </Button>
                  <Button variant="default" onClick={cancel} disabled={deleting}>
                    {t('identity.account.data.cancel')}
                  </Button>
                </Group>
              </Stack>
            </form>
          </Paper>
        ) : (
          <Button variant="outline" color="red.9" onClick={() => setConfirming(true)}>
            {t('identity.account.data.delete')}
          </Button>
        )}
      </Stack>
    </section>
  );
}
