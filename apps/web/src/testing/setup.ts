import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

import { FEATURE_CATALOGUES, loadFeatureCatalogues, loadLanguage, UI_LANGUAGES } from '../i18n/i18n';

// findBy…/waitFor give up after 1 s by default: too short when `npm test` loads both cores.
configure({ asyncUtilTimeout: 10_000 });

// Components render outside their lazily loaded pages here: every string of every feature is there from the start.
await Promise.all([
  ...UI_LANGUAGES.map(loadLanguage),
  loadFeatureCatalogues(FEATURE_CATALOGUES, UI_LANGUAGES),
]);

// jsdom lacks these browser APIs that Mantine relies on.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string): MediaQueryList =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList,
});

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
window.ResizeObserver = ResizeObserverStub;
window.scrollTo = () => undefined;

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  document.documentElement.lang = '';
});
