import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { MySessionsQuery } from '../../../gql/graphql';
import { useLocale } from '../../../i18n/useLocale';
import { describeUserAgent } from '../utils/userAgent';

export type SessionDetails = MySessionsQuery['mySessions'][number];

export interface SessionListProps {
  sessions: readonly SessionDetails[];
  /** The session being signed out, if any. */
  revokingId?: string;
  onRevoke: (sessionId: string) => void;
}

/** The active sessions, this device first, each with its browser and last activity. */
export function SessionList({ sessions, revokingId, onRevoke }: SessionListProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' });
  const ordered = [...sessions].sort((a, b) => Number(b.current) - Number(a.current));

  return (
    <Stack
      component="ul"
      gap="sm"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t('identity.account.sessionList')}
    >
      {ordered.map((session) => {
        const described = describeUserAgent(session.userAgent);
        const name = described
          ? [described.browser, described.system].filter(Boolean).join(t('identity.account.on'))
          : t('identity.account.unknownBrowser');
        const nameId = `session-${session.id}-name`;
        return (
          <li key={session.id} data-session-id={session.id} data-current={session.current}>
            <Card withBorder padding="md">
              <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
                <Stack gap={4} style={{ minWidth: 0, flex: '1 1 16rem' }}>
                  <Group gap="xs" wrap="wrap">
                    <Text fw={600} id={nameId}>
                      {name}
                    </Text>
                    {session.current ? (
                      <Badge color="teal.9" variant="filled">
                        {t('identity.account.thisDevice')}
                      </Badge>
                    ) : null}
                  </Group>
                  {session.userAgent ? (
                    <Text size="xs" c="gray.7" style={{ overflowWrap: 'anywhere' }}>
                      {session.userAgent}
                    </Text>
                  ) : null}
                  <Text size="sm">
                    {t('identity.account.lastSeen', {
                      date: dateFormat.format(new Date(session.lastSeenAt)),
                    })}
                  </Text>
                </Stack>
                {session.current ? null : (
                  <Button
                    variant="outline"
                    color="red.9"
                    size="sm"
                    loading={revokingId === session.id}
                    aria-describedby={nameId}
                    onClick={() => onRevoke(session.id)}
                  >
                    {t('identity.account.revoke')}
                  </Button>
                )}
              </Group>
            </Card>
          </li>
        );
      })}
    </Stack>
  );
}
