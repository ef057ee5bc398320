import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type MouseEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { SuccessAlert } from '../../../components/SuccessAlert';
import { QueryStatus } from '../../../components/QueryStatus';
import type { NotificationFieldsFragment } from '../../../gql/graphql';
import { useApiLanguage } from '../../../i18n/useApiLanguage';
import { RequireViewer } from '../../identity/components/RequireViewer';
import { useParisFormat } from '../../items/utils/format';
import { NotificationPreferencesSection } from '../components/NotificationPreferencesSection';
import { NotificationProblemAlert } from '../components/NotificationProblemAlert';
import { NOTIFICATIONS_PAGE_SIZE, NOTIFICATIONS_QUERY } from '../graphql/notificationOperations';
import { useMarkNotificationsRead } from '../hooks/useMarkNotificationsRead';
import { type NotificationProblem, notificationProblem } from '../utils/notificationErrors';

/** An in-app path ("/mes-dons"), the only kind of link a notification may lead to. */
function inAppPath(link: string | null): string | undefined {
  return link && link.startsWith('/') && !link.startsWith('//') ? link : undefined;
}

/** A click that opens the link elsewhere (new tab or window): the page stays, so no navigation is needed. */
function opensElsewhere(event: MouseEvent): boolean {
  return event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
}

interface NotificationItemProps {
  notification: NotificationFieldsFragment;
  onFollow: (event: MouseEvent<HTMLAnchorElement>, notification: NotificationFieldsFragment) => void;
  onMarkRead: (notification: NotificationFieldsFragment) => void;
  marking: boolean;
}

