import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';

import { viewerMock } from '../../../testing/fixtures';
import { renderWithProviders, type RenderOptions } from '../../../testing/renderWithProviders';
import { historyMock, volunteeringHistory, volunteerServer } from '../testing/missionsFixtures';
import { AttestationPage } from './AttestationPage';

function renderAttestation(mocks: RenderOptions['mocks'], language: RenderOptions['language'] = 'fr') {
  return renderWithProviders(
    <Routes>
      <Route path="/benevolat/attestation" element={<AttestationPage />} />
      <Route path="/connexion" element={<p>sign-in page</p>} />
    </Routes>,
    { route: '/benevolat/attestation', mocks, language },
  );
}

describe('AttestationPage', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('attests the hours given, mission by mission, with the total, the date and where it comes from', async () => {
    const user = userEvent.setup();
    renderAttestation([viewerMock(), historyMock(volunteerServer({ history: volunteeringHistory() }))]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Attestation de bénévolat' })).toBeTruthy();
    // The title shows while we learn who is signed in: wait for the attestation itself.
    expect((await screen.findByTestId('attestation-platform')).textContent).toBe(
      "Entraide — plateforme de la Ville de Paris pour l'accueil des réfugiés",
    );
    expect((await screen.findByTestId('attestation-name')).textContent).toBe('Marie Curie');
    expect(
      screen.getByText(
        'Entraide atteste que Marie Curie a donné de son temps, comme bénévole, aux associations suivantes :',
      ),
    ).toBeTruthy();

    const table = screen.getByRole('table', { name: 'Heures de bénévolat' });
    const rows = within(table)
      .getAllByTestId('volunteering-record')
      .map((row) => Array.from(row.children).map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['3 octobre 2026', 'Cours de français pour adultes', 'Les Amis du 18e', '2 h'],
      ['10 octobre 2026', 'Cours de français pour adultes', 'Les Amis du 18e', '2 h'],
      ['7 novembre 2026', 'Tri des dons', 'Abri Solidaire', '2,5 h'],
    ]);
    expect(within(table).getByRole('rowheader', { name: 'Total des heures' })).toBeTruthy();
    expect(within(table).getByTestId('volunteering-total').textContent).toBe('6,5 h');
    expect(screen.getByTestId('attestation-generated').textContent).toBe(
      'Attestation établie le 27 novembre 2026.',
    );
    expect(screen.getByText(/établie d'après les présences enregistrées par les associations/)).toBeTruthy();
    expect(screen.getByRole('link', { name: '← Retour à mon bénévolat' }).getAttribute('href')).toBe(
      '/benevolat',
    );

    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: 'Imprimer' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('has nothing to print before the first hours are recorded', async () => {
    renderAttestation([viewerMock(), historyMock(volunteerServer())]);

    expect(await screen.findByText(/Aucune heure n'est encore enregistrée/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Imprimer' })).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('speaks English', async () => {
    renderAttestation([viewerMock(), historyMock(volunteerServer({ history: volunteeringHistory() }))], 'en');

    expect(await screen.findByRole('heading', { level: 1, name: 'Volunteering certificate' })).toBeTruthy();
    expect((await screen.findByTestId('volunteering-total')).textContent).toBe('6.5 h');
    expect(screen.getByTestId('attestation-generated').textContent).toBe(
      'Certificate issued on 27 November 2026.',
    );
    expect(screen.getByRole('button', { name: 'Print' })).toBeTruthy();
  });

  it('sends signed-out visitors to sign in', async () => {
    renderAttestation([viewerMock(null)]);

    expect(await screen.findByText('sign-in page')).toBeTruthy();
  });
});
