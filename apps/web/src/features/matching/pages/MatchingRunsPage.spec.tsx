import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router';

import type { MatchingRunFieldsFragment } from '../../../gql/graphql';
import { CLAIRE, MARIE, viewerMock } from '../../../testing/fixtures';
import { renderWithProviders, type RenderOptions } from '../../../testing/renderWithProviders';
import { MATCHING_RUNS_QUERY, START_MATCHING_RUN_MUTATION } from '../graphql/matchingOperations';
import { run } from '../testing/matchingFixtures';
import { MatchingRunsPage, RUNS_SHOWN } from './MatchingRunsPage';

const AGAIN = { maxUsageCount: Number.POSITIVE_INFINITY };

/** The runs as the API lists them each time it is asked. */
function runsMock(answer: () => MatchingRunFieldsFragment[]): MockLink.MockedResponse {
  return {
    request: { query: MATCHING_RUNS_QUERY, variables: { first: RUNS_SHOWN } },
    result: () => ({ data: { matchingRuns: answer() } }),
    ...AGAIN,
  };
}

function renderPage(mocks: RenderOptions['mocks'], language: RenderOptions['language'] = 'fr') {
  return renderWithProviders(
    <Routes>
      <Route path="/coordination/appariements" element={<MatchingRunsPage />} />
    </Routes>,
    { route: '/coordination/appariements', mocks, language },
  );
}

