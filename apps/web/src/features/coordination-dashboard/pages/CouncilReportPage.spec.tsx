import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';

import { CLAIRE, MARIE, viewerMock } from '../../../testing/fixtures';
import { renderWithProviders, type RenderOptions } from '../../../testing/renderWithProviders';
import {
  councilReport,
  councilReportErrorMock,
  councilReportMock,
  SIX_MONTHS,
} from '../testing/councilReportFixtures';
import { CouncilReportPage } from './CouncilReportPage';

function renderPage(
  mocks: RenderOptions['mocks'],
  { route = '/coordination/rapport', language = 'fr' }: Pick<RenderOptions, 'route' | 'language'> = {},
) {
  return renderWithProviders(
    <Routes>
      <Route path="/coordination/rapport" element={<CouncilReportPage />} />
    </Routes>,
    { route, mocks, language },
  );
}

/** Cells of each row, header cells included, with spaces normalised (Intl uses narrow no-break spaces). */
function rows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').replace(/\s/g, ' ')),
    );
}

function dateField(name: string): HTMLInputElement {
  return screen.getByLabelText(name) as HTMLInputElement;
}

describe('CouncilReportPage', () => {
  beforeEach(() => {
    // Today is 27 November 2026 in Paris: the last six months run from 28 May.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-27T10:00:00Z'));
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the last six months, commitment by commitment, for Paris and each arrondissement having figures', async () => {
    renderPage([viewerMock(CLAIRE), councilReportMock()]);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Rapport au Conseil de Paris' }),
    ).toBeTruthy();
    expect((await screen.findByTestId('report-period')).textContent).toBe(
      'Du 28 mai 2026 au 27 novembre 2026',
    );
    expect(dateField('Du').value).toBe('2026-05-28');
    expect(dateField('Au').value).toBe('2026-11-27');
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Engagement 10 — Plateforme de coordination',
      'Engagement 11 — Mobilisation citoyenne',
      'Engagement 12 — Hébergement citoyen',
      'Engagement 13 — Dons financiers',
      'Engagement 14 — Articles prioritaires',
    ]);

    const platform = screen.getByRole('region', { name: 'Engagement 10 — Plateforme de coordination' });
    expect(
      within(platform).getByText(
        'Lancer une plateforme participative de coordination et de gestion des ressources',
      ),
    ).toBeTruthy();
    expect(
      rows(
        within(platform).getByRole('table', {
          name: 'Plateforme de coordination, du 28 mai 2026 au 27 novembre 2026',
        }),
      ),
    ).toEqual([
      ['Lieu', 'Organisations partenaires vérifiées, à la fin de la période'],
      ['Paris', '14'],
      ['18e arrondissement', '6'],
      ['19e arrondissement', '3'],
    ]);

    // An indicator counted for the whole city only, or an arrondissement without a figure: a dash.
    expect(
      rows(screen.getByRole('table', { name: 'Mobilisation citoyenne, du 28 mai 2026 au 27 novembre 2026' })),
    ).toEqual([
      [
        'Lieu',
        'Heures de bénévolat',
        'Bénévoles présents au moins une fois',
        'Missions publiées',
        'Séances de parrainage',
      ],
      ['Paris', '1 234,5', '87', '12', '30'],
      ['11e arrondissement', '200', '20', '—', '—'],
      ['18e arrondissement', '1 034,5', '70', '12', '—'],
    ]);
    expect(
      rows(screen.getByRole('table', { name: 'Hébergement citoyen, du 28 mai 2026 au 27 novembre 2026' })),
    ).toEqual([
      [
        'Lieu',
        'Foyers orientés vers l’hébergement citoyen',
        'Séjours commencés',
        'Logements d’hébergeurs vérifiés',
      ],
      ['Paris', '9', '5', '11'],
      ['11e arrondissement', '—', '—', '4'],
      ['19e arrondissement', '—', '5', '7'],
    ]);

    // Amounts in cents shown in euros, to the cent.
    expect(
      rows(screen.getByRole('table', { name: 'Dons financiers, du 28 mai 2026 au 27 novembre 2026' })),
    ).toEqual([
      [
        'Lieu',
        'Dons reçus',
        'Montant des dons, nets des remboursements',
        'Abondement des mécènes distribué',
        'Versé aux associations',
        'Initiatives validées',
      ],
      ['Paris', '321', '123 456,78 €', '5 000,00 €', '0,00 €', '4'],
    ]);
    expect(
      rows(screen.getByRole('table', { name: 'Articles prioritaires, du 28 mai 2026 au 27 novembre 2026' })),
    ).toEqual([
      [
        'Lieu',
        'Articles reçus aux points de collecte',
        'Articles envoyés aux associations',
        'Besoins publiés',
        'Livraisons confirmées',
      ],
      ['Paris', '2 500', '2 100', '40', '35'],
      ['11e arrondissement', '1 500', '—', '—', '—'],
      ['18e arrondissement', '1 000', '2 100', '40', '35'],
    ]);
    expect(screen.getByRole('link', { name: 'Retour au tableau de bord' }).getAttribute('href')).toBe(
      '/coordination/tableau-de-bord',
    );
  });

  it('offers the CSV of the period shown, and printing', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderPage([viewerMock(CLAIRE), councilReportMock()]);

    const link = await screen.findByRole('link', { name: 'Télécharger le rapport (CSV)' });
    expect(link.getAttribute('href')).toBe('/exports/council-report.csv?from=2026-05-28&to=2026-11-27');
    expect(link.hasAttribute('download')).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Imprimer' }));
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });

  it('asks the report over the days chosen, and offers that period as CSV', async () => {
    const user = userEvent.setup();
    const period = { from: '2026-01-01', to: '2026-06-30' };
    let asked = 0;
    renderPage([
      viewerMock(CLAIRE),
      councilReportMock(),
      councilReportMock(period, () => {
        asked += 1;
        return councilReport(period);
      }),
    ]);
    await screen.findByTestId('report-period');

    await user.clear(dateField('Du'));
    await user.type(dateField('Du'), period.from);
    await user.clear(dateField('Au'));
    await user.type(dateField('Au'), period.to);
    await user.click(screen.getByRole('button', { name: 'Afficher le rapport' }));

    await waitFor(() =>
      expect(screen.getByTestId('report-period').textContent).toBe('Du 1 janvier 2026 au 30 juin 2026'),
    );
    expect(asked).toBe(1);
    expect(dateField('Du').value).toBe('2026-01-01');
    expect(screen.getByRole('link', { name: 'Télécharger le rapport (CSV)' }).getAttribute('href')).toBe(
      '/exports/council-report.csv?from=2026-01-01&to=2026-06-30',
    );
    expect(
      screen.getByRole('table', { name: 'Dons financiers, du 1 janvier 2026 au 30 juin 2026' }),
    ).toBeTruthy();
  });

  it('reads the period from a shared address', async () => {
    const period = { from: '2026-01-01', to: '2026-06-30' };
    renderPage([viewerMock(CLAIRE), councilReportMock(period)], {
      route: '/coordination/rapport?from=2026-01-01&to=2026-06-30',
    });

    expect((await screen.findByTestId('report-period')).textContent).toBe(
      'Du 1 janvier 2026 au 30 juin 2026',
    );
    expect(dateField('Du').value).toBe('2026-01-01');
    expect(dateField('Au').value).toBe('2026-06-30');
  });

  it('says why the API refused the period, and offers no CSV for it', async () => {
    const user = userEvent.setup();
    renderPage([
      viewerMock(CLAIRE),
      councilReportMock(),
      councilReportErrorMock(
        { from: '2026-05-28', to: '2026-01-01' },
        'BAD_USER_INPUT',
        'The last day must be on or after the first.',
      ),
      councilReportErrorMock(
        { from: '2023-01-01', to: '2026-01-01' },
        'BAD_USER_INPUT',
        'The report covers at most two years.',
      ),
    ]);
    await screen.findByTestId('report-period');

    await user.clear(dateField('Au'));
    await user.type(dateField('Au'), '2026-01-01');
    await user.click(screen.getByRole('button', { name: 'Afficher le rapport' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Le dernier jour doit être le même que le premier, ou après.',
    );
    expect(screen.queryByRole('link', { name: 'Télécharger le rapport (CSV)' })).toBeNull();
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();

    await user.clear(dateField('Du'));
    await user.type(dateField('Du'), '2023-01-01');
    await user.click(screen.getByRole('button', { name: 'Afficher le rapport' }));

    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Le rapport couvre au plus deux ans : choisissez une période plus courte.',
      ),
    );
  });

  it('asks for both days before asking the API', async () => {
    const user = userEvent.setup();
    renderPage([viewerMock(CLAIRE), councilReportMock()]);
    await screen.findByTestId('report-period');

    await user.clear(dateField('Du'));
    await user.click(screen.getByRole('button', { name: 'Afficher le rapport' }));

    expect(dateField('Du').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Indiquez un jour.')).toBeTruthy();
    expect(screen.getByTestId('report-period').textContent).toBe('Du 28 mai 2026 au 27 novembre 2026');
  });

  it('is for coordinators only', async () => {
    renderPage([viewerMock(MARIE)]);

    expect((await screen.findByRole('alert')).textContent).toContain(
      'Cette page est réservée aux coordinateurs de la Ville.',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Rapport au Conseil de Paris' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Afficher le rapport' })).toBeNull();
  });

  it('says so when the API refuses the report (FORBIDDEN)', async () => {
    renderPage([
      viewerMock(CLAIRE),
      councilReportErrorMock(SIX_MONTHS, 'FORBIDDEN', 'Only City coordinators may read the report.'),
    ]);

    expect((await screen.findByRole('alert')).textContent).toContain(
      'Cette page est réservée aux coordinateurs de la Ville.',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Rapport au Conseil de Paris' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Afficher le rapport' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Télécharger le rapport (CSV)' })).toBeNull();
  });

  it('speaks English', async () => {
    renderPage([viewerMock(CLAIRE), councilReportMock()], { language: 'en' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Report to the Council of Paris' }),
    ).toBeTruthy();
    expect((await screen.findByTestId('report-period')).textContent).toBe(
      'From 28 May 2026 to 27 November 2026',
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Commitment 12 — Citizen hosting' })).toBeTruthy();
    expect(screen.getByText('Supporting Parisians who accommodate refugees')).toBeTruthy();
    expect(
      rows(
        screen.getByRole('table', { name: 'Financial donations, from 28 May 2026 to 27 November 2026' }),
      )[1],
    ).toEqual(['Paris', '321', '€123,456.78', '€5,000.00', '€0.00', '4']);
    expect(screen.getByRole('link', { name: 'Download the report (CSV)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Show the report' })).toBeTruthy();
  });
});
