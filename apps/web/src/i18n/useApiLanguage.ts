import { useTranslation } from 'react-i18next';

import type { Language } from '../gql/graphql';

/** The GraphQL `Language` matching the interface language. */
export function useApiLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === 'en' ? 'EN' : 'FR';
}
