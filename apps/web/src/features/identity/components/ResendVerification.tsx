import { useMutation } from '@apollo/client/react';
import { Alert, Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { RESEND_VERIFICATION_EMAIL_MUTATION } from '../graphql/identityOperations';

type Outcome = 'sent' | 'alreadyVerified' | 'failed';

/** A button mailing the signed-in person a new verification link, then saying what happened. */
export function ResendVerification() {
  const { t } = useTranslation();
  const [resend, { loading }] = useMutation(RESEND_VERIFICATION_EMAIL_MUTATION);
  const [outcome, setOutcome] = useState<Outcome>();

  const handleClick = async () => {
    setOutcome(undefined);
    try {
      const { data } = await resend();
      if (!data) return;
      setOutcome(data.resendVerificationEmail.sent ? 'sent' : 'alreadyVerified');
    } catch {
      setOutcome('failed');
    }
  };

  return (
    <Stack gap="sm" align="flex-start">
      <Button variant="outline" loading={loading} onClick={() => void handleClick()}>
        {t('identity.resendVerification.button')}
      </Button>
      {/* Always rendered, so that screen readers announce the message when it appears. */}
      <div role="status">
        {outcome === 'sent' || outcome === 'alreadyVerified' ? (
          <Alert color="teal.9" variant="filled">
            {t(`identity.resendVerification.${outcome}`)}
          </Alert>
        ) : null}
      </div>
      {outcome === 'failed' ? (
        <Alert color="red.9" variant="filled" role="alert">
          {t('identity.errors.unexpected')}
        </Alert>
      ) : null}
    </Stack>
  );
}
