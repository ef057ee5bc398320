import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { SuccessAlert } from '../../../components/SuccessAlert';
import { QueryStatus } from '../../../components/QueryStatus';
import { ResendVerification } from '../components/ResendVerification';
import { VERIFY_EMAIL_MUTATION } from '../graphql/identityOperations';
import { useViewer } from '../hooks/useViewer';
import { isInvalidLinkError } from '../utils/serverErrors';

/** Where the link of the verification mail leads: confirms the address once, then says whether it worked. */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token')?.trim() ?? '';
  const { viewer, loading: viewerLoading } = useViewer();
  // The returned Viewer is normalised by id: when it is the signed-in person, the cached viewer (header,
  // account page) becomes verified at once, and nobody else is ever shown as signed in.
  const [verifyEmail, { data, error }] = useMutation(VERIFY_EMAIL_MUTATION);
  // A link works once: never send the same token twice (StrictMode runs effects twice in development).
  const verifiedToken = useRef<string>(undefined);
  const title = t('identity.verifyEmail.title');

  useEffect(() => {
    // Wait for the viewer query first: answered after the mutation, it would mark the address unverified again.
    if (!token || viewerLoading || verifiedToken.current === token) return;
    verifiedToken.current = token;
    verifyEmail({ variables: { input: { token } } }).catch(() => {
      // Shown from `error` below.
    });
  }, [token, viewerLoading, verifyEmail]);

  let body;
  if (data) {
    body = (
      <Stack gap="md" align="flex-start">
        <SuccessAlert title={t('identity.verifyEmail.success')}>
          {t('identity.verifyEmail.successText')}
        </SuccessAlert>
        <Anchor component={Link} to="/compte">
          {t('identity.verifyEmail.toAccount')}
        </Anchor>
      </Stack>
    );
  } else if (!token || error) {
    body = (
      <Stack gap="md" align="flex-start">
        <Alert color="red.9" variant="filled" role="alert">
          {!token
            ? t('identity.verifyEmail.missingToken')
            : isInvalidLinkError(error)
              ? t('identity.errors.linkInvalid')
              : t('identity.errors.unexpected')}
        </Alert>
        {viewer && !viewer.emailVerified ? <ResendVerification /> : null}
        {viewer === null ? (
          <Text>
            {t('identity.verifyEmail.signInToResend')}{' '}
            <Anchor component={Link} to="/connexion">
              {t('identity.signIn.link')}
            </Anchor>
          </Text>
        ) : null}
      </Stack>
    );
  } else {
    body = <QueryStatus loading />;
  }

  return (
    <Stack gap="lg" maw={560} mx="auto">
      <title>{t('app.pageTitle', { title })}</title>
      <Title order={1}>{title}</Title>
      {body}
    </Stack>
  );
}
