import type { MockLink } from '@apollo/client/testing';

import type {
  EmailFrequency,
  Language,
  NotificationFieldsFragment,
  NotificationKind,
  NotificationPreferencesQuery,
  NotificationsQuery,
  UnreadNotificationsQuery,
} from '../../../gql/graphql';
import {
  NOTIFICATION_PREFERENCES_QUERY,
  NOTIFICATIONS_PAGE_SIZE,
  NOTIFICATIONS_QUERY,
  UNREAD_NOTIFICATIONS_QUERY,
} from '../graphql/notificationOperations';

/**
 * Test data for the notification centre: Marie has an unread announcement to the partners (newest), an unread
 * donation received and an older need covered, already read.
 */

type Mock = MockLink.MockedResponse;

/** A mock answering every time it is asked (refetches, polling), not just once. */
export function always<T extends Mock>(mock: T): T {
  return { ...mock, maxUsageCount: Number.POSITIVE_INFINITY };
}

export function notification(
  overrides: Partial<NotificationFieldsFragment> = {},
): NotificationFieldsFragment {
  return {
    __typename: 'Notification',
    id: 'notification-1',
    kind: 'ANNOUNCEMENT',
    title: 'Collecte de manteaux samedi',
    body: 'Les mairies du 18e et du 19e reçoivent les manteaux samedi de 9 h à 12 h.',
    link: '/partenaires/annonces',
    readAt: null,
    createdAt: '2026-11-27T09:00:00.000Z',
    ...overrides,
  };
}

export const ANNOUNCEMENT = notification();

export const DONATION = notification({
  id: 'notification-2',
  kind: 'DONATION_RECEIVED',
  title: 'Don reçu : 50,00 €',
  body: 'Pour « Cours de français au 18e ».',
  link: null,
  createdAt: '2026-11-26T15:30:00.000Z',
});

export const NEED_COVERED = notification({
  id: 'notification-3',
  kind: 'NEED_COVERED',
  title: 'Besoin couvert : Chaussettes',
  body: 'Les Amis du 18e ont reçu tout ce qui était demandé.',
  link: '/mes-dons',
  readAt: '2026-11-25T10:00:00.000Z',
  createdAt: '2026-11-25T08:00:00.000Z',
});

export interface NotificationPageOptions {
  notifications: NotificationFieldsFragment[];
  unreadCount?: number;
  hasNextPage?: boolean;
  endCursor?: string | null;
  /** The cursor asked for (the next pages). */
  after?: string;
  lang?: Language;
}

export function notificationPage({
  notifications,
  unreadCount = notifications.filter((item) => item.readAt === null).length,
  hasNextPage = false,
  endCursor = null,
}: NotificationPageOptions): NotificationsQuery['notifications'] {
  return { __typename: 'NotificationPage', notifications, unreadCount, hasNextPage, endCursor };
}

/** One page of the notification centre, as the API answers for `after` (or the first page) in `lang`. */
export function notificationsMock(
  options: NotificationPageOptions,
): MockLink.MockedResponse<NotificationsQuery> {
  const variables: Record<string, unknown> = { first: NOTIFICATIONS_PAGE_SIZE, lang: options.lang ?? 'FR' };
  if (options.after) variables['after'] = options.after;
  return {
    request: { query: NOTIFICATIONS_QUERY, variables },
    result: { data: { notifications: notificationPage(options) } },
  };
}

/** The header badge's count, answered once per call in `counts` (then the last one, for every poll). */
export function unreadMocks(...counts: number[]): MockLink.MockedResponse<UnreadNotificationsQuery>[] {
  return counts.map((unreadCount, index) => {
    const mock: MockLink.MockedResponse<UnreadNotificationsQuery> = {
      request: { query: UNREAD_NOTIFICATIONS_QUERY },
      result: { data: { notifications: { __typename: 'NotificationPage', unreadCount } } },
    };
    return index === counts.length - 1 ? always(mock) : mock;
  });
}

export function preferencesMock(
  emailFrequency: EmailFrequency = 'IMMEDIATE',
  mutedKinds: NotificationKind[] = [],
): MockLink.MockedResponse<NotificationPreferencesQuery> {
  return always({
    request: { query: NOTIFICATION_PREFERENCES_QUERY },
    result: {
      data: {
        notificationPreferences: { __typename: 'NotificationPreferences', emailFrequency, mutedKinds },
      },
    },
  });
}
