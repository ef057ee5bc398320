import { createI18n, storedLanguage } from './i18n';

describe('i18n', () => {
  it('speaks French unless another language was chosen', () => {
    expect(storedLanguage()).toBe('fr');
    window.localStorage.setItem('entraide.language', 'en');
    expect(storedLanguage()).toBe('en');
    window.localStorage.setItem('entraide.language', 'de');
    expect(storedLanguage()).toBe('fr');
  });

  it('writes arrondissement numbers as ordinals', () => {
    const fr = createI18n('fr');
    expect([1, 2, 18].map((count) => fr.t('district.ordinal', { count, ordinal: true }))).toEqual([
      '1er',
      '2e',
      '18e',
    ]);
    const en = createI18n('en');
    expect(
      [1, 2, 3, 4, 11, 12, 13, 20].map((count) => en.t('district.ordinal', { count, ordinal: true })),
    ).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '20th']);
  });

  it('has the same keys in both languages, in the core catalogue and in each feature catalogue', async () => {
    const core = import.meta.glob<object>('./*.json', { import: 'default', eager: true });
    const features = import.meta.glob<object>('../features/*/i18n/*.json', {
      import: 'default',
      eager: true,
    });
    const keys = (catalogue: object, prefix = ''): string[] =>
      Object.entries(catalogue).flatMap(([key, value]) =>
        typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
      );
    const withoutPlurals = (list: string[]) => list.filter((key) => !key.includes('_ordinal_')).sort();
    expect(withoutPlurals(keys(core['./en.json']))).toEqual(withoutPlurals(keys(core['./fr.json'])));
    const folders = Object.keys(features).filter((path) => path.endsWith('/fr.json'));
    expect(folders.length).toBeGreaterThan(10);
    for (const fr of folders) {
      const en = fr.replace(/fr\.json$/, 'en.json');
      expect([en, withoutPlurals(keys(features[en]))]).toEqual([en, withoutPlurals(keys(features[fr]))]);
    }
  });

  it('fetches a feature catalogue on demand, in the language shown, and in another before switching to it', async () => {
    vi.resetModules();
    const fresh = await import('./i18n');
    const i18n = fresh.createI18n('fr');
    expect(i18n.exists('items.needs.title')).toBe(false);
    await fresh.loadFeatureCatalogues(['items']);
    expect(i18n.exists('items.needs.title', { lng: 'fr' })).toBe(true);
    expect(i18n.exists('items.needs.title', { lng: 'en', fallbackLng: false })).toBe(false);
    expect(i18n.exists('app.name', { lng: 'en', fallbackLng: false })).toBe(false);
    // An instance created later starts with what was fetched.
    expect(fresh.createI18n('fr').exists('items.needs.title')).toBe(true);

    const switching = fresh.switchLanguage(i18n, 'en');
    // Remembered before the strings arrive, for a page opened meanwhile.
    expect(window.localStorage.getItem('entraide.language')).toBe('en');
    await switching;
    expect(i18n.language).toBe('en');
    expect(i18n.t('items.needs.title')).not.toBe(i18n.t('items.needs.title', { lng: 'fr' }));
    expect(i18n.t('language.label')).not.toBe(i18n.t('language.label', { lng: 'fr' }));
    expect(i18n.exists('stock.desk.title')).toBe(false);
  });

  it('mirrors the language in <html lang> and remembers it', async () => {
    const i18n = createI18n('fr');
    expect(document.documentElement.lang).toBe('fr');
    await i18n.changeLanguage('en');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('entraide.language')).toBe('en');
  });
});
