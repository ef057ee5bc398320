import { graphql } from '../../../gql';

/** How many notifications a page of the notification centre shows (the API allows 1 to 50). */
export const NOTIFICATIONS_PAGE_SIZE = 20;

/** What the notification centre shows of one notification. */
export const NOTIFICATION_FIELDS_FRAGMENT = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    title
    body
    link
    readAt
    createdAt
  }
`);

/** A page of the signed-in person's notifications, newest first, worded in `lang`. */
export const NOTIFICATIONS_QUERY = graphql(`
  query Notifications($first: Int!, $after: String, $lang: Language!) {
    notifications(first: $first, after: $after, lang: $lang) {
      notifications {
        ...NotificationFields
      }
      endCursor
      hasNextPage
      unreadCount
    }
  }
`);

/** Only the number of unread notifications, for the header's badge. */
export const UNREAD_NOTIFICATIONS_QUERY = graphql(`
  query UnreadNotifications {
    notifications(first: 1) {
      unreadCount
    }
  }
`);

/** Marks the notifications named read, or all of them when `ids` is omitted. */
export const MARK_NOTIFICATIONS_READ_MUTATION = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      unreadCount
    }
  }
`);

/** When notifications are mailed, and which kinds never are. */
export const NOTIFICATION_PREFERENCES_QUERY = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      emailFrequency
      mutedKinds
    }
  }
`);

export const UPDATE_NOTIFICATION_PREFERENCES_MUTATION = graphql(`
  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      emailFrequency
      mutedKinds
    }
  }
`);
