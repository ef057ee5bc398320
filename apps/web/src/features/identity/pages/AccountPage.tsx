import { CombinedGraphQLErrors } from '@apollo/client';
import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';

import { QueryStatus } from '../../../components/QueryStatus';
import { ResendVerification } from '../components/ResendVerification';
import { SessionList } from '../components/SessionList';
import { ACCOUNT_DELETED_STATE, YourDataSection } from '../components/YourDataSection';
import { MY_SESSIONS_QUERY, REVOKE_SESSION_MUTATION, SIGN_OUT_MUTATION } from '../graphql/identityOperations';
import { useSetViewer, useViewer } from '../hooks/useViewer';

function isUnauthenticated(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((item) => item.extensions?.['code'] === 'UNAUTHENTICATED')
  );
}

/** The signed-in person's profile and active sessions; signed-out visitors are sent to sign in. */
export function AccountPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const setViewer = useSetViewer();
  const { viewer, loading, error } = useViewer();
  const sessions = useQuery(MY_SESSIONS_QUERY, viewer ? { fetchPolicy: 'network-only' } : skipToken);
  const [revokeSession] = useMutation(REVOKE_SESSION_MUTATION);
  const [signOut, { loading: signingOut }] = useMutation(SIGN_OUT_MUTATION);
  const [revokingId, setRevokingId] = useState<string>();
  const [actionFailed, setActionFailed] = useState(false);
  const [deleted, setDeleted] = useState(false);
  const title = t('identity.account.title');

  if (deleted) return <Navigate to="/" replace state={ACCOUNT_DELETED_STATE} />;
  if (viewer === null || isUnauthenticated(sessions.error)) return <Navigate to="/connexion" replace />;
  if (!viewer) {
    return (
      <Stack gap="md">
        <title>{t('app.pageTitle', { title })}</title>
        <Title order={1}>{title}</Title>
        <QueryStatus loading={loading} error={error} />
      </Stack>
    );
  }

  const handleRevoke = async (sessionId: string) => {
    setActionFailed(false);
    setRevokingId(sessionId);
    try {
      await revokeSession({ variables: { input: { sessionId } } });
    } catch {
      setActionFailed(true);
    }
    try {
      await sessions.refetch();
    } finally {
      setRevokingId(undefined);
    }
  };

  const handleSignOut = async () => {
    setActionFailed(false);
    try {
      await signOut();
    } catch {
      setActionFailed(true);
      return;
    }
    setViewer(null);
    await navigate('/connexion', { replace: true });
  };

  const handleDeleted = () => {
    // Head home before forgetting the viewer: signed out, this page would otherwise send the person to sign in.
    flushSync(() => setDeleted(true));
    setViewer(null);
  };

  return (
    <Stack gap="xl">
      <title>{t('app.pageTitle', { title })}</title>
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="md">
        <Title order={1}>{title}</Title>
        <Button variant="outline" loading={signingOut} onClick={() => void handleSignOut()}>
          {t('identity.account.signOut')}
        </Button>
      </Group>

      {actionFailed ? (
        <Alert color="red.9" variant="filled" role="alert">
          {t('identity.account.actionFailed')}
        </Alert>
      ) : null}

      <section aria-labelledby="profile-heading">
        <Title order={2} size="h3" id="profile-heading" mb="sm">
          {t('identity.account.profile')}
        </Title>
        <Stack component="dl" gap="xs" m={0}>
          <div>
            <Text component="dt" size="sm" fw={600} c="gray.7">
              {t('identity.fields.displayName')}
            </Text>
            <Text component="dd" m={0}>
              {viewer.displayName}
            </Text>
          </div>
          <div>
            <Text component="dt" size="sm" fw={600} c="gray.7">
              {t('identity.fields.email')}
            </Text>
            <Group component="dd" m={0} gap="xs" wrap="wrap">
              <Text component="span" style={{ overflowWrap: 'anywhere' }}>
                {viewer.email}
              </Text>
              <Badge color={viewer.emailVerified ? 'teal.9' : 'gray.8'} variant="filled">
                {viewer.emailVerified
                  ? t('identity.account.emailVerified')
                  : t('identity.account.emailNotVerified')}
              </Badge>
            </Group>
          </div>
        </Stack>
        {viewer.emailVerified ? null : (
          <Stack gap="xs" mt="md">
            <Text c="gray.7">{t('identity.account.verifyIntro')}</Text>
            <ResendVerification />
          </Stack>
        )}
      </section>

      <section aria-labelledby="sessions-heading">
        <Title order={2} size="h3" id="sessions-heading" mb="xs">
          {t('identity.account.sessions')}
        </Title>
        <Text c="gray.7" mb="md">
          {t('identity.account.sessionsIntro')}
        </Text>
        {sessions.data ? (
          <SessionList
            sessions={sessions.data.mySessions}
            revokingId={revokingId}
            onRevoke={(sessionId) => void handleRevoke(sessionId)}
          />
        ) : (
          <QueryStatus loading={sessions.loading} error={sessions.error} />
        )}
      </section>

      <YourDataSection onDeleted={handleDeleted} />
    </Stack>
  );
}
