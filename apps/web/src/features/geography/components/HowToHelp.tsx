import { Anchor, Group, Text, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import classes from './HowToHelp.module.css';

export interface HowToHelpProps {
  /** On an arrondissement's page: its code (the links then keep to it) and its collection point, if any. */
  district?: { code: string; collectionPointName?: string };
}

function Step({ title, children }: { title: string; children: ReactNode }) {
  return (
    <li className={classes.step}>
      <Text fw={700} span className={classes.stepTitle}>
        {title}
      </Text>{' '}
      {children}
    </li>
  );
}

/** "How to help in 4 steps", on the home page and on each arrondissement's page. */
export function HowToHelp({ district }: HowToHelpProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const filter = district ? `?${new URLSearchParams({ arrondissement: district.code }).toString()}` : '';

  let bring: string;
  if (!district) bring = t('howToHelp.bring.textHome');
  else if (district.collectionPointName)
    bring = t('howToHelp.bring.text', { name: district.collectionPointName });
  else bring = t('howToHelp.bring.textNoPoint');

  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t('howToHelp.title')}
      </Title>
      <ol className={classes.steps}>
        <Step title={t(district ? 'howToHelp.look.title' : 'howToHelp.look.titleHome')}>
          <Text span>{t(district ? 'howToHelp.look.text' : 'howToHelp.look.textHome')}</Text>
        </Step>
        <Step title={t('howToHelp.bring.title')}>
          <Text span>{bring}</Text>
        </Step>
        <Step title={t('howToHelp.time.title')}>
          <Text span>{t('howToHelp.time.text')}</Text>
          <Anchor component={Link} to={`/missions${filter}`} className={classes.link}>
            {t('howToHelp.time.link')}
          </Anchor>
        </Step>
        <Step title={t('howToHelp.support.title')}>
          <Text span>{t('howToHelp.support.text')}</Text>
          <Group gap="md" className={classes.links}>
            <Anchor component={Link} to={`/initiatives${filter}`}>
              {t('howToHelp.support.initiatives')}
            </Anchor>
            <Anchor component={Link} to="/accueillir">
              {t('howToHelp.support.host')}
            </Anchor>
          </Group>
        </Step>
      </ol>
    </section>
  );
}
