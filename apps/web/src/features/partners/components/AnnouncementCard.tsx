import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { AnnouncementFieldsFragment } from '../../../gql/graphql';
import { useParisFormat } from '../../items/utils/format';
import { useAudience } from '../utils/announcements';

/** An announcement: its title, when, to whom, by whom, the message, and (for coordinators) how many got it. */
export function AnnouncementCard({
  announcement,
  showRecipients,
}: {
  announcement: AnnouncementFieldsFragment;
  showRecipients: boolean;
}) {
  const { t } = useTranslation();
  const format = useParisFormat();
  const audience = useAudience();
  const titleId = `announcement-${announcement.id}-title`;
  return (
    <Paper component="article" withBorder p="md" aria-labelledby={titleId} data-testid="announcement">
      <Stack gap="xs">
        <Title order={3} size="h4" id={titleId} style={{ overflowWrap: 'anywhere' }}>
          {announcement.title}
        </Title>
        <Group gap="md" wrap="wrap">
          <Text size="sm" c="gray.7">
            {t('partners.announcements.publishedOn', {
              date: format.fullDate(announcement.createdAt),
              time: format.time(announcement.createdAt),
            })}
          </Text>
          <Text size="sm" c="gray.7" data-testid="announcement-audience">
            {t('partners.announcements.audience', { audience: audience(announcement.districtCode) })}
          </Text>
          <Text size="sm" c="gray.7" data-testid="announcement-author">
            {announcement.authorName
              ? t('partners.announcements.by', { name: announcement.authorName })
              : t('partners.announcements.formerAuthor')}
          </Text>
          {showRecipients ? (
            <Text size="sm" c="gray.7" data-testid="announcement-recipients">
              {t('partners.announcements.recipients', { count: announcement.recipients })}
            </Text>
          ) : null}
        </Group>
        <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{announcement.body}</Text>
      </Stack>
    </Paper>
  );
}
