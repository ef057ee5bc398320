import { Alert, Anchor, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';

import { type Membership, RequireMembership } from '../../organisations/components/RequireMembership';
import { MentoringPanel } from '../components/MentoringPanel';
import { MissionsPanel } from '../components/MissionsPanel';

/** The page's tabs, as they appear in the address (`?onglet=parrainages`). */
export const MISSIONS_TABS = ['missions', 'parrainages'] as const;
type Tab = (typeof MISSIONS_TABS)[number];

function isTab(value: string | null): value is Tab {
  return (MISSIONS_TABS as readonly (string | null)[]).includes(value);
}

/** The two tabs of an association's volunteering; only the one shown asks the API (and polls). */
function AssociationMissions({
  organisation,
  contactName,
}: {
  organisation: Membership['organisation'];
  contactName: string;
}) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('onglet');
  const tab: Tab = isTab(requested) ? requested : 'missions';

  return (
    <Tabs
      value={tab}
      keepMounted={false}
      onChange={(value) => {
        if (!isTab(value)) return;
        setSearchParams(
          (current) => {
            const next = new URLSearchParams(current);
            if (value === 'missions') next.delete('onglet');
            else next.set('onglet', value);
            return next;
          },
          { replace: true },
        );
      }}
    >
      <Tabs.List aria-label={t('missionsPartners.tabs.label')} mb="lg">
        {MISSIONS_TABS.map((value) => (
          <Tabs.Tab key={value} value={value} fw={600} px="sm">
            {t(`missionsPartners.tabs.${value}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      <Tabs.Panel value="missions">
        <MissionsPanel organisation={organisation} contactName={contactName} />
      </Tabs.Panel>
      <Tabs.Panel value="parrainages">
        <MentoringPanel organisationId={organisation.id} />
      </Tabs.Panel>
    </Tabs>
  );
}

/**
 * `/organisations/:id/missions`: volunteering for an association's members — the missions it publishes and the
 * applications to them, and the mentoring pairs it follows.
 */
export function AssociationMissionsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const fallbackTitle = t('missionsPartners.page.fallbackTitle');
  return (
    <RequireMembership
      organisationId={id}
      title={fallbackTitle}
      notMine={t('missionsPartners.page.notMine')}
      backToList={t('missionsPartners.page.myOrganisations')}
    >
      {(membership, viewer) => {
        const { organisation } = membership;
        const title = t('missionsPartners.page.title', { name: organisation.name });
        return (
          <Stack gap="lg">
            <title>{t('app.pageTitle', { title })}</title>
            <Stack gap="xs">
              <Anchor component={Link} to={`/organisations/${organisation.id}`} size="sm">
                ← {organisation.name}
              </Anchor>
              <Title order={1} style={{ overflowWrap: 'anywhere' }}>
                {title}
              </Title>
              <Text c="gray.7">{t('missionsPartners.page.intro')}</Text>
            </Stack>
            {organisation.kind === 'ASSOCIATION' ? (
              <AssociationMissions organisation={organisation} contactName={viewer.displayName} />
            ) : (
              <Alert color="yellow.9" variant="outline" role="status">
                <Text c="gray.9">{t('missionsPartners.page.associationsOnly')}</Text>
              </Alert>
            )}
          </Stack>
        );
      }}
    </RequireMembership>
  );
}
