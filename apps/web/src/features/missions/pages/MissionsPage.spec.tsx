import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';

import { captureDownloads, downloadedCsv } from '../../../testing/downloads';
import { viewerMock } from '../../../testing/fixtures';
import { renderWithProviders, type RenderOptions } from '../../../testing/renderWithProviders';
import {
  frenchLessons,
  noProfileRecommendationsMock,
  phoneInterpreting,
  recommendation,
  recommendationsMock,
  schoolSupport,
  searchMock,
  sortingMissions,
} from '../testing/missionsFixtures';
import { MissionsPage } from './MissionsPage';

function renderMissions(mocks: RenderOptions['mocks'], route = '/missions') {
  return renderWithProviders(
    <Routes>
      <Route path="/missions" element={<MissionsPage />} />
    </Routes>,
    { route, mocks },
  );
}

function results() {
  return screen.getByRole('region', { name: 'Missions trouvées' });
}

async function titles() {
  const articles = await within(results()).findAllByRole('article');
  return articles.map((article) => within(article).getByRole('heading', { level: 3 }).textContent);
}

describe('MissionsPage', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('says when more missions matched than were ranked', async () => {
    renderMissions([viewerMock(null), searchMock([frenchLessons()], {}, 500, true)]);

    expect(await titles()).toEqual(['Cours de français pour adultes']);
    expect(screen.getByTestId('missions-count').textContent).toBe(
      'Plus de 500 missions trouvées : les 500 plus récentes sont classées. Précisez la recherche pour voir les autres.',
    );
  });

  it('lists the missions found: association, kind, place, next shifts or weekly slot, languages, badges', async () => {
    renderMissions([viewerMock(null), searchMock([frenchLessons(), schoolSupport(), phoneInterpreting()])]);

    expect(screen.getByRole('heading', { level: 1, name: 'Missions de bénévolat' })).toBeTruthy();
    expect(await titles()).toEqual([
      'Cours de français pour adultes',
      'Soutien scolaire au collège',
      'Interprétariat par téléphone',
    ]);
    expect(screen.getByTestId('missions-count').textContent).toBe('3 missions trouvées');

    const french = screen.getByRole('article', { name: 'Cours de français pour adultes' });
    expect(
      within(french).getByRole('link', { name: 'Cours de français pour adultes' }).getAttribute('href'),
    ).toBe('/missions/mission-1');
    expect(within(french).getByTestId('mission-organisation').textContent).toBe(
      'Proposée par Les Amis du 18e',
    );
    expect(within(french).getByTestId('mission-kind').textContent).toBe('Cours de français');
    expect(within(french).getByText('Réserve solidaire')).toBeTruthy();
    expect(within(french).getByTestId('mission-place').textContent).toBe(
      'Lieu : 18e arrondissement – Buttes-Montmartre',
    );
    expect(within(french).getByTestId('mission-languages').textContent).toBe(
      'Langues : Français (C1), Tigrigna (B1)',
    );
    expect(
      within(french)
        .getAllByTestId('mission-shift')
        .map((shift) => shift.textContent),
    ).toEqual([
      'samedi 5 décembre 2026, 10:00 – 12:00 · 3 places restantes',
      'samedi 12 décembre 2026, 10:00 – 12:00 · complet',
    ]);
    expect(within(french).queryByTestId('restricted-badge')).toBeNull();

    const school = screen.getByRole('article', { name: 'Soutien scolaire au collège' });
    expect(within(school).getByTestId('mission-schedule').textContent).toBe(
      'Chaque mercredi après-midi, 14:00 – 16:00',
    );
    const restricted = within(school).getByTestId('restricted-badge');
    expect(restricted.textContent).toBe('Restreinte');
    expect(restricted.getAttribute('tabindex')).toBe('0');
    expect(document.getElementById(restricted.getAttribute('aria-describedby')!)?.textContent).toMatch(
      /l'association vérifie votre profil/,
    );
    expect(within(school).queryByTestId('mission-languages')).toBeNull();

    const phone = screen.getByRole('article', { name: 'Interprétariat par téléphone' });
    expect(within(phone).getByTestId('mission-place').textContent).toBe('Lieu : À distance');
    expect(within(phone).getByTestId('mission-languages').textContent).toBe(
      'Langues : Arabe (langue maternelle)',
    );
    expect(within(phone).getByText('Service civique')).toBeTruthy();

    // Signed out: no recommendations.
    expect(screen.queryByRole('region', { name: 'Recommandées pour vous' })).toBeNull();
  });

  it('sends the text and each filter to the API, and keeps them in the address', async () => {
    const user = userEvent.setup();
    const french = frenchLessons();
    renderMissions([
      viewerMock(null),
      searchMock([frenchLessons(), schoolSupport(), phoneInterpreting()]),
      searchMock([french, schoolSupport()], { text: 'français' }),
      searchMock([french], { text: 'français', kind: 'FRENCH_LESSONS' }),
      searchMock([french], { text: 'français', kind: 'FRENCH_LESSONS', districtCode: '75018' }),
      searchMock([french], {
        text: 'français',
        kind: 'FRENCH_LESSONS',
        districtCode: '75018',
        language: 'ti',
      }),
      searchMock([french], {
        text: 'français',
        kind: 'FRENCH_LESSONS',
        districtCode: '75018',
        language: 'ti',
        date: '2026-12-05',
      }),
      searchMock([french], {
        text: 'français',
        kind: 'FRENCH_LESSONS',
        districtCode: '75018',
        language: 'ti',
        date: '2026-12-05',
        forSolidarityReserve: true,
      }),
      searchMock([], {
        text: 'français',
        kind: 'FRENCH_LESSONS',
        districtCode: '75018',
        language: 'ti',
        date: '2026-12-05',
        forSolidarityReserve: true,
        forCivicService: true,
      }),
    ]);
    expect(await titles()).toHaveLength(3);
    const form = screen.getByRole('search', { name: 'Filtrer les missions' });

    await user.type(within(form).getByRole('searchbox', { name: /^Rechercher une mission/ }), 'français');
    await user.click(within(form).getByRole('button', { name: 'Rechercher' }));
    await expect.poll(titles).toEqual(['Cours de français pour adultes', 'Soutien scolaire au collège']);

    await user.selectOptions(
      within(form).getByRole('combobox', { name: 'Type de mission' }),
      'Cours de français',
    );
    await expect.poll(titles).toEqual(['Cours de français pour adultes']);
    await user.selectOptions(
      within(form).getByRole('combobox', { name: 'Arrondissement' }),
      '18e arrondissement – Buttes-Montmartre',
    );
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Langue demandée' }), 'Tigrigna');
    fireEvent.change(within(form).getByLabelText(/^Date/), { target: { value: '2026-12-05' } });
    await user.click(within(form).getByRole('checkbox', { name: /^Réserve solidaire/ }));
    expect(await within(results()).findByRole('article')).toBeTruthy();
    await user.click(within(form).getByRole('checkbox', { name: /^Service civique/ }));

    expect(
      await within(results()).findByText('Aucune mission ne correspond à votre recherche.'),
    ).toBeTruthy();
    expect(screen.getByTestId('missions-count').textContent).toBe('0 mission trouvée');
    expect(within(form).getByRole('searchbox', { name: /^Rechercher une mission/ })).toHaveProperty(
      'value',
      'français',
    );
  });

  it('shows the arrondissements coloured by the missions found, with a table as the alternative', async () => {
    const user = userEvent.setup();
    const found = [frenchLessons(), schoolSupport(), phoneInterpreting(), ...sortingMissions(3)];
    renderMissions([
      viewerMock(null),
      searchMock(found),
      searchMock(sortingMissions(3), { districtCode: '75011' }),
    ]);
    expect(await titles()).toHaveLength(6);

    const view = screen.getByRole('group', { name: 'Affichage des résultats' });
    expect(within(view).getByRole('button', { name: 'Liste' }).getAttribute('aria-pressed')).toBe('true');
    await user.click(within(view).getByRole('button', { name: 'Carte' }));
    expect(within(view).getByRole('button', { name: 'Carte' }).getAttribute('aria-pressed')).toBe('true');

    const map = await within(results()).findByRole('img', {
      name: 'Carte des 20 arrondissements : Missions',
    });
    const value = (code: string) =>
      map.querySelector(`[data-district-code="${code}"]`)?.getAttribute('data-value');
    expect([value('75011'), value('75018'), value('75019'), value('75001')]).toEqual(['3', '1', '1', '0']);
    expect(within(results()).queryByRole('article')).toBeNull();

    const table = within(results()).getByRole('table', {
      name: 'Missions par arrondissement, parmi les 6 missions affichées',
    });
    const rows = within(table)
      .getAllByTestId('district-count')
      .map((row) => Array.from(row.children).map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['11e arrondissement – Popincourt', '3'],
      ['18e arrondissement – Buttes-Montmartre', '1'],
      ['19e arrondissement – Buttes-Chaumont', '1'],
      ['À distance', '1'],
    ]);
    expect(
      within(results()).getByText('Aucune mission trouvée dans les autres arrondissements.'),
    ).toBeTruthy();

    // From the table, the missions of one arrondissement, as a list.
    await user.click(within(table).getByRole('button', { name: '11e arrondissement – Popincourt' }));
    await expect.poll(titles).toEqual(['Tri des dons n° 1', 'Tri des dons n° 2', 'Tri des dons n° 3']);
    expect(
      (
        within(screen.getByRole('search')).getByRole('combobox', {
          name: 'Arrondissement',
        }) as HTMLSelectElement
      ).value,
    ).toBe('75011');
  });

  it('shows 20 missions, then the next ones with "Voir plus"', async () => {
    const user = userEvent.setup();
    renderMissions([
      viewerMock(null),
      searchMock(sortingMissions(20), {}, 23),
      searchMock(sortingMissions(3, 21), { offset: 20 }, 23),
    ]);
    expect(await titles()).toHaveLength(20);
    expect(screen.getByTestId('missions-count').textContent).toBe('23 missions trouvées');
    expect(screen.getByText('20 affichées sur 23')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Voir plus' }));
    await expect.poll(async () => (await titles()).length).toBe(23);
    expect((await titles())[22]).toBe('Tri des dons n° 23');
    expect(screen.queryByRole('button', { name: 'Voir plus' })).toBeNull();
  });

  it('exports every mission the search finds as CSV, asking for all the pages with the same filters', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    renderMissions(
      [
        viewerMock(null),
        searchMock(sortingMissions(20), { kind: 'SORTING' }, 55),
        searchMock(sortingMissions(50), { kind: 'SORTING', first: 50 }, 55),
        searchMock(sortingMissions(5, 51), { kind: 'SORTING', first: 50, offset: 50 }, 55),
      ],
      '/missions?type=SORTING',
    );
    expect(await titles()).toHaveLength(20);

    await user.click(screen.getByRole('button', { name: 'Exporter en CSV' }));

    const { filename, lines } = await downloadedCsv(downloads);
    expect(filename).toMatch(/^missions-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(lines).toHaveLength(56);
    expect(lines[0]).toBe('Mission,Association,Type de mission,Lieu,Langues,Créneaux');
    expect(lines[55]).toBe(
      'Tri des dons n° 55,Les Amis du 18e,Tri dans les points de collecte,11e arrondissement – Popincourt,,"Chaque samedi matin, 09:00 – 12:00"',
    );
  });

  it('recommends missions to a volunteer with a profile, saying why in one line', async () => {
    renderMissions([
      viewerMock(),
      searchMock([schoolSupport()]),
      recommendationsMock([
        recommendation(),
        recommendation({
          mission: phoneInterpreting(),
          reasons: [
            {
              __typename: 'RecommendationReason',
              kind: 'LANGUAGE',
              code: 'ar',
              km: null,
              slot: null,
              skill: null,
            },
            {
              __typename: 'RecommendationReason',
              kind: 'REMOTE',
              code: null,
              km: null,
              slot: null,
              skill: null,
            },
            {
              __typename: 'RecommendationReason',
              kind: 'TIME',
              code: null,
              km: null,
              slot: 'MON_EVENING',
              skill: null,
            },
            {
              __typename: 'RecommendationReason',
              kind: 'SKILL',
              code: null,
              km: null,
              slot: null,
              skill: 'interprétariat',
            },
          ],
        }),
      ]),
    ]);

    const section = await screen.findByRole('region', { name: 'Recommandées pour vous' });
    const cards = await within(section).findAllByRole('article');
    expect(cards).toHaveLength(2);
    expect(within(cards[0]!).getByRole('heading', { name: 'Cours de français pour adultes' })).toBeTruthy();
    expect(within(cards[0]!).getByTestId('recommendation-reason').textContent).toBe(
      'vous parlez tigrigna · 2 km · samedi matin',
    );
    expect(within(cards[1]!).getByTestId('recommendation-reason').textContent).toBe(
      'vous parlez arabe · à distance · lundi soir · votre compétence : interprétariat',
    );
    expect(
      within(section).getByRole('link', { name: 'Modifier mon profil bénévole' }).getAttribute('href'),
    ).toBe('/benevolat');
    // The search results stay below.
    expect(await titles()).toEqual(['Soutien scolaire au collège']);
  });

  it('invites a signed-in person without a profile to fill it in', async () => {
    renderMissions([viewerMock(), searchMock([frenchLessons()]), noProfileRecommendationsMock()]);

    const section = await screen.findByRole('region', { name: 'Recommandées pour vous' });
    const link = await within(section).findByRole('link', {
      name: 'Complétez votre profil bénévole pour recevoir des recommandations',
    });
    expect(link.getAttribute('href')).toBe('/benevolat');
    expect(within(section).queryByRole('alert')).toBeNull();
  });

  it('speaks English', async () => {
    renderWithProviders(
      <Routes>
        <Route path="/missions" element={<MissionsPage />} />
      </Routes>,
      {
        route: '/missions',
        language: 'en',
        mocks: [viewerMock(), searchMock([phoneInterpreting()]), recommendationsMock([recommendation()])],
      },
    );

    expect(screen.getByRole('heading', { level: 1, name: 'Volunteer missions' })).toBeTruthy();
    const section = await screen.findByRole('region', { name: 'Recommended for you' });
    expect((await within(section).findByTestId('recommendation-reason')).textContent).toBe(
      'you speak Tigrinya · 2 km · Saturday morning',
    );
    const phone = await screen.findByRole('article', { name: 'Interprétariat par téléphone' });
    expect(within(phone).getByTestId('mission-place').textContent).toBe('Where: Remote');
    expect(within(phone).getByTestId('mission-schedule').textContent).toBe(
      'Every Monday evening, 18:30 – 20:00',
    );
  });
});
