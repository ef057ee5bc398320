import { Alert, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { RequireViewer } from '../../identity/components/RequireViewer';

export interface CoordinatorOnlyProps {
  /** The page's title, also shown above the "not allowed" message. */
  title: string;
  children: ReactNode;
}

/** The coordination pages: signed-out visitors go to sign in, and others than coordinators are told no. */
export function CoordinatorOnly({ title, children }: CoordinatorOnlyProps) {
  return (
    <RequireViewer title={title}>
      {(viewer) => (viewer.roles.includes('COORDINATOR') ? children : <NotAllowed title={title} />)}
    </RequireViewer>
  );
}

/** Said when the API or the viewer's roles show the person is not a coordinator. */
export function NotAllowed({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <title>{t('app.pageTitle', { title })}</title>
      <Title order={1}>{title}</Title>
      <Alert color="red.9" variant="filled" role="alert" title={t('coordination.notAllowed.title')}>
        {t('coordination.notAllowed.text')}
      </Alert>
    </Stack>
  );
}
