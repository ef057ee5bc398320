import { Container, Group, Stack, Text } from '@mantine/core';
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';

import { FundingNavLink } from '../features/funding/components/FundingNavLink';
import { HostingNavLink } from '../features/hosting/components/HostingNavLink';
import { MissionsNavLink } from '../features/missions/components/MissionsNavLink';
import { NotificationsNavLink } from '../features/notifications/components/NotificationsNavLink';
import { PartnersNavLink } from '../features/partners/components/PartnersNavLink';
import { AccountLinks } from '../features/identity/components/AccountLinks';
import { LanguageSwitcher } from './LanguageSwitcher';
import { PageLoading } from './PageLoading';
import classes from './AppLayout.module.css';

const MAIN_ID = 'main-content';

/** Header with the account links and the language switcher, the page in `<main>`, and the data attribution. */
export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(pathname);

  // After a client-side navigation, move focus to the new page so screen readers start there.
  useEffect(() => {
    if (previousPath.current === pathname) return;
    previousPath.current = pathname;
    mainRef.current?.focus();
    window.scrollTo({ top: 0 });
  }, [pathname]);

  return (
    <>
      <a href={`#${MAIN_ID}`} className={classes.skipLink}>
        {t('app.skipLink')}
      </a>
      <header className={classes.header}>
        <Container size="lg">
          <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
            <Stack gap={4}>
              <Link to="/" className={classes.brand} aria-label={t('app.homeLink')}>
                {t('app.name')}
              </Link>
              <Text size="sm" className={classes.tagline}>
                {t('app.tagline')}
              </Text>
            </Stack>
            <Group gap="md" align="center" wrap="wrap">
              {/* "Accueillir", for signed-in people (hosting at home). */}
              <HostingNavLink className={classes.headerLink} />
              {/* "Missions" for everyone, "Bénévolat" for signed-in people (volunteering). */}
              <MissionsNavLink className={classes.headerLink} />
              {/* "Soutenir" (initiatives to fund) for everyone, "Mes soutiens" for signed-in people (donations). */}
              <FundingNavLink className={classes.headerLink} />
              {/* "Partenaires" (directory, announcements) for members of verified organisations and coordinators. */}
              <PartnersNavLink className={classes.headerLink} />
              {/* The notification centre with the unread count, for signed-in people. */}
              <NotificationsNavLink className={classes.headerLink} />
              <AccountLinks className={classes.headerLink} />
              <LanguageSwitcher />
            </Group>
          </Group>
        </Container>
      </header>
      <main id={MAIN_ID} ref={mainRef} tabIndex={-1} className={classes.main}>
        <Container size="lg">
          {/* Pages are loaded lazily (AppRoutes): the header and footer stay while a page's code arrives. */}
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Container>
      </main>
      <footer className={classes.footer}>
        <Container size="lg">
          <Text size="sm">{t('app.attribution')}</Text>
        </Container>
      </footer>
    </>
  );
}