/** Cells of a row, header cell first, with spaces normalised (Intl uses narrow no-break spaces). */
function cells(row: HTMLElement): string[] {
  return [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').replace(/\s/g, ' '));
}

const FAILED = run({
  id: 'run-0',
  trigger: 'STOCK',
  status: 'FAILED',
  requestedAt: '2026-11-27T08:00:00.000Z',
  supplyLines: null,
  needLines: null,
  objective: null,
  greedyObjective: null,
  solveMs: null,
  proposals: null,
  error: 'Error: connection terminated',
});

describe('MatchingRunsPage', () => {
  it('lists recent runs in Paris time, with the gain over first-come', async () => {
    const nothingToGain = run({
      id: 'run-2',
      trigger: 'MANUAL',
      requestedAt: '2026-11-27T10:30:00.000Z',
      objective: 0,
      greedyObjective: 0,
      proposals: 0,
      unchanged: true,
      solveMs: 2,
    });
    renderPage([viewerMock(CLAIRE), runsMock(() => [nothingToGain, run(), FAILED])]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Appariements' })).toBeTruthy();
    const table = await screen.findByRole('table', { name: '3 appariements, du plus récent au plus ancien' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual([
      'Demandé le',
      'Déclencheur',
      'Statut',
      "Lignes d'offre",
      'Lignes de besoin',
      'Objectif',
      'Objectif premier arrivé',
      'Gain sur premier arrivé',
      'Calcul (ms)',
      'Propositions',
      'Changement',
      'Erreur',
    ]);
    const [unchanged, done, failed] = screen.getAllByTestId('matching-run');
    expect(within(done!).getByRole('rowheader').textContent).toBe('27/11/2026 10:00:05');
    // 09:00:05 UTC is 10:00:05 in Paris in November.
    expect(cells(done!)).toEqual([
      '27/11/2026 10:00:05',
      'Planifié',
      'Terminé',
      '42',
      '17',
      '1 250',
      '1 000',
      '+25 %',
      '38',
      '14',
      'nouvelles propositions',
      '—non disponible',
    ]);
    // First-come reached nothing: no gain can be given.
    expect(cells(unchanged!)).toEqual([
      '27/11/2026 11:30:00',
      'Manuel',
      'Terminé',
      '42',
      '17',
      '0',
      '0',
      '—non disponible',
      '2',
      '0',
      'inchangé',
      '—non disponible',
    ]);
    expect(cells(failed!).slice(0, 3)).toEqual(['27/11/2026 09:00:00', 'Arrivée de stock', 'Échec']);
    expect(cells(failed!)[11]).toBe('Error: connection terminated');
    // The table scrolls sideways in its own box on a phone, and can be reached with the keyboard.
    const scroller = screen.getByRole('region', { name: '3 appariements, du plus récent au plus ancien' });
    expect(scroller.getAttribute('tabindex')).toBe('0');
  });

  it('starts a run and follows it every 2 seconds until it is done', async () => {
    const user = userEvent.setup();
    const queued = run({
      id: 'run-new',
      trigger: 'MANUAL',
      status: 'QUEUED',
      requestedAt: '2026-11-27T11:00:00.000Z',
      startedAt: null,
      finishedAt: null,
      supplyLines: null,
      needLines: null,
      objective: null,
      greedyObjective: null,
      solveMs: null,
      proposals: null,
    });
    // Once started, the listing finds the run running, then done.
    const steps = [
      { ...queued, status: 'RUNNING' as const },
      run({ ...queued, status: 'DONE', proposals: 9 }),
    ];
    let started = false;
    let listingsSinceStart = 0;
    renderPage([
      viewerMock(CLAIRE),
      runsMock(() => {
        if (!started) return [run()];
        const step = steps[Math.min(listingsSinceStart++, steps.length - 1)]!;
        return [step, run()];
      }),
      {
        request: { query: START_MATCHING_RUN_MUTATION },
        result: () => {
          started = true;
          return { data: { startMatchingRun: { __typename: 'StartMatchingRunPayload', run: queued } } };
        },
      },
    ]);

    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Lancer un appariement' }));

    expect((await screen.findByRole('status')).textContent).toBe(
      "Appariement demandé : il s'exécute dans quelques secondes.",
    );
    const runningRow = (await screen.findByText('En cours')).closest('tr')!;
    expect(runningRow.textContent).toContain('Manuel');
    expect(
      screen.getByText('Un appariement est en cours : le tableau se met à jour toutes les 2 secondes.'),
    ).toBeTruthy();
    // Polled every 2 s while a run waits or runs (10 s apart, this would time out).
    expect(
      await screen.findByText('Appariement terminé : 9 propositions.', {}, { timeout: 7_000 }),
    ).toBeTruthy();
    expect(screen.getAllByTestId('matching-run')[0]!.textContent).toContain('Terminé');
    expect(screen.queryByText(/Un appariement est en cours/)).toBeNull();
  });

  it('tells a person the API does not take for a coordinator that the page is not theirs (FORBIDDEN)', async () => {
    renderPage([
      // Still a coordinator in the session the browser knows of, but no longer for the API.
      viewerMock(CLAIRE),
      {
        request: { query: MATCHING_RUNS_QUERY, variables: { first: RUNS_SHOWN } },
        result: {
          errors: [
            new GraphQLError('This is for City coordinators only.', {
              path: ['matchingRuns'],
              extensions: { code: 'FORBIDDEN' },
            }),
          ],
        },
        ...AGAIN,
      },
    ]);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Accès réservé');
    expect(alert.textContent).toContain('Cette page est réservée aux coordinateurs de la Ville.');
    expect(screen.getByRole('heading', { level: 1, name: 'Appariements' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Lancer un appariement' })).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('tells a citizen the page is for coordinators, without asking for the runs', async () => {
    renderPage([viewerMock(MARIE)]);

    expect((await screen.findByRole('alert')).textContent).toContain(
      'Cette page est réservée aux coordinateurs de la Ville.',
    );
    expect(screen.queryByRole('button', { name: 'Lancer un appariement' })).toBeNull();
  });

  it('explains a refused start', async () => {
    const user = userEvent.setup();
    renderPage([
      viewerMock(CLAIRE),
      runsMock(() => [run()]),
      {
        request: { query: START_MATCHING_RUN_MUTATION },
        result: {
          errors: [
            new GraphQLError('This is for City coordinators only.', {
              path: ['startMatchingRun'],
              extensions: { code: 'FORBIDDEN' },
            }),
          ],
        },
      },
    ]);

    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Lancer un appariement' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Seuls les coordinateurs de la Ville peuvent lancer un appariement.',
    );
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('speaks English', async () => {
    renderPage([viewerMock(CLAIRE), runsMock(() => [run()])], 'en');

    expect(await screen.findByRole('button', { name: 'Start a matching run' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Matching' })).toBeTruthy();
    const [row] = await screen.findAllByTestId('matching-run');
    expect(cells(row!).slice(0, 3)).toEqual(['27/11/2026, 10:00:05', 'Scheduled', 'Done']);
    expect(cells(row!)[7]).toBe('+25%');
    expect(screen.getByRole('columnheader', { name: 'Gain over first-come' })).toBeTruthy();
  });
});
