import { createInstance, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

import dashboardEn from '../features/coordination-dashboard/i18n/en.json';
import dashboardFr from '../features/coordination-dashboard/i18n/fr.json';
import fundingEn from '../features/funding/i18n/en.json';
import fundingFr from '../features/funding/i18n/fr.json';
import fundingPartnersEn from '../features/funding-partners/i18n/en.json';
import fundingPartnersFr from '../features/funding-partners/i18n/fr.json';
import hostingEn from '../features/hosting/i18n/en.json';
import hostingFr from '../features/hosting/i18n/fr.json';
import hostingPartnersEn from '../features/hosting-partners/i18n/en.json';
import hostingPartnersFr from '../features/hosting-partners/i18n/fr.json';
import itemsEn from '../features/items/i18n/en.json';
import itemsFr from '../features/items/i18n/fr.json';
import matchingEn from '../features/matching/i18n/en.json';
import matchingFr from '../features/matching/i18n/fr.json';
import missionsEn from '../features/missions/i18n/en.json';
import missionsFr from '../features/missions/i18n/fr.json';
import missionsPartnersEn from '../features/missions-partners/i18n/en.json';
import missionsPartnersFr from '../features/missions-partners/i18n/fr.json';
import notificationsEn from '../features/notifications/i18n/en.json';
import notificationsFr from '../features/notifications/i18n/fr.json';
import partnersEn from '../features/partners/i18n/en.json';
import partnersFr from '../features/partners/i18n/fr.json';
import stockEn from '../features/stock/i18n/en.json';
import stockFr from '../features/stock/i18n/fr.json';
import en from './en.json';
import fr from './fr.json';

/** Each feature with many strings keeps its own catalogue, under its own top-level key. */
export const CATALOGUES = {
  fr: {
    ...fr,
    dashboard: dashboardFr,
    funding: fundingFr,
    fundingPartners: fundingPartnersFr,
    hosting: hostingFr,
    hostingPartners: hostingPartnersFr,
    items: itemsFr,
    matching: matchingFr,
    missions: missionsFr,
    missionsPartners: missionsPartnersFr,
    notifications: notificationsFr,
    partners: partnersFr,
    stock: stockFr,
  },
  en: {
    ...en,
    dashboard: dashboardEn,
    funding: fundingEn,
    fundingPartners: fundingPartnersEn,
    hosting: hostingEn,
    hostingPartners: hostingPartnersEn,
    items: itemsEn,
    matching: matchingEn,
    missions: missionsEn,
    missionsPartners: missionsPartnersEn,
    notifications: notificationsEn,
    partners: partnersEn,
    stock: stockEn,
  },
};

export const UI_LANGUAGES = ['fr', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const DEFAULT_UI_LANGUAGE: UiLanguage = 'fr';

const STORAGE_KEY = 'entraide.language';

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/** The language chosen earlier on this device, French otherwise. */
export function storedLanguage(): UiLanguage {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isUiLanguage(value) ? value : DEFAULT_UI_LANGUAGE;
  } catch {
    return DEFAULT_UI_LANGUAGE;
  }
}

function rememberLanguage(language: string): void {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage can be unavailable (private browsing); the choice then lasts for the visit only.
  }
}

/** A ready-to-use i18next instance; the chosen language is persisted and mirrored in `<html lang>`. */
export function createI18n(language: UiLanguage = storedLanguage()): I18n {
  const instance = createInstance();
  instance.on('languageChanged', rememberLanguage);
  void instance.use(initReactI18next).init({
    resources: { fr: { translation: CATALOGUES.fr }, en: { translation: CATALOGUES.en } },
    lng: language,
    fallbackLng: DEFAULT_UI_LANGUAGE,
    supportedLngs: [...UI_LANGUAGES],
    initAsync: false,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  return instance;
}
