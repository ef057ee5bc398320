import { Anchor, Button, Group, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useViewer } from '../hooks/useViewer';

export interface AccountLinksProps {
  className?: string;
}

/** The coordination pages, offered to coordinators only. */
const COORDINATION_LINKS = [
  { to: '/coordination/tableau-de-bord', key: 'dashboard', label: 'nav.dashboard.dashboard' },
  { to: '/coordination/rapport', key: 'report', label: 'nav.dashboard.report' },
  { to: '/coordination/verifications', key: 'verifications' },
  { to: '/coordination/personnel', key: 'staff' },
  { to: '/coordination/journal', key: 'audit' },
  { to: '/coordination/appariements', key: 'matching' },
  { to: '/coordination/hebergement', key: 'hosting' },
  { to: '/coordination/financement', key: 'funding', label: 'nav.fundingPartners.funding' },
  { to: '/partenaires/annonces', key: 'announcements', label: 'nav.partners.announcements' },
] as const;

/** Wrapped links sit closer together vertically than side by side (small screens). */
const ROW_GAP = { rowGap: 'var(--mantine-spacing-xs)' } as const;

/**
 * Header links: the needs for everyone; then sign in / create an account, or the signed-in person's gifts, name
 * (leading to their account), organisations, collection point for its staff and, for coordinators, a menu of
 * the coordination pages (wrapping onto a second line on a 360 px screen).
 */
export function AccountLinks({ className }: AccountLinksProps) {
  const { t } = useTranslation();
  const { viewer, loading } = useViewer();
  // While we do not know yet, show nothing rather than links that may flip a moment later.
  if (viewer === undefined && loading) return null;
  const staffPointId = viewer?.staffPointIds[0];
  return (
    <nav aria-label={t('identity.nav.label')}>
      <Group gap="md" wrap="wrap" style={ROW_GAP}>
        <Anchor component={Link} to="/besoins" className={className} c="white">
          {t('nav.items.needs')}
        </Anchor>
        {viewer ? (
          <>
            <Anchor component={Link} to="/mes-dons" className={className} c="white">
              {t('nav.items.myGifts')}
            </Anchor>
            <Anchor component={Link} to="/compte" className={className} c="white" data-testid="viewer-name">
              {viewer.displayName}
            </Anchor>
            <Anchor component={Link} to="/organisations" className={className} c="white">
              {t('identity.nav.organisations')}
            </Anchor>
            {staffPointId ? (
              <Anchor component={Link} to={`/points/${staffPointId}`} className={className} c="white">
                {t('nav.items.collectionPoint')}
              </Anchor>
            ) : null}
            {viewer.roles.includes('COORDINATOR') ? (
              <Menu position="bottom-end" withinPortal transitionProps={{ duration: 0 }}>
                <Menu.Target>
                  <Button size="compact-sm" variant="outline" color="gray.0">
                    {t('identity.nav.coordination')}
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  {COORDINATION_LINKS.map((link) => (
                    <Menu.Item key={link.to} component={Link} to={link.to}>
                      {'label' in link ? t(link.label) : t(`identity.nav.coordinationLinks.${link.key}`)}
                    </Menu.Item>
                  ))}
                </Menu.Dropdown>
              </Menu>
            ) : null}
          </>
        ) : (
          <>
            <Anchor component={Link} to="/connexion" className={className} c="white">
              {t('identity.nav.signIn')}
            </Anchor>
            <Anchor component={Link} to="/inscription" className={className} c="white">
              {t('identity.nav.signUp')}
            </Anchor>
          </>
        )}
      </Group>
    </nav>
  );
}
