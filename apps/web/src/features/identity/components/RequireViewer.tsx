import { Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';

import { QueryStatus } from '../../../components/QueryStatus';
import { type Viewer, useViewer } from '../hooks/useViewer';
import { withReturnPath } from '../utils/returnPath';

export interface RequireViewerProps {
  /** The page's title, shown while we learn who is signed in. */
  title: string;
  children: (viewer: Viewer) => ReactNode;
}

/** Renders a page for the signed-in person; signed-out visitors are sent to sign in, then brought back here. */
export function RequireViewer({ title, children }: RequireViewerProps) {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const { viewer, loading, error } = useViewer();
  if (viewer === null) return <Navigate to={withReturnPath('/connexion', `${pathname}${search}`)} replace />;
  if (!viewer) {
    return (
      <Stack gap="md">
        <title>{t('app.pageTitle', { title })}</title>
        <Title order={1}>{title}</Title>
        <QueryStatus loading={loading} error={error} />
      </Stack>
    );
  }
  return <>{children(viewer)}</>;
}
