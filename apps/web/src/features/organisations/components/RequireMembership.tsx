import { Alert, Anchor, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { RequireViewer } from '../../identity/components/RequireViewer';
import type { Viewer } from '../../identity/hooks/useViewer';

export type Membership = Viewer['memberships'][number];

export interface RequireMembershipProps {
  organisationId: string;
  /** The page's title while we learn who is signed in, and when the organisation is not theirs. */
  title: string;
  /** What to say when the signed-in person is not a member, and the link back to their organisations. */
  notMine: string;
  backToList: string;
  children: (membership: Membership, viewer: Viewer) => ReactNode;
}

/** Renders a page of one of the signed-in person's organisations; anyone else is told it is not theirs. */
export function RequireMembership({
  organisationId,
  title,
  notMine,
  backToList,
  children,
}: RequireMembershipProps) {
  const { t } = useTranslation();
  return (
    <RequireViewer title={title}>
      {(viewer) => {
        const membership = viewer.memberships.find((item) => item.organisation.id === organisationId);
        if (membership) return children(membership, viewer);
        return (
          <Stack gap="md" align="flex-start">
            <title>{t('app.pageTitle', { title })}</title>
            <Title order={1}>{title}</Title>
            <Alert color="red.9" role="alert">
              {notMine}
            </Alert>
            <Anchor component={Link} to="/organisations">
              {backToList}
            </Anchor>
          </Stack>
        );
      }}
    </RequireViewer>
  );
}
