import { useQuery } from '@apollo/client/react';
import { Anchor, Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useViewer } from '../../identity/hooks/useViewer';
import { UNREAD_NOTIFICATIONS_QUERY } from '../graphql/notificationOperations';

/** How often the header asks again how many notifications are unread. */
export const UNREAD_POLL_MS = 60_000;

/** Above this, the badge says "99+" (the link's name keeps the exact count). */
const BADGE_MAX = 99;

/**
 * The header's "Notifications" link for signed-in people, with the number of unread notifications as a badge
 * and in the link's name ("Notifications, 3 non lues"); nothing for signed-out visitors.
 */
export function NotificationsNavLink({ className }: { className?: string }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { data } = useQuery(UNREAD_NOTIFICATIONS_QUERY, {
    skip: !viewer,
    pollInterval: UNREAD_POLL_MS,
    // Never the cache first: it may still hold the count of whoever was signed in before on this tab.
    fetchPolicy: 'network-only',
  });
  if (!viewer) return null;
  const count = data?.notifications.unreadCount ?? 0;
  return (
    <nav aria-label={t('nav.notifications.label')}>
      <Anchor
        component={Link}
        to="/notifications"
        className={className}
        c="white"
        aria-label={count > 0 ? t('nav.notifications.linkWithCount', { count }) : undefined}
        data-testid="notifications-link"
      >
        {t('nav.notifications.link')}
        {count > 0 ? (
          <Badge
            component="span"
            variant="white"
            color="blue.9"
            size="sm"
            ml={6}
            aria-hidden="true"
            data-testid="notifications-badge"
            style={{ verticalAlign: 'middle' }}
          >
            {count > BADGE_MAX ? `${BADGE_MAX}+` : count}
          </Badge>
        ) : null}
      </Anchor>
    </nav>
  );
}
