import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { switchLanguage, UI_LANGUAGES } from '../i18n/i18n';

/** Two toggle buttons, each language named in itself; the pressed one is the current language. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage;
  return (
    <Group gap={4} role="group" aria-label={t('language.label')}>
      {UI_LANGUAGES.map((language) => {
        const active = current === language;
        return (
          <Button
            key={language}
            size="compact-sm"
            variant={active ? 'white' : 'outline'}
            color={active ? 'blue.9' : 'gray.0'}
            aria-pressed={active}
            lang={language}
            onClick={() => void switchLanguage(i18n, language)}
          >
            {t(`language.${language}`)}
          </Button>
        );
      })}
    </Group>
  );
}
