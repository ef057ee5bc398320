import { Alert, Anchor, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';

import { type Membership, RequireMembership } from '../../organisations/components/RequireMembership';
import { HouseholdsPanel } from '../components/HouseholdsPanel';
import { ProposalsPanel } from '../components/ProposalsPanel';
import { StaysPanel } from '../components/StaysPanel';
import { VerificationsPanel } from '../components/VerificationsPanel';

/** The page's tabs, as they appear in the address (`?onglet=sejours`). */
export const HOSTING_TABS = ['foyers', 'propositions', 'sejours', 'verifications'] as const;
type Tab = (typeof HOSTING_TABS)[number];

function isTab(value: string | null): value is Tab {
  return (HOSTING_TABS as readonly (string | null)[]).includes(value);
}

/** The four tabs of an association's hosting; only the one shown asks the API (and polls). */
function AssociationHosting({ organisation }: { organisation: Membership['organisation'] }) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('onglet');
  const tab: Tab = isTab(requested) ? requested : 'foyers';

  return (
    <Tabs
      value={tab}
      keepMounted={false}
      onChange={(value) => {
        if (!isTab(value)) return;
        setSearchParams(
          (current) => {
            const next = new URLSearchParams(current);
            if (value === 'foyers') next.delete('onglet');
            else next.set('onglet', value);
            return next;
          },
          { replace: true },
        );
      }}
    >
      <Tabs.List aria-label={t('hostingPartners.tabs.label')} mb="lg">
        {HOSTING_TABS.map((value) => (
          <Tabs.Tab key={value} value={value} fw={600} px="sm">
            {t(`hostingPartners.tabs.${value}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      <Tabs.Panel value="foyers">
        <HouseholdsPanel organisation={organisation} />
      </Tabs.Panel>
      <Tabs.Panel value="propositions">
        <ProposalsPanel organisationId={organisation.id} />
      </Tabs.Panel>
      <Tabs.Panel value="sejours">
        <StaysPanel organisationId={organisation.id} />
      </Tabs.Panel>
      <Tabs.Panel value="verifications">
        <VerificationsPanel organisationId={organisation.id} />
      </Tabs.Panel>
    </Tabs>
  );
}

/**
 * `/organisations/:id/hebergement`: hosting at home for an association's members — the households it refers,
 * the homes proposed for them, the stays it follows, and the homes it was asked to verify.
 */
export function AssociationHostingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const fallbackTitle = t('hostingPartners.page.fallbackTitle');
  return (
    <RequireMembership
      organisationId={id}
      title={fallbackTitle}
      notMine={t('hostingPartners.page.notMine')}
      backToList={t('hostingPartners.page.myOrganisations')}
    >
      {(membership) => {
        const { organisation } = membership;
        const title = t('hostingPartners.page.title', { name: organisation.name });
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
              <Text c="gray.7">{t('hostingPartners.page.intro')}</Text>
            </Stack>
            {organisation.kind === 'ASSOCIATION' ? (
              <AssociationHosting organisation={organisation} />
            ) : (
              <Alert color="yellow.9" variant="outline" role="status">
                <Text c="gray.9">{t('hostingPartners.page.associationsOnly')}</Text>
              </Alert>
            )}
          </Stack>
        );
      }}
    </RequireMembership>
  );
}
