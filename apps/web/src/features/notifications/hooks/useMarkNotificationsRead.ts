import { type ApolloCache, isReference, type Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';

import { MARK_NOTIFICATIONS_READ_MUTATION } from '../graphql/notificationOperations';

/** A page of notifications as the cache keeps it: the header's badge asks only for the count. */
interface CachedNotificationPage {
  unreadCount: number;
  notifications?: readonly Reference[];
}

/**
 * Records in the cache what the API just did: the notifications read (all those cached when `ids` is omitted)
 * and the new unread count, on every page asked for, the header's badge included.
 */
function recordRead(cache: ApolloCache, ids: readonly string[] | undefined, unreadCount: number): void {
  const readAt = new Date().toISOString();
  const cachedIds = new Set<string>();
  cache.modify<{ notifications: CachedNotificationPage }>({
    id: 'ROOT_QUERY',
    fields: {
      notifications(existing) {
        if (isReference(existing)) return existing;
        for (const ref of existing.notifications ?? []) cachedIds.add(ref.__ref);
        return { ...existing, unreadCount };
      },
    },
  });
  const read = ids ? ids.map((id) => cache.identify({ __typename: 'Notification', id })) : [...cachedIds];
  for (const id of read) {
    if (!id) continue;
    cache.modify<{ readAt: string | null }>({
      id,
      fields: { readAt: (value) => value ?? readAt },
    });
  }
}

/**
 * Marks notifications read (all of them without `ids`) and updates the cached lists and the header's badge;
 * resolves to the new unread count.
 */
export function useMarkNotificationsRead() {
  const [mutate, { loading }] = useMutation(MARK_NOTIFICATIONS_READ_MUTATION);
  const markRead = useCallback(
    async (ids?: readonly string[]): Promise<number | undefined> => {
      const { data } = await mutate({
        variables: { input: ids ? { ids: [...ids] } : {} },
        update(cache, result) {
          if (result.data) recordRead(cache, ids, result.data.markNotificationsRead.unreadCount);
        },
      });
      return data?.markNotificationsRead.unreadCount;
    },
    [mutate],
  );
  return { markRead, loading };
}
