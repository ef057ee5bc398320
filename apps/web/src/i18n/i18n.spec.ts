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

  it('has the same keys in both catalogues', async () => {
    const { CATALOGUES } = await import('./i18n');
    const { fr, en } = CATALOGUES;
    const keys = (catalogue: object, prefix = ''): string[] =>
      Object.entries(catalogue).flatMap(([key, value]) =>
        typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
      );
    const withoutPlurals = (list: string[]) => list.filter((key) => !key.includes('_ordinal_')).sort();
    expect(withoutPlurals(keys(en))).toEqual(withoutPlurals(keys(fr)));
  });

  it('mirrors the language in <html lang> and remembers it', async () => {
    const i18n = createI18n('fr');
    expect(document.documentElement.lang).toBe('fr');
    await i18n.changeLanguage('en');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('entraide.language')).toBe('en');
  });
});
