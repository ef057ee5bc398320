import { useTranslation } from 'react-i18next';

/** The BCP 47 locale for `Intl` formatting in the interface language. */
export function useLocale(): string {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === 'en' ? 'en-GB' : 'fr-FR';
}
