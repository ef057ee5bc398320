import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';

import { createI18n, type UiLanguage } from '../../../i18n/i18n';
import { countByDistrict } from '../components/MissionsMap';
import { parseSkills } from '../components/VolunteerProfileForm';
import { type Reason, useDuration, useReasonLine, useResponseTime } from './format';

function withLanguage(language: UiLanguage) {
  const i18n = createI18n(language);
  return ({ children }: { children: ReactNode }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}

describe('missions formats', () => {
  it('says why a mission is recommended in one line, languages joined', () => {
    const reasons: Reason[] = [
      { kind: 'LANGUAGE', code: 'ti' },
      { kind: 'LANGUAGE', code: 'ar' },
      { kind: 'DISTANCE', km: 1.25 },
      { kind: 'TIME', slot: 'SUN_AFTERNOON' },
    ];
    const fr = renderHook(() => useReasonLine(), { wrapper: withLanguage('fr') }).result.current;
    expect(fr(reasons)).toBe('vous parlez tigrigna et arabe · 1,3 km · dimanche après-midi');
    expect(fr([{ kind: 'DISTANCE', km: 0 }])).toBe('dans votre arrondissement');
    expect(fr([{ kind: 'LANGUAGE', code: 'de' }])).toBe('vous parlez allemand');
    const en = renderHook(() => useReasonLine(), { wrapper: withLanguage('en') }).result.current;
    expect(en(reasons)).toBe('you speak Tigrinya and Arabic · 1.3 km · Sunday afternoon');
  });

  it('tells the response time in hours, or days beyond two', () => {
    const response = renderHook(() => useResponseTime(), { wrapper: withLanguage('fr') }).result.current;
    expect([null, 0.4, 1, 5.2, 47.4, 72].map(response)).toEqual([
      'Pas encore de délai de réponse connu',
      "Répond en moins d'une heure en moyenne",
      'Répond en 1 h en moyenne',
      'Répond en 5 h en moyenne',
      'Répond en 47 h en moyenne',
      'Répond en 3 jours en moyenne',
    ]);
  });

  it('writes durations in hours and minutes', () => {
    const duration = renderHook(() => useDuration(), { wrapper: withLanguage('fr') }).result.current;
    expect([45, 60, 135].map(duration)).toEqual(['45 min', '1 h', '2 h 15 min']);
  });

  it('reads comma-separated skills, without blanks or repeats', () => {
    expect(parseSkills(' cours de français,cuisine , ,  Cuisine,  aide   aux devoirs ')).toEqual([
      'cours de français',
      'cuisine',
      'aide aux devoirs',
    ]);
  });

  it('counts the missions per arrondissement, remote ones apart', () => {
    expect(
      countByDistrict([
        { districtCode: '75018', remote: false },
        { districtCode: '75018', remote: false },
        { districtCode: '75011', remote: false },
        { districtCode: null, remote: true },
      ]),
    ).toEqual({ counts: { '75018': 2, '75011': 1 }, remote: 1 });
  });
});
