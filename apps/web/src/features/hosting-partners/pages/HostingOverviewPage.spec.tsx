import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router';

import type { CoordinatorHostingRunFieldsFragment } from '../../../gql/graphql';
import { CLAIRE, MARIE, viewerMock } from '../../../testing/fixtures';
import { renderWithProviders, type RenderOptions } from '../../../testing/renderWithProviders';
import {
  COORDINATOR_HOSTING_OVERVIEW_QUERY,
  COORDINATOR_HOSTING_RUNS_QUERY,
  COORDINATOR_START_HOSTING_RUN_MUTATION,
} from '../graphql/hostingPartnersOperations';
import { hostingRun, overview, overviewMock } from '../testing/hostingPartnersFixtures';
import { HOSTING_RUNS_SHOWN, HostingOverviewPage } from './HostingOverviewPage';

/** The runs as the API lists them each time it is asked. */
function runsMock(answer: () => CoordinatorHostingRunFieldsFragment[]): MockLink.MockedResponse {
  return {
    request: { query: COORDINATOR_HOSTING_RUNS_QUERY, variables: { first: HOSTING_RUNS_SHOWN } },
    result: () => ({ data: { hostingRuns: answer() } }),
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

function renderPage(mocks: RenderOptions['mocks'], language: RenderOptions['language'] = 'fr') {
  return renderWithProviders(
    <Routes>
      <Route path="/coordination/hebergement" element={<HostingOverviewPage />} />
    </Routes>,
    { route: '/coordination/hebergement', mocks, language },
  );
}

/** Cells of a row, header cell first, with spaces normalised (Intl uses narrow no-break spaces). */
function cells(row: HTMLElement): string[] {
  return [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').replace(/\s/g, ' '));
}

describe('HostingOverviewPage', () => {
  it('shows the key figures, the map by arrondissement with its table, and the stays ending soon', async () => {
    const user = userEvent.setup();
    const { container } = renderPage([viewerMock(CLAIRE), overviewMock(), runsMock(() => [hostingRun()])]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Hébergement' })).toBeTruthy();
    expect((await screen.findByTestId('figure-openRequests')).textContent).toBe('Foyers en attente3');
    expect(screen.getByTestId('figure-urgentRequests').textContent).toBe('Foyers urgents1');
    expect(screen.getByTestId('figure-offersToVerify').textContent).toBe('Logements à vérifier2');
    expect(screen.getByTestId('figure-medianDaysToMatch').textContent).toBe(
      "Délai médian jusqu'à un hôte12,5 jours",
    );

    // The map shows available hosts first; the 18th is the darkest.
    expect(
      screen.getByRole('img', { name: 'Carte des 20 arrondissements : Hôtes disponibles' }),
    ).toBeTruthy();
    const shape = (code: string) => container.querySelector(`path[data-district-code="${code}"]`)!;
    expect(container.querySelectorAll('path[data-district-code]')).toHaveLength(20);
    expect(shape('75018').getAttribute('data-value')).toBe('4');
    expect(shape('75018').getAttribute('fill')).toBe('var(--mantine-color-blue-9)');
    expect(shape('75011').getAttribute('data-value')).toBe('1');
    expect(shape('75001').getAttribute('data-value')).toBe('0');
    expect(shape('75001').getAttribute('fill')).toBe('var(--mantine-color-gray-1)');
    expect(shape('75018').querySelector('title')!.textContent).toBe(
      '18e arrondissement – Buttes-Montmartre : Hôtes disponibles 4',
    );

    const switcher = screen.getByRole('radiogroup', { name: 'Chiffre affiché sur la carte' });
    await user.click(within(switcher).getByRole('radio', { name: 'Foyers en attente' }));
    expect(
      screen.getByRole('img', { name: 'Carte des 20 arrondissements : Foyers en attente' }),
    ).toBeTruthy();
    expect(shape('75018').getAttribute('data-value')).toBe('2');
    expect(shape('75019').getAttribute('data-value')).toBe('1');
    expect(shape('75011').getAttribute('data-value')).toBe('0');

    // The same figures, as a table, for every arrondissement.
    const table = screen.getByRole('table', { name: 'Chiffres par arrondissement' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Arrondissement', 'Hôtes disponibles', 'Séjours en cours', 'Foyers en attente']);
    const rows = within(table).getAllByTestId('district-figures');
    expect(rows).toHaveLength(20);
    expect(cells(rows[17]!)).toEqual(['18e arrondissement – Buttes-Montmartre', '4', '1', '2']);
    expect(cells(rows[0]!)).toEqual(['1er arrondissement – Louvre', '0', '0', '0']);

    const ending = screen.getByRole('region', { name: 'Séjours se terminant dans les 30 jours' });
    const item = within(ending).getByTestId('stay-ending');
    expect(within(item).getByText('Fin prévue le 15 décembre 2026')).toBeTruthy();
    expect(
      within(item).getByText(
        'Les Amis du 18e · 19e arrondissement – Buttes-Chaumont · 3 personnes · depuis le 1 septembre 2026',
      ),
    ).toBeTruthy();

    const [row] = await screen.findAllByTestId('hosting-run');
    expect(cells(row!)).toEqual([
      '27/11/2026 03:00:00',
      'Planifié',
      'Terminé',
      '8',
      '11',
      '6',
      '+20 %',
      '41',
      'nouvelles propositions',
      '—non disponible',
    ]);
  });

  it('starts a run, follows it until done, then asks for the figures again', async () => {
    const user = userEvent.setup();
    const queued = hostingRun({
      id: 'hosting-run-new',
      trigger: 'MANUAL',
      status: 'QUEUED',
      requestedAt: '2026-11-27T11:00:00.000Z',
      finishedAt: null,
      hosts: null,
      households: null,
      objective: null,
      greedyObjective: null,
      solveMs: null,
      proposals: null,
    });
    const steps = [
      { ...queued, status: 'RUNNING' as const },
      hostingRun({ ...queued, status: 'DONE', proposals: 4, hosts: 8, households: 11 }),
    ];
    let started = false;
    let listingsSinceStart = 0;
    let overviews = 0;
    renderPage([
      viewerMock(CLAIRE),
      overviewMock(() => {
        overviews += 1;
        return overview({ openRequests: overviews > 1 ? 1 : 3 });
      }),
      runsMock(() => {
        if (!started) return [hostingRun()];
        const step = steps[Math.min(listingsSinceStart++, steps.length - 1)]!;
        return [step, hostingRun()];
      }),
      {
        request: { query: COORDINATOR_START_HOSTING_RUN_MUTATION },
        result: () => {
          started = true;
          return { data: { startHostingMatchingRun: queued } };
        },
      },
    ]);
    expect((await screen.findByTestId('figure-openRequests')).textContent).toBe('Foyers en attente3');
    await screen.findAllByTestId('hosting-run');

    await user.click(screen.getByRole('button', { name: 'Lancer un appariement' }));

    expect(await screen.findByText('Un appariement est en cours…')).toBeTruthy();
    expect(
      await screen.findByText('Appariement terminé : 4 propositions.', undefined, { timeout: 15_000 }),
    ).toBeTruthy();
    expect(screen.queryByText('Un appariement est en cours…')).toBeNull();
    const [latest] = screen.getAllByTestId('hosting-run');
    expect(cells(latest!).slice(1, 3)).toEqual(['Manuel', 'Terminé']);
    // A finished run moves households: the figures are asked again.
    expect(
      await screen.findByText((_, element) => element?.textContent === 'Foyers en attente1'),
    ).toBeTruthy();
  });

  it('says why a run could not be started', async () => {
    const user = userEvent.setup();
    renderPage([
      viewerMock(CLAIRE),
      overviewMock(),
      runsMock(() => []),
      {
        request: { query: COORDINATOR_START_HOSTING_RUN_MUTATION },
        result: {
          errors: [
            new GraphQLError('Too many requests', {
              path: ['startHostingMatchingRun'],
              extensions: { code: 'TOO_MANY_REQUESTS' },
            }),
          ],
        },
      },
    ]);
    expect(await screen.findByText('Aucun appariement pour le moment.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Lancer un appariement' }));

    expect((await screen.findByRole('alert')).textContent).toContain(
      'Trop de demandes : réessayez dans une minute.',
    );
  });

  it('is for coordinators only', async () => {
    renderPage([viewerMock(MARIE)]);

    expect((await screen.findByRole('alert')).textContent).toContain(
      'Cette page est réservée aux coordinateurs de la Ville.',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Hébergement' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Lancer un appariement' })).toBeNull();
  });

  it('says so when the API refuses the figures to someone no longer a coordinator', async () => {
    const forbidden = {
      errors: [
        new GraphQLError('Only coordinators may do this.', {
          path: ['hostingOverview'],
          extensions: { code: 'FORBIDDEN' },
        }),
      ],
    };
    renderPage([
      viewerMock(CLAIRE),
      { request: { query: COORDINATOR_HOSTING_OVERVIEW_QUERY }, result: forbidden },
      runsMock(() => []),
    ]);

    expect((await screen.findByRole('alert')).textContent).toContain(
      'Cette page est réservée aux coordinateurs de la Ville.',
    );
    expect(screen.queryByRole('button', { name: 'Lancer un appariement' })).toBeNull();
  });

  it('speaks English', async () => {
    renderPage([viewerMock(CLAIRE), overviewMock(), runsMock(() => [hostingRun()])], 'en');

    expect(await screen.findByRole('heading', { level: 1, name: 'Hosting' })).toBeTruthy();
    expect((await screen.findByTestId('figure-medianDaysToMatch')).textContent).toBe(
      'Median time to a host12.5 days',
    );
    expect(screen.getByRole('button', { name: 'Start a matching run' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Available hosts' })).toBeTruthy();
  });
});
