import { useQuery } from '@apollo/client/react';
import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { QueryStatus } from '../../../components/QueryStatus';
import { RequireViewer } from '../../identity/components/RequireViewer';
import type { Viewer } from '../../identity/hooks/useViewer';
import { AnnouncementCard } from '../components/AnnouncementCard';
import { AnnouncementForm } from '../components/AnnouncementForm';
import { PartnerProblemAlert } from '../components/PartnerProblemAlert';
import { PartnersForbidden } from '../components/PartnersForbidden';
import { ANNOUNCEMENTS_PAGE_SIZE, ANNOUNCEMENTS_QUERY } from '../graphql/partnerOperations';
import { directoryProblem, isForbidden } from '../utils/partnerErrors';
import { isCoordinator } from '../utils/partnerAccess';

function Announcements({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const coordinator = isCoordinator(viewer);
  const { data, loading, error } = useQuery(ANNOUNCEMENTS_QUERY, {
    variables: { first: ANNOUNCEMENTS_PAGE_SIZE },
    // Each person reads their own selection: never the cache of whoever was signed in before on this tab.
    fetchPolicy: 'network-only',
  });
  const announcements = data?.announcements;

  if (error && isForbidden(error)) return <PartnersForbidden />;

  return (
    <>
      {coordinator ? (
        <Paper component="section" withBorder p="md" aria-labelledby="announcement-form-heading">
          <Title order={2} size="h3" id="announcement-form-heading" mb="xs">
            {t('partners.announcements.form.title')}
          </Title>
          <Text c="gray.7" mb="md" maw="46rem">
            {t('partners.announcements.form.intro')}
          </Text>
          <AnnouncementForm />
        </Paper>
      ) : null}
      <section aria-labelledby="announcements-list-heading">
        <Title order={2} size="h3" id="announcements-list-heading" mb="sm">
          {t(
            coordinator ? 'partners.announcements.listTitleCoordinator' : 'partners.announcements.listTitle',
          )}
        </Title>
        {error ? <PartnerProblemAlert problem={directoryProblem(error)} /> : null}
        {announcements ? (
          announcements.length === 0 ? (
            <Text>{t('partners.announcements.empty')}</Text>
          ) : (
            <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
              {announcements.map((announcement) => (
                <li key={announcement.id}>
                  <AnnouncementCard announcement={announcement} showRecipients={coordinator} />
                </li>
              ))}
            </Stack>
          )
        ) : null}
        {!announcements && !error ? <QueryStatus loading={loading} /> : null}
      </section>
    </>
  );
}

/**
 * `/partenaires/annonces`: the coordinators' announcements to the partners, newest first; coordinators also
 * write new ones (members of a verified organisation and coordinators).
 */
export function AnnouncementsPage() {
  const { t } = useTranslation();
  const title = t('partners.announcements.title');
  return (
    <RequireViewer title={title}>
      {(viewer) => (
        <Stack gap="xl">
          <title>{t('app.pageTitle', { title })}</title>
          <Stack gap="xs">
            <Title order={1}>{title}</Title>
            <Text c="gray.7" maw="46rem">
              {t('partners.announcements.intro')}
            </Text>
            <Anchor component={Link} to="/partenaires" size="sm" underline="always">
              {t('partners.announcements.directoryLink')}
            </Anchor>
          </Stack>
          <Announcements viewer={viewer} />
        </Stack>
      )}
    </RequireViewer>
  );
}
