import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';

import { QueryStatus } from '../../../components/QueryStatus';
import { VIEWER_QUERY } from '../../identity/graphql/identityOperations';
import { useViewer } from '../../identity/hooks/useViewer';
import { withReturnPath } from '../../identity/utils/returnPath';
import { OrganisationProblemAlert } from '../components/OrganisationProblemAlert';
import { ACCEPT_INVITATION_MUTATION } from '../graphql/organisationOperations';
import { acceptanceProblem, type OrganisationProblem } from '../utils/organisationErrors';

/** `/invitation?token=`: where the invitation mail leads; joins the organisation once signed in. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token')?.trim() ?? '';
  const { viewer, loading, error } = useViewer();
  const [accept, { loading: accepting }] = useMutation(ACCEPT_INVITATION_MUTATION, {
    // The new membership (and maybe a new role) shows in the header and on the organisation page at once.
    refetchQueries: [VIEWER_QUERY],
    awaitRefetchQueries: true,
  });
  const [problem, setProblem] = useState<OrganisationProblem>();
  const title = t('organisations.invitation.title');
  const here = `${pathname}${search}`;

  const handleAccept = async () => {
    setProblem(undefined);
    try {
      const { data } = await accept({ variables: { input: { token } } });
      if (!data) return;
      await navigate(`/organisations/${data.acceptInvitation.membership.organisation.id}`);
    } catch (failure: unknown) {
      setProblem(acceptanceProblem(failure));
    }
  };

  let body;
  if (!token) {
    body = (
      <Alert color="red.9" variant="filled" role="alert">
        {t('organisations.invitation.missingToken')}
      </Alert>
    );
  } else if (viewer === null) {
    body = (
      <Stack gap="md" align="flex-start">
        <Text>{t('organisations.invitation.signedOut')}</Text>
        <Group gap="md" wrap="wrap">
          <Button component={Link} to={withReturnPath('/connexion', here)}>
            {t('organisations.invitation.signIn')}
          </Button>
          <Button component={Link} to={withReturnPath('/inscription', here)} variant="outline">
            {t('organisations.invitation.signUp')}
          </Button>
        </Group>
      </Stack>
    );
  } else if (!viewer) {
    body = <QueryStatus loading={loading} error={error} />;
  } else {
    body = (
      <Stack gap="md" align="flex-start">
        <OrganisationProblemAlert problem={problem} />
        <Text>{t('organisations.invitation.signedInAs', { email: viewer.email })}</Text>
        <Text>{t('organisations.invitation.intro')}</Text>
        <Button loading={accepting} onClick={() => void handleAccept()}>
          {t('organisations.invitation.accept')}
        </Button>
        {problem ? (
          <Anchor component={Link} to="/organisations">
            {t('organisations.page.backToList')}
          </Anchor>
        ) : null}
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={560}>
      <title>{t('app.pageTitle', { title })}</title>
      <Title order={1}>{title}</Title>
      {body}
    </Stack>
  );
}
