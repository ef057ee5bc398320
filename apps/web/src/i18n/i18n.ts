import { createInstance, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

import fr from './fr.json';

type Catalogue = Record<string, unknown>;

/**
 * The strings every page needs (layout, navigation, sign-in, places). French, the default, comes with the first
 * download; another language's are fetched when it is chosen, before the app shows anything in it.
 */
const coreCatalogues: Partial<Record<UiLanguage, Catalogue>> = { fr };
const CORE_CATALOGUE_FILES: Record<UiLanguage, () => Promise<Catalogue>> = {
  fr: async () => fr,
  en: () => import('./en.json').then((module) => module.default),
};

/**
 * Features with many strings keep their own catalogue, under their own top-level key (`t('items.…')`), fetched
 * with the first page that needs it rather than with the first download.
 */
const FEATURE_FOLDERS = {
  dashboard: 'coordination-dashboard',
  funding: 'funding',
  fundingPartners: 'funding-partners',
  hosting: 'hosting',
  hostingPartners: 'hosting-partners',
  items: 'items',
  matching: 'matching',
  missions: 'missions',
  missionsPartners: 'missions-partners',
  notifications: 'notifications',
  partners: 'partners',
  stock: 'stock',
} as const;
export type FeatureCatalogue = keyof typeof FEATURE_FOLDERS;
export const FEATURE_CATALOGUES = Object.keys(FEATURE_FOLDERS) as FeatureCatalogue[];

const FEATURE_CATALOGUE_FILES = import.meta.glob<Catalogue>('../features/*/i18n/*.json', {
  import: 'default',
});

/** Feature catalogues fetched so far, by language. */
const loadedCatalogues: Record<UiLanguage, Partial<Record<FeatureCatalogue, Catalogue>>> = { fr: {}, en: {} };
/**
 * The i18next instances to give each catalogue to as it arrives: one in the app, one per render in tests,
 * held weakly so that those of finished renders can go.
 */
const instances = new Set<WeakRef<I18n>>();

function liveInstances(): I18n[] {
  const live: I18n[] = [];
  for (const reference of instances) {
    const instance = reference.deref();
    if (instance) live.push(instance);
    else instances.delete(reference);
  }
  return live;
}

async function loadFeatureCatalogue(feature: FeatureCatalogue, language: UiLanguage): Promise<void> {
  if (loadedCatalogues[language][feature]) return;
  const load = FEATURE_CATALOGUE_FILES[`../features/${FEATURE_FOLDERS[feature]}/i18n/${language}.json`];
  const catalogue = await load();
  loadedCatalogues[language][feature] = catalogue;
  giveToInstances(language, { [feature]: catalogue });
}

/** Adds strings that just arrived to every live instance (created ones get them through resources()). */
function giveToInstances(language: UiLanguage, strings: Catalogue): void {
  for (const instance of liveInstances()) {
    instance.addResourceBundle(language, 'translation', strings, true, true);
  }
}

/** The languages shown now: usually one, the app's. */
function languagesShown(): UiLanguage[] {
  const languages = new Set(
    liveInstances()
      .map((instance) => instance.language)
      .filter(isUiLanguage),
  );
  return languages.size > 0 ? [...languages] : [storedLanguage()];
}

/** Fetches the features' catalogues, once, in the given languages (those shown now by default). */
export async function loadFeatureCatalogues(
  features: readonly FeatureCatalogue[],
  languages: readonly UiLanguage[] = languagesShown(),
): Promise<void> {
  await Promise.all(
    languages.flatMap((language) => features.map((feature) => loadFeatureCatalogue(feature, language))),
  );
}

async function loadCoreCatalogue(language: UiLanguage): Promise<void> {
  if (coreCatalogues[language]) return;
  const catalogue = await CORE_CATALOGUE_FILES[language]();
  coreCatalogues[language] = catalogue;
  giveToInstances(language, catalogue);
}

/** Fetches a language's core strings and those of the features already shown, once. */
export async function loadLanguage(language: UiLanguage): Promise<void> {
  const shown = new Set(UI_LANGUAGES.flatMap((loaded) => Object.keys(loadedCatalogues[loaded])));
  await Promise.all([
    loadCoreCatalogue(language),
    ...[...shown].map((feature) => loadFeatureCatalogue(feature as FeatureCatalogue, language)),
  ]);
}

/** Changes the language once its strings are there (no flash of keys or of the other language). */
export async function switchLanguage(instance: I18n, language: UiLanguage): Promise<void> {
  // Remembered at once: a page opened meanwhile (a link, a reload) is already in the chosen language.
  storeLanguage(language);
  await loadLanguage(language);
  await instance.changeLanguage(language);
}

/** Every catalogue fetched so far, by language, as i18next resources for a new instance. */
function resources(): Record<string, { translation: Catalogue }> {
  return Object.fromEntries(
    UI_LANGUAGES.filter((language) => coreCatalogues[language]).map((language) => [
      language,
      { translation: { ...coreCatalogues[language], ...loadedCatalogues[language] } },
    ]),
  );
}

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

function storeLanguage(language: string): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage can be unavailable (private browsing); the choice then lasts for the visit only.
  }
}

function rememberLanguage(language: string): void {
  document.documentElement.lang = language;
  storeLanguage(language);
}

/**
 * A ready-to-use i18next instance; the chosen language is persisted and mirrored in `<html lang>`. Strings of a
 * language not fetched yet (see loadLanguage) fall back to French.
 */
export function createI18n(language: UiLanguage = storedLanguage()): I18n {
  const instance = createInstance();
  instance.on('languageChanged', rememberLanguage);
  instances.add(new WeakRef(instance));
  void instance.use(initReactI18next).init({
    resources: resources(),
    lng: language,
    fallbackLng: DEFAULT_UI_LANGUAGE,
    supportedLngs: [...UI_LANGUAGES],
    initAsync: false,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  return instance;
}
