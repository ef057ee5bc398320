import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router';

import { CLAIRE, MARIE, viewerMock } from '../../../testing/fixtures';
import { renderWithProviders, type RenderOptions } from '../../../testing/renderWithProviders';
import { DASHBOARD_QUERY, DASHBOARD_REFRESH_MUTATION } from '../graphql/dashboardOperations';
import { alert, alerts, dashboard, dashboardMock } from '../testing/dashboardFixtures';
import { CoordinationDashboardPage } from './CoordinationDashboardPage';

function renderPage(
  mocks: RenderOptions['mocks'],
  {
    route = '/coordination/tableau-de-bord',
    language = 'fr',
  }: Pick<RenderOptions, 'route' | 'language'> = {},
) {
  return renderWithProviders(
    <Routes>
      <Route path="/coordination/tableau-de-bord/:districtCode?" element={<CoordinationDashboardPage />} />
    </Routes>,
    { route, mocks, language },
  );
}

/** Cells of a row, header cell first, with spaces normalised (Intl uses narrow no-break spaces). */
function cells(row: HTMLElement): string[] {
  return [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').replace(/\s/g, ' '));
}

function shape(container: HTMLElement, code: string): Element {
  return container.querySelector(`path[data-district-code="${code}"]`)!;
}

function alertTexts(): string[] {
  return screen.getAllByTestId('dashboard-alert').map((item) => item.textContent ?? '');
}

/** Only the 18th's alerts, as the API filters them. */
const EIGHTEENTH = () =>
  dashboard({
    alerts: alerts().filter((item) => item.districtCode === '75018'),
    days: [dashboard().days[0]!],
  });

describe('CoordinationDashboardPage', () => {
  it('shows when the figures were computed, the map of a figure chosen with its legend, and the table', async () => {
    const user = userEvent.setup();
    const { container } = renderPage([viewerMock(CLAIRE), dashboardMock()]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeTruthy();
    expect((await screen.findByTestId('dashboard-refreshed-at')).textContent).toBe(
      'Chiffres calculés à 11:00',
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Carte des arrondissements' })).toBeTruthy();

    // Needs not covered first: the 18th is the darkest.
    const switcher = screen.getByRole('radiogroup', { name: 'Indicateur' });
    expect(
      within(switcher)
        .getAllByRole('radio')
        .map((radio) => [radio.getAttribute('value'), (radio as HTMLInputElement).checked]),
    ).toEqual([
      ['needsUncovered', true],
      ['priorityStock', false],
      ['hostsAvailable', false],
      ['activeStays', false],
      ['volunteers', false],
      ['donationsCents', false],
    ]);
    expect(
      screen.getByRole('img', { name: 'Carte des 20 arrondissements : Besoins non couverts' }),
    ).toBeTruthy();
    expect(shape(container, '75018').getAttribute('data-value')).toBe('8');
    expect(shape(container, '75018').getAttribute('fill')).toBe('var(--mantine-color-blue-9)');
    expect(shape(container, '75019').getAttribute('data-value')).toBe('4');
    expect(shape(container, '75001').getAttribute('data-value')).toBe('0');
    const legend = screen.getByTestId('district-figures-map-legend');
    expect(legend.textContent).toBe('Besoins non couverts01–23–45–67–8');

    await user.click(within(switcher).getByRole('radio', { name: "Stock d'articles prioritaires" }));
    expect(
      screen.getByRole('img', { name: "Carte des 20 arrondissements : Stock d'articles prioritaires" }),
    ).toBeTruthy();
    expect(shape(container, '75011').getAttribute('data-value')).toBe('120');
    expect(shape(container, '75011').getAttribute('fill')).toBe('var(--mantine-color-blue-9)');
    expect(shape(container, '75018').getAttribute('data-value')).toBe('15');
    expect(legend.textContent).toBe("Stock d'articles prioritaires01–3031–6061–9091–120");

    // Donations in whole euros, which the legend says.
    await user.click(within(switcher).getByRole('radio', { name: 'Dons' }));
    expect(screen.getByRole('img', { name: 'Carte des 20 arrondissements : Dons (€)' })).toBeTruthy();
    expect(shape(container, '75018').getAttribute('data-value')).toBe('1235');
    expect(shape(container, '75019').getAttribute('data-value')).toBe('2500');
    expect(legend.textContent).toBe('Dons (€)01–625626–12501251–18751876–2500');

    // Every figure of every arrondissement, with a link to each one's details.
    const table = screen.getByRole('table', { name: 'Chiffres par arrondissement' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual([
      'Arrondissement',
      'Besoins non couverts',
      'Unités manquantes',
      'Besoins critiques non couverts',
      "Stock d'articles prioritaires",
      'Hébergeurs disponibles',
      'Séjours en cours',
      'Bénévoles',
      'Dons',
      'Détail',
    ]);
    const rows = within(table).getAllByTestId('dashboard-district-row');
    expect(rows).toHaveLength(20);
    expect(cells(rows[17]!)).toEqual([
      '18e arrondissementButtes-Montmartre',
      '8',
      '42',
      '2',
      '15',
      '4',
      '3',
      '21',
      '1 235 €',
      'Voir le 18e',
    ]);
    expect(cells(rows[0]!)).toEqual([
      '1er arrondissementLouvre',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0 €',
      'Voir le 1er',
    ]);
    expect(within(rows[17]!).getByRole('link', { name: 'Voir le 18e' }).getAttribute('href')).toBe(
      '/coordination/tableau-de-bord/75018',
    );
  });

  it('shows the activity day by day as charts with their descriptions, and as a table', async () => {
    const user = userEvent.setup();
    let asked365 = 0;
    renderPage([
      viewerMock(CLAIRE),
      dashboardMock(),
      dashboardMock({ days: 365 }, () => {
        asked365 += 1;
        return dashboard({ days: [dashboard().days[2]!] });
      }),
    ]);

    expect(await screen.findByRole('heading', { level: 2, name: 'Activité jour par jour' })).toBeTruthy();
    const chart = screen.getByRole('img', { name: 'Articles reçus, jour par jour' });
    expect(chart.querySelector('desc')!.textContent).toBe(
      'Du 25 novembre 2026 au 27 novembre 2026 : 42 au total ; au plus 30, le 27 novembre 2026.',
    );
    expect(chart.querySelectorAll('rect')).toHaveLength(2);
    expect(screen.getByTestId('activity-volunteerHours').textContent).toContain('Total : 10,5 h');
    expect(
      screen.getByRole('img', { name: 'Séjours commencés, jour par jour' }).querySelector('desc')!
        .textContent,
    ).toBe('Du 25 novembre 2026 au 27 novembre 2026 : 1 au total ; au plus 1, le 27 novembre 2026.');

    expect(screen.getByText('Voir les chiffres').tagName).toBe('SUMMARY');
    const table = screen.getByRole('table', {
      name: 'Activité jour par jour, du 25 novembre 2026 au 27 novembre 2026',
    });
    const rows = within(table).getAllByRole('row');
    expect(cells(rows[0]!)).toEqual([
      'Jour',
      'Articles reçus',
      'Articles distribués',
      'Séjours commencés',
      'Heures de bénévolat',
      'Dons',
    ]);
    expect(cells(rows[3]!)).toEqual(['27 novembre 2026', '30', '18', '1', '7 h', '151 €']);

    const period = screen.getByRole('combobox', { name: 'Période' }) as HTMLSelectElement;
    expect(period.value).toBe('90');
    await user.selectOptions(period, '365');
    await waitFor(() => expect(asked365).toBeGreaterThan(0));
    expect(
      await screen.findByRole('table', {
        name: 'Activité jour par jour, du 27 novembre 2026 au 27 novembre 2026',
      }),
    ).toBeTruthy();
  });

  it('leads to the report for the Council, and offers its CSV over the last six months', async () => {
    // Today is 27 November 2026 in Paris.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-27T10:00:00Z'));
    try {
      renderPage([viewerMock(CLAIRE), dashboardMock()]);

      expect((await screen.findByRole('link', { name: 'Rapport au Conseil' })).getAttribute('href')).toBe(
        '/coordination/rapport',
      );
      const download = screen.getByRole('link', { name: 'Télécharger le rapport (CSV)' });
      expect(download.getAttribute('href')).toBe('/exports/council-report.csv?from=2026-05-28&to=2026-11-27');
      expect(download.hasAttribute('download')).toBe(true);
      // The period, said with the link.
      const description = document.getElementById(download.getAttribute('aria-describedby') ?? '');
      expect(description?.textContent).toBe('Les six derniers mois, du 28 mai 2026 au 27 novembre 2026.');
    } finally {
      vi.useRealTimers();
    }
  });

  it('writes each alert as a sentence, oldest first, with its arrondissement', async () => {
    renderPage([viewerMock(CLAIRE), dashboardMock()]);

    expect(await screen.findByRole('heading', { level: 2, name: 'Alertes' })).toBeTruthy();
    expect(alertTexts()).toEqual([
      "19e : Séjour sans point d'étape depuis le 1 octobre 2026 (Accueil 19)",
      '18e : Besoin critique non couvert depuis le 12 novembre 2026 : Couches (taille 4) — Les Amis du 18e (12 manquants)',
      "Solidarité Paris n'a pas répondu à 3 propositions depuis le 20 novembre 2026",
      "18e : Mairie du 18e n'a plus de Lait infantile (1er âge), demandé dans l'arrondissement",
    ]);
  });

  it('says when there is no alert, and agrees in number', async () => {
    renderPage([
      viewerMock(CLAIRE),
      dashboardMock({ days: 90 }, () => dashboard({ alerts: [] })),
      dashboardMock({ districtCode: '75001', days: 90 }, () =>
        dashboard({
          alerts: [
            alert('CRITICAL_NEED_UNMET', {
              districtCode: '75001',
              organisationName: 'Louvre Solidaire',
              itemFr: 'Savon (100 g)',
              itemEn: 'Soap (100 g)',
              count: 1,
            }),
            alert('PROPOSALS_UNANSWERED', { organisationName: 'Louvre Solidaire', count: 1 }),
          ],
        }),
      ),
    ]);

    expect(await screen.findByText('Aucune alerte.')).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('link', { name: 'Voir le 1er' }));
    expect(await screen.findByRole('heading', { level: 2, name: '1er arrondissement' })).toBeTruthy();
    await screen.findAllByTestId('dashboard-alert');
    expect(alertTexts()).toEqual([
      'Besoin critique non couvert depuis le 20 novembre 2026 : Savon (100 g) — Louvre Solidaire (1 manquant)',
      "Louvre Solidaire n'a pas répondu à 1 proposition depuis le 20 novembre 2026",
    ]);
  });

  it('drills down into an arrondissement clicked on the map, and comes back to the whole city', async () => {
    const user = userEvent.setup();
    const asked: string[] = [];
    const { container } = renderPage([
      viewerMock(CLAIRE),
      dashboardMock({ days: 90 }, () => {
        asked.push('city');
        return dashboard();
      }),
      dashboardMock({ districtCode: '75018', days: 90 }, () => {
        asked.push('75018');
        return EIGHTEENTH();
      }),
    ]);
    await screen.findByRole('img', { name: 'Carte des 20 arrondissements : Besoins non couverts' });
    expect(screen.queryByRole('heading', { name: '18e arrondissement' })).toBeNull();

    await user.click(shape(container, '75018'));

    const heading = await screen.findByRole('heading', { level: 2, name: '18e arrondissement' });
    expect(asked).toContain('75018');
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const section = screen.getByRole('region', { name: '18e arrondissement' });
    expect(within(section).getByText('Buttes-Montmartre')).toBeTruthy();
    expect(within(section).getByTestId('district-figure-unitsLacking').textContent).toBe(
      'Unités manquantes42',
    );
    expect(
      within(section).getByTestId('district-figure-donationsCents').textContent?.replace(/\s/g, ' '),
    ).toBe('Dons1 235 €');
    // Its alerts (the API filters them), without repeating the arrondissement, and its days.
    expect(within(section).getByRole('heading', { level: 3, name: 'Alertes' })).toBeTruthy();
    expect(
      (await within(section).findAllByTestId('dashboard-alert')).map((item) => item.textContent),
    ).toEqual([
      'Besoin critique non couvert depuis le 12 novembre 2026 : Couches (taille 4) — Les Amis du 18e (12 manquants)',
      "Mairie du 18e n'a plus de Lait infantile (1er âge), demandé dans l'arrondissement",
    ]);
    expect(within(section).getByRole('heading', { level: 3, name: 'Activité jour par jour' })).toBeTruthy();
    expect(
      within(section).getByRole('table', {
        name: 'Activité jour par jour, du 25 novembre 2026 au 25 novembre 2026',
      }),
    ).toBeTruthy();
    // The map stays, to pick another one; the 18th's row is marked.
    expect(screen.getAllByTestId('dashboard-district-row')[17]!.getAttribute('aria-current')).toBe('true');

    await user.click(within(section).getByRole('link', { name: 'Toute la ville' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Alertes' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: '18e arrondissement' })).toBeNull();
    expect(screen.getAllByTestId('dashboard-alert')).toHaveLength(4);
  });

  it('opens an arrondissement from a shared address', async () => {
    const asked: unknown[] = [];
    renderPage(
      [
        viewerMock(CLAIRE),
        {
          request: {
            query: DASHBOARD_QUERY,
            variables: (variables: Record<string, unknown>) => {
              asked.push(variables);
              return true;
            },
          },
          result: { data: { coordinationDashboard: EIGHTEENTH() } },
        },
      ],
      { route: '/coordination/tableau-de-bord/75018' },
    );

    expect(await screen.findByRole('heading', { level: 2, name: '18e arrondissement' })).toBeTruthy();
    expect(asked).toEqual([{ districtCode: '75018', days: 90 }]);
    expect(await screen.findAllByTestId('dashboard-alert')).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Toute la ville' }).getAttribute('href')).toBe(
      '/coordination/tableau-de-bord',
    );
  });

  it('says so when the address is not an arrondissement, and shows the whole city', async () => {
    renderPage([viewerMock(CLAIRE), dashboardMock()], { route: '/coordination/tableau-de-bord/75099' });

    expect((await screen.findByRole('alert')).textContent).toBe(
      "« 75099 » n'est pas le code postal d'un arrondissement de Paris (75001 à 75020) : voici toute la ville.",
    );
    expect(await screen.findByRole('heading', { level: 2, name: 'Alertes' })).toBeTruthy();
  });

  it('recomputes the figures on demand, then shows the new ones', async () => {
    const user = userEvent.setup();
    let refreshed = false;
    let refreshes = 0;
    renderPage([
      viewerMock(CLAIRE),
      dashboardMock({ days: 90 }, () =>
        refreshed
          ? dashboard({ refreshedAt: '2026-11-27T10:07:00.000Z', districts: dashboard().districts.slice(1) })
          : dashboard(),
      ),
      {
        request: { query: DASHBOARD_REFRESH_MUTATION },
        result: () => {
          refreshes += 1;
          refreshed = true;
          return {
            data: {
              refreshCoordinationDashboard: {
                __typename: 'CoordinationDashboard',
                refreshedAt: '2026-11-27T10:07:00.000Z',
              },
            },
          };
        },
      },
    ]);
    expect((await screen.findByTestId('dashboard-refreshed-at')).textContent).toBe(
      'Chiffres calculés à 11:00',
    );

    await user.click(screen.getByRole('button', { name: 'Actualiser' }));

    await waitFor(() =>
      expect(screen.getByTestId('dashboard-refreshed-at').textContent).toBe('Chiffres calculés à 11:07'),
    );
    expect(refreshes).toBe(1);
  });

  it('says why the figures could not be recomputed', async () => {
    const user = userEvent.setup();
    renderPage([
      viewerMock(CLAIRE),
      dashboardMock(),
      {
        request: { query: DASHBOARD_REFRESH_MUTATION },
        result: {
          errors: [
            new GraphQLError('Too many requests', {
              path: ['refreshCoordinationDashboard'],
              extensions: { code: 'TOO_MANY_REQUESTS' },
            }),
          ],
        },
      },
    ]);
    await screen.findByTestId('dashboard-refreshed-at');

    await user.click(screen.getByRole('button', { name: 'Actualiser' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Trop de demandes : réessayez dans une minute.',
    );
  });

  it('is for coordinators only', async () => {
    renderPage([viewerMock(MARIE)]);

    expect((await screen.findByRole('alert')).textContent).toContain(
      'Cette page est réservée aux coordinateurs de la Ville.',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Actualiser' })).toBeNull();
  });

  it('says so when the API refuses the dashboard (FORBIDDEN)', async () => {
    renderPage([
      viewerMock(CLAIRE),
      {
        request: { query: DASHBOARD_QUERY, variables: { days: 90 } },
        result: {
          errors: [
            new GraphQLError('Only City coordinators may do this.', {
              path: ['coordinationDashboard'],
              extensions: { code: 'FORBIDDEN' },
            }),
          ],
        },
      },
    ]);

    expect((await screen.findByRole('alert')).textContent).toContain(
      'Cette page est réservée aux coordinateurs de la Ville.',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Actualiser' })).toBeNull();
  });

  it('speaks English, items included', async () => {
    renderPage([viewerMock(CLAIRE), dashboardMock()], { language: 'en' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeTruthy();
    expect((await screen.findByTestId('dashboard-refreshed-at')).textContent).toBe(
      'Figures computed at 11:00',
    );
    expect(screen.getByRole('radio', { name: 'Needs not covered' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'See the 18th' })).toBeTruthy();
    expect(alertTexts()).toEqual([
      '19th: Stay without a check-in since 1 October 2026 (Accueil 19)',
      '18th: Critical need not covered since 12 November 2026: Nappies (size 4) — Les Amis du 18e (12 missing)',
      'Solidarité Paris has not answered 3 proposals since 20 November 2026',
      '18th: Mairie du 18e has run out of Infant formula (first age), needed in the arrondissement',
    ]);
  });
});
