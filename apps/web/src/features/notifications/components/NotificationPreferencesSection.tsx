import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Checkbox, Radio, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

import { SuccessAlert } from '../../../components/SuccessAlert';
import { QueryStatus } from '../../../components/QueryStatus';
import type { EmailFrequency, NotificationKind, NotificationPreferencesQuery } from '../../../gql/graphql';
import classes from '../../identity/components/IdentityForm.module.css';
import {
  NOTIFICATION_PREFERENCES_QUERY,
  UPDATE_NOTIFICATION_PREFERENCES_MUTATION,
} from '../graphql/notificationOperations';
import { type NotificationProblem, notificationProblem } from '../utils/notificationErrors';
import { EMAIL_FREQUENCIES, isEmailFrequency, isNotificationKind, NOTIFICATION_KINDS } from '../utils/kinds';
import { NotificationProblemAlert } from './NotificationProblemAlert';

/** The section's id: `/notifications#preferences` leads straight to it. */
export const PREFERENCES_ID = 'preferences';

type Preferences = NotificationPreferencesQuery['notificationPreferences'];

/** The form, starting from the preferences the API holds. */
function PreferencesForm({ preferences }: { preferences: Preferences }) {
  const { t } = useTranslation();
  const [update, { loading }] = useMutation(UPDATE_NOTIFICATION_PREFERENCES_MUTATION);
  const [frequency, setFrequency] = useState<EmailFrequency>(preferences.emailFrequency);
  const [muted, setMuted] = useState<NotificationKind[]>([...preferences.mutedKinds]);
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<NotificationProblem>();

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    setProblem(undefined);
    try {
      await update({
        variables: { input: { emailFrequency: frequency, mutedKinds: muted } },
        // Preferences have no id: the query's cached answer is replaced by hand.
        update(cache, result) {
          const next = result.data?.updateNotificationPreferences;
          if (next)
            cache.writeQuery({
              query: NOTIFICATION_PREFERENCES_QUERY,
              data: { notificationPreferences: next },
            });
        },
      });
      setSaved(true);
    } catch (error: unknown) {
      setProblem(notificationProblem(error));
    }
  };

  return (
    <form
      noValidate
      className={classes.form}
      aria-labelledby="preferences-heading"
      onSubmit={(event) => void handleSubmit(event)}
    >
      <Stack gap="lg" maw="46rem">
        <NotificationProblemAlert problem={problem} />
        {saved ? <SuccessAlert>{t('notifications.preferences.saved')}</SuccessAlert> : null}
        <Radio.Group
          label={t('notifications.preferences.frequency')}
          name="emailFrequency"
          value={frequency}
          onChange={(value) => {
            if (isEmailFrequency(value)) setFrequency(value);
            setSaved(false);
          }}
        >
          <Stack gap="sm" mt="xs">
            {EMAIL_FREQUENCIES.map((value) => (
              <Radio
                key={value}
                value={value}
                label={t(`notifications.preferences.frequencies.${value}`)}
                description={t(`notifications.preferences.frequencyHelp.${value}`)}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Checkbox.Group
          label={t('notifications.preferences.muted')}
          description={t('notifications.preferences.mutedHelp')}
          value={muted}
          onChange={(values) => {
            // Kept in the list's order, whatever the order they were ticked in.
            setMuted(NOTIFICATION_KINDS.filter((kind) => values.includes(kind) && isNotificationKind(kind)));
            setSaved(false);
          }}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs" mt="xs">
            {NOTIFICATION_KINDS.map((kind) => (
              <Checkbox key={kind} value={kind} label={t(`notifications.kinds.${kind}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
          {t('notifications.preferences.save')}
        </Button>
      </Stack>
    </form>
  );
}

/** "Préférences d'envoi": when notifications are mailed, and which kinds never are. */
export function NotificationPreferencesSection() {
  const { t } = useTranslation();
  const { hash } = useLocation();
  const section = useRef<HTMLElement>(null);
  const { data, loading, error } = useQuery(NOTIFICATION_PREFERENCES_QUERY, {
    fetchPolicy: 'network-only',
  });
  const loaded = data !== undefined;

  // Arriving at `#preferences`: the section gets its full height only once loaded, so scroll to it then.
  useEffect(() => {
    if (loaded && hash === `#${PREFERENCES_ID}`) section.current?.scrollIntoView?.({ block: 'start' });
  }, [loaded, hash]);

  return (
    <section id={PREFERENCES_ID} ref={section} aria-labelledby="preferences-heading">
      <Title order={2} size="h3" id="preferences-heading" mb="xs">
        {t('notifications.preferences.title')}
      </Title>
      <Text c="gray.7" mb="md" maw="46rem">
        {t('notifications.preferences.intro')}
      </Text>
      {data ? (
        <PreferencesForm preferences={data.notificationPreferences} />
      ) : (
        <QueryStatus loading={loading} error={error} />
      )}
    </section>
  );
}