/** One notification: unread ones say so in words and in bold, not only by their colour. */
function NotificationItem({ notification, onFollow, onMarkRead, marking }: NotificationItemProps) {
  const { t } = useTranslation();
  const format = useParisFormat();
  const unread = notification.readAt === null;
  const link = inAppPath(notification.link);
  const titleId = `notification-${notification.id}-title`;
  return (
    <Paper
      component="article"
      withBorder
      p="md"
      aria-labelledby={titleId}
      data-testid="notification"
      data-unread={unread}
      style={unread ? { borderLeft: '4px solid var(--mantine-color-blue-9)' } : undefined}
    >
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          {unread ? (
            <Badge color="blue.9" variant="filled" data-testid="notification-unread">
              {t('notifications.page.unread')}
            </Badge>
          ) : null}
          <Text size="sm" c="gray.7">
            {t(`notifications.kinds.${notification.kind}`)}
          </Text>
        </Group>
        <Title order={3} size="h5" id={titleId} fw={unread ? 800 : 600} style={{ overflowWrap: 'anywhere' }}>
          {link ? (
            <Anchor
              component={Link}
              to={link}
              underline="always"
              inherit
              onClick={(event: MouseEvent<HTMLAnchorElement>) => onFollow(event, notification)}
            >
              {notification.title}
            </Anchor>
          ) : (
            notification.title
          )}
        </Title>
        <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{notification.body}</Text>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text size="sm" c="gray.7">
            {t('notifications.page.receivedAt', {
              date: format.fullDate(notification.createdAt),
              time: format.time(notification.createdAt),
            })}
          </Text>
          {unread && !link ? (
            <Button
              variant="outline"
              size="compact-sm"
              loading={marking}
              aria-label={t('notifications.page.markReadOf', { title: notification.title })}
              onClick={() => onMarkRead(notification)}
            >
              {t('notifications.page.markRead')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}

/** The list, newest first, page after page, with "mark all as read". */
function NotificationList() {
  const { t } = useTranslation();
  const lang = useApiLanguage();
  const navigate = useNavigate();
  const { data, previousData, loading, error, fetchMore } = useQuery(NOTIFICATIONS_QUERY, {
    variables: { first: NOTIFICATIONS_PAGE_SIZE, lang },
    // Never the cache first: it may still hold the notifications of whoever was signed in before on this tab.
    fetchPolicy: 'network-only',
  });
  const { markRead } = useMarkNotificationsRead();
  const [markingId, setMarkingId] = useState<string>();
  const [markingAll, setMarkingAll] = useState(false);
  const [done, setDone] = useState<'all' | 'one'>();
  const [problem, setProblem] = useState<NotificationProblem>();
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreFailed, setMoreFailed] = useState(false);
  const page = data?.notifications ?? previousData?.notifications;

  const mark = async (ids: readonly string[] | undefined) => {
    setProblem(undefined);
    setDone(undefined);
    try {
      await markRead(ids);
      setDone(ids ? 'one' : 'all');
    } catch (caught: unknown) {
      setProblem(notificationProblem(caught));
    }
  };

  const handleMarkAll = async () => {
    setMarkingAll(true);
    await mark(undefined);
    setMarkingAll(false);
  };

  const handleMarkOne = async (notification: NotificationFieldsFragment) => {
    setMarkingId(notification.id);
    await mark([notification.id]);
    setMarkingId(undefined);
  };

  const handleFollow = (event: MouseEvent<HTMLAnchorElement>, notification: NotificationFieldsFragment) => {
    const link = inAppPath(notification.link);
    if (notification.readAt !== null || !link) return;
    if (opensElsewhere(event)) {
      void markRead([notification.id]).catch(() => undefined);
      return;
    }
    event.preventDefault();
    void (async () => {
      try {
        await markRead([notification.id]);
      } catch {
        // Reaching what the notification is about matters more than its "unread" mark, which stays.
      }
      await navigate(link);
    })();
  };

  const loadMore = async () => {
    if (!page?.endCursor) return;
    setMoreFailed(false);
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: page.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          notifications: {
            ...fetchMoreResult.notifications,
            notifications: [
              ...previous.notifications.notifications,
              ...fetchMoreResult.notifications.notifications,
            ],
          },
        }),
      });
    } catch {
      setMoreFailed(true);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <section aria-labelledby="notifications-list-heading">
      <Title order={2} size="h3" id="notifications-list-heading" mb="sm">
        {t('notifications.page.listTitle')}
      </Title>
      {page ? (
        <Stack gap="md">
          <NotificationProblemAlert problem={problem} />
          {done ? (
            <SuccessAlert>
              {t(done === 'all' ? 'notifications.page.allMarked' : 'notifications.page.markedOne')}
            </SuccessAlert>
          ) : null}
          <Group justify="space-between" gap="sm" wrap="wrap">
            <Text data-testid="notifications-unread-count">
              {page.unreadCount > 0
                ? t('notifications.page.unreadCount', { count: page.unreadCount })
                : t('notifications.page.noneUnread')}
            </Text>
            {page.unreadCount > 0 ? (
              <Button variant="outline" loading={markingAll} onClick={() => void handleMarkAll()}>
                {t('notifications.page.markAll')}
              </Button>
            ) : null}
          </Group>
          {page.notifications.length === 0 ? (
            <Text>{t('notifications.page.empty')}</Text>
          ) : (
            <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
              {page.notifications.map((notification) => (
                <li key={notification.id}>
                  <NotificationItem
                    notification={notification}
                    onFollow={handleFollow}
                    onMarkRead={(item) => void handleMarkOne(item)}
                    marking={markingId === notification.id}
                  />
                </li>
              ))}
            </Stack>
          )}
          {moreFailed ? (
            <Alert color="red.9" role="alert">
              {t('notifications.page.moreFailed')}
            </Alert>
          ) : null}
          {page.hasNextPage ? (
            <Group>
              <Button variant="outline" loading={loadingMore} onClick={() => void loadMore()}>
                {t('notifications.page.more')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      ) : null}
      {!page || error ? <QueryStatus loading={loading} error={error} /> : null}
    </section>
  );
}

/**
 * `/notifications`: the signed-in person's notifications, newest first (unread ones marked, read once followed),
 * and in `#preferences` when and which of them are mailed.
 */
export function NotificationsPage() {
  const { t } = useTranslation();
  const title = t('notifications.page.title');
  return (
    <RequireViewer title={title}>
      {() => (
        <Stack gap="xl">
          <title>{t('app.pageTitle', { title })}</title>
          <Stack gap="xs">
            <Title order={1}>{title}</Title>
            <Text c="gray.7" maw="46rem">
              {t('notifications.page.intro')}
            </Text>
            <Anchor href="#preferences" size="sm" underline="always">
              {t('notifications.page.preferencesLink')}
            </Anchor>
          </Stack>
          <NotificationList />
          <NotificationPreferencesSection />
        </Stack>
      )}
    </RequireViewer>
  );
}
