import { Alert, Anchor, Badge, Button, Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { QueryStatus } from '../../../components/QueryStatus';
import { useLocale } from '../../../i18n/useLocale';
import type { DistrictHelp, DistrictHelpResult, DistrictHelpUrgency } from '../hooks/useDistrictHelp';
import classes from './DistrictHelpSections.module.css';

/** Shifts and the update time are on Paris time, wherever the browser is. */
const PARIS_TIME_ZONE = 'Europe/Paris';

// Dark shades keep white text above the WCAG AA contrast ratio (as the items' urgency badges).
const URGENCY_COLORS: Record<Exclude<DistrictHelpUrgency, 'NORMAL'>, string> = {
  CRITICAL: 'red.9',
  HIGH: '#b8400d',
};

function useParisFormat() {
  const locale = useLocale();
  return useMemo(() => {
    const time = new Intl.DateTimeFormat(locale, {
      timeZone: PARIS_TIME_ZONE,
      hour: '2-digit',
      minute: '2-digit',
    });
    const dateTime = new Intl.DateTimeFormat(locale, {
      timeZone: PARIS_TIME_ZONE,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      hour: '2-digit',
      minute: '2-digit',
    });
    return {
      /** 14:05 */
      time: (instant: string) => time.format(new Date(instant)),
      /** samedi 14 mars à 09:30 */
      dateTime: (instant: string) => dateTime.format(new Date(instant)),
    };
  }, [locale]);
}

/** "Urgent" or "Prioritaire", in words (never by colour alone); nothing for an ordinary need. */
function UrgencyBadge({ urgency }: { urgency: DistrictHelpUrgency }) {
  const { t } = useTranslation();
  if (urgency === 'NORMAL') return null;
  return (
    <Badge color={URGENCY_COLORS[urgency]} variant="filled" data-urgency={urgency}>
      {t(`district.help.urgency.${urgency}`)}
    </Badge>
  );
}

function MostNeededList({ items }: { items: DistrictHelp['mostNeeded'] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'fr';
  if (items.length === 0) return <Text>{t('district.help.mostNeeded.empty')}</Text>;
  return (
    <ul className={classes.list}>
      {items.map((item) => (
        <li key={`${item.itemCode}:${item.variantLabel.fr}`} className={classes.row}>
          <div>
            <Text fw={600} span className={classes.block}>
              {item.itemName[lang]}
            </Text>
            {item.variantLabel[lang] ? (
              <Text size="sm" c="gray.7" span className={classes.block}>
                {item.variantLabel[lang]}
              </Text>
            ) : null}
          </div>
          <Group gap="xs" wrap="nowrap" className={classes.figures}>
            <UrgencyBadge urgency={item.urgency} />
            <Text fw={600} span>
              {t('district.help.mostNeeded.remaining', { count: item.remaining })}
            </Text>
          </Group>
        </li>
      ))}
    </ul>
  );
}

function MissionList({ missions }: { missions: DistrictHelp['missions'] }) {
  const { t } = useTranslation();
  const format = useParisFormat();
  if (missions.length === 0) return <Text>{t('district.help.missions.empty')}</Text>;
  return (
    <ul className={classes.list}>
      {missions.map((mission) => {
        const details = [
          mission.placesLeft === null
            ? null
            : t('district.help.missions.places', { count: mission.placesLeft }),
          mission.nextShiftStartsAt
            ? t('district.help.missions.nextShift', { date: format.dateTime(mission.nextShiftStartsAt) })
            : mission.weekly
              ? t('district.help.missions.weekly')
              : null,
        ].filter((detail): detail is string => detail !== null);
        return (
          <li key={mission.id} className={classes.entry}>
            <Anchor component={Link} to={`/missions/${mission.id}`} fw={600}>
              {mission.title}
            </Anchor>
            {details.length ? (
              <Text size="sm" c="gray.7">
                {details.join(' · ')}
              </Text>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

function InitiativeList({ initiatives }: { initiatives: DistrictHelp['initiatives'] }) {
  const { t } = useTranslation();
  if (initiatives.length === 0) return <Text>{t('district.help.initiatives.empty')}</Text>;
  return (
    <ul className={classes.list}>
      {initiatives.map((initiative) => (
        <li key={initiative.id} className={classes.entry}>
          <Anchor component={Link} to={`/initiatives/${initiative.id}`} fw={600}>
            {initiative.title}
          </Anchor>
          <Text size="sm" c="gray.7">
            {t('district.help.initiatives.funded', { percent: initiative.percent })}
          </Text>
          {/* The figure above says it in words; the bar only shows it. */}
          <Progress value={initiative.percent} size="sm" mt={4} aria-hidden="true" />
        </li>
      ))}
    </ul>
  );
}

/**
 * "What is needed here today" on an arrondissement's page: the most needed items, the missions looking for
 * volunteers and the initiatives to support, from the public (cacheable) endpoint.
 */
export function DistrictHelpSections({ code, help }: { code: string; help: DistrictHelpResult }) {
  const { t } = useTranslation();
  const format = useParisFormat();
  const filter = `?${new URLSearchParams({ arrondissement: code }).toString()}`;
  const { data } = help;

  return (
    <Stack gap="xl">
      <section aria-labelledby="most-needed-heading">
        <Title order={2} size="h3" id="most-needed-heading">
          {t('district.help.mostNeeded.title')}
        </Title>
        {data ? (
          <Text size="sm" c="gray.7" mt={4}>
            <time dateTime={data.generatedAt}>
              {t('district.help.updatedAt', { time: format.time(data.generatedAt) })}
            </time>
          </Text>
        ) : null}
        <Stack gap="sm" mt="sm">
          {data ? (
            <MostNeededList items={data.mostNeeded} />
          ) : help.error ? (
            <Alert color="red.9" role="alert">
              <Text size="sm">{t('district.help.error')}</Text>
              <Button variant="outline" color="red.9" size="xs" mt="xs" onClick={help.reload}>
                {t('district.help.retry')}
              </Button>
            </Alert>
          ) : (
            <QueryStatus loading={help.loading} />
          )}
          <Anchor component={Link} to={`/besoins${filter}`} fw={600}>
            {t('district.help.mostNeeded.link')}
          </Anchor>
        </Stack>
      </section>

      {data ? (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
          <section aria-labelledby="missions-heading">
            <Title order={2} size="h3" id="missions-heading" mb="sm">
              {t('district.help.missions.title')}
            </Title>
            <Stack gap="sm">
              <MissionList missions={data.missions} />
              <Anchor component={Link} to={`/missions${filter}`} fw={600}>
                {t('district.help.missions.link')}
              </Anchor>
            </Stack>
          </section>
          <section aria-labelledby="initiatives-heading">
            <Title order={2} size="h3" id="initiatives-heading" mb="sm">
              {t('district.help.initiatives.title')}
            </Title>
            <Stack gap="sm">
              <InitiativeList initiatives={data.initiatives} />
              <Anchor component={Link} to={`/initiatives${filter}`} fw={600}>
                {t('district.help.initiatives.link')}
              </Anchor>
            </Stack>
          </section>
        </SimpleGrid>
      ) : null}
    </Stack>
  );
}
