import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';

import { viewerMock } from '../../../testing/fixtures';
import { renderWithProviders, type RenderOptions } from '../../../testing/renderWithProviders';
import { MISSION_APPLY_MUTATION, MISSION_DETAIL_QUERY } from '../graphql/missionsOperations';
import {
  always,
  apiError,
  application,
  applicationsMock,
  frenchLessons,
  missionMock,
  schoolSupport,
  volunteerServer,
} from '../testing/missionsFixtures';
import { MissionPage } from './MissionPage';

function renderMission(mocks: RenderOptions['mocks'], id = 'mission-1') {
  return renderWithProviders(
    <Routes>
      <Route path="/missions/:id" element={<MissionPage />} />
    </Routes>,
    { route: `/missions/${id}`, mocks },
  );
}

function shifts() {
  return screen.getAllByTestId('mission-shift');
}

describe('MissionPage', () => {
  it('tells everything about the mission, its association, contact and shifts on Paris time', async () => {
    renderMission([viewerMock(null), missionMock(frenchLessons())]);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Cours de français pour adultes' }),
    ).toBeTruthy();
    expect(screen.getByTestId('mission-organisation').textContent).toBe('Proposée par Les Amis du 18e');
    const about = screen.getByRole('region', { name: 'La mission' });
    expect(within(about).getByText(/Des cours de français langue étrangère/)).toBeTruthy();
    expect(within(about).getByTestId('mission-kind-fact').textContent).toBe('TypeCours de français');
    expect(within(about).getByTestId('mission-place').textContent).toBe(
      'Lieu18e arrondissement – Buttes-Montmartre',
    );
    expect(within(about).getByTestId('mission-languages').textContent).toBe(
      'Langues demandéesFrançais (C1), Tigrigna (B1)',
    );
    expect(within(about).getByTestId('mission-skills').textContent).toBe(
      'Compétences utilespédagogie, français langue étrangère',
    );
    expect(within(about).getByTestId('mission-commitment').textContent).toBe(
      'Engagement minimum3 mois, 2 h par semaine',
    );
    expect(within(about).getByTestId('mission-open-to').textContent).toBe('Ouverte àRéserve solidaire');
    expect(within(about).getByText('Répond en 5 h en moyenne')).toBeTruthy();

    const contact = screen.getByRole('region', { name: 'Contact' });
    expect(within(contact).getByText('Sophie Martin')).toBeTruthy();
    expect(within(contact).getByRole('link', { name: 'benevolat@amis18.org' }).getAttribute('href')).toBe(
      'mailto:benevolat@amis18.org',
    );

    const section = screen.getByRole('region', { name: 'Créneaux' });
    const [first, second] = shifts() as [HTMLElement, HTMLElement];
    expect(within(first).getByText('samedi 5 décembre 2026, de 10:00 à 12:00')).toBeTruthy();
    expect(within(first).getByTestId('shift-places').textContent).toBe('3 places restantes sur 5');
    expect(within(second).getByTestId('shift-places').textContent).toBe('Complet');
    // Signed out: sign in first, coming back here.
    expect(
      (await within(section).findByRole('link', { name: 'Se connecter pour postuler' })).getAttribute('href'),
    ).toBe('/connexion?retour=%2Fmissions%2Fmission-1');
    expect(within(section).queryByRole('button', { name: 'Postuler' })).toBeNull();
  });

  it('applies to a shift with a message: "Candidature envoyée" replaces the button', async () => {
    const user = userEvent.setup();
    const server = volunteerServer();
    renderMission([
      viewerMock(),
      missionMock(frenchLessons()),
      applicationsMock(server),
      {
        request: {
          query: MISSION_APPLY_MUTATION,
          variables: {
            input: {
              missionId: 'mission-1',
              shiftId: 'shift-1',
              message: 'Je suis professeure à la retraite.',
            },
          },
        },
        result: () => {
          const applied = application({ message: 'Je suis professeure à la retraite.' });
          server.applications = [applied];
          return { data: { applyToMission: applied } };
        },
      },
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Cours de français pour adultes' });

    // The full shift takes no application.
    expect(within(shifts()[1]!).queryByRole('button', { name: 'Postuler' })).toBeNull();
    const shift = shifts()[0]!;
    const apply = await within(shift).findByRole('button', { name: 'Postuler' });
    expect(apply.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(apply.getAttribute('aria-describedby')!)?.textContent).toBe(
      'samedi 5 décembre 2026, de 10:00 à 12:00',
    );
    await user.click(apply);

    const form = within(shift).getByRole('form', {
      name: 'Postuler : samedi 5 décembre 2026, de 10:00 à 12:00',
    });
    const message = within(form).getByRole('textbox', { name: /^Message à l'association \(facultatif\)/ });
    expect(document.activeElement).toBe(message);
    await user.type(message, '  Je suis professeure à la retraite. ');
    await user.click(within(form).getByRole('button', { name: 'Envoyer ma candidature' }));

    const sent = await within(shift).findByTestId('applied');
    expect(sent.textContent).toBe('Candidature envoyée');
    expect(sent.getAttribute('role')).toBe('status');
    expect(within(shift).queryByRole('button', { name: 'Postuler' })).toBeNull();
    expect(within(shift).queryByRole('form')).toBeNull();
    // "My applications", asked again, agree.
    await expect.poll(() => server.applications).toHaveLength(1);
    expect(within(shift).getByTestId('applied').textContent).toBe('Candidature envoyée');
    expect(within(shift).getByRole('link', { name: 'Suivre mes candidatures' }).getAttribute('href')).toBe(
      '/benevolat',
    );
  });

  it('shows why the application was refused (a full shift) and keeps the form', async () => {
    const user = userEvent.setup();
    renderMission([
      viewerMock(),
      missionMock(frenchLessons()),
      applicationsMock(volunteerServer()),
      {
        request: {
          query: MISSION_APPLY_MUTATION,
          variables: { input: { missionId: 'mission-1', shiftId: 'shift-1' } },
        },
        result: apiError('applyToMission', 'This shift is full.', 'CONFLICT'),
      },
    ]);
    const shift = (await screen.findAllByTestId('mission-shift'))[0]!;
    await user.click(await within(shift).findByRole('button', { name: 'Postuler' }));
    await user.click(within(shift).getByRole('button', { name: 'Envoyer ma candidature' }));

    expect((await within(shift).findByRole('alert')).textContent).toContain(
      'Ce créneau est complet : choisissez-en un autre.',
    );
    expect(within(shift).queryByTestId('applied')).toBeNull();
    expect(within(shift).getByRole('button', { name: 'Envoyer ma candidature' })).toBeTruthy();

    // "Annuler" closes the form and gives the focus back to "Postuler".
    await user.click(within(shift).getByRole('button', { name: 'Annuler' }));
    expect(document.activeElement).toBe(within(shift).getByRole('button', { name: 'Postuler' }));
  });

  it('applies once to a weekly mission, and knows an earlier application', async () => {
    const user = userEvent.setup();
    const server = volunteerServer({
      applications: [
        application({ id: 'application-0', status: 'WITHDRAWN', missionId: 'mission-2', shift: null }),
      ],
    });
    renderMission(
      [
        viewerMock(),
        missionMock(schoolSupport()),
        applicationsMock(server),
        {
          request: { query: MISSION_APPLY_MUTATION, variables: { input: { missionId: 'mission-2' } } },
          result: () => {
            const applied = application({ id: 'application-2', missionId: 'mission-2', shift: null });
            server.applications = [applied];
            return { data: { applyToMission: applied } };
          },
        },
      ],
      'mission-2',
    );

    const when = await screen.findByRole('region', { name: 'Quand ?' });
    expect(within(when).getByTestId('mission-schedule').textContent).toBe(
      'Chaque mercredi après-midi, de 14:00 à 16:00',
    );
    expect(screen.getByText('Mission restreinte')).toBeTruthy();
    expect(screen.getByText('Répond en 30 h en moyenne')).toBeTruthy();
    // A withdrawn application does not count: one may apply again.
    await user.click(await within(when).findByRole('button', { name: 'Postuler' }));
    await user.click(within(when).getByRole('button', { name: 'Envoyer ma candidature' }));
    expect((await within(when).findByTestId('applied')).textContent).toBe('Candidature envoyée');
  });

  it('shows my standing application instead of the button', async () => {
    renderMission([
      viewerMock(),
      missionMock(frenchLessons()),
      applicationsMock(volunteerServer({ applications: [application({ status: 'ACCEPTED' })] })),
    ]);

    const shift = (await screen.findAllByTestId('mission-shift'))[0]!;
    expect((await within(shift).findByTestId('applied')).textContent).toBe('Candidature acceptée');
    expect(within(shift).queryByRole('button', { name: 'Postuler' })).toBeNull();
  });

  it('no longer takes applications for a closed mission', async () => {
    renderMission([
      viewerMock(),
      missionMock(frenchLessons({ status: 'CLOSED' })),
      applicationsMock(volunteerServer()),
    ]);

    const section = await screen.findByRole('region', { name: 'Créneaux' });
    expect(within(section).getByText(/Cette mission est close/)).toBeTruthy();
    expect(within(section).queryByRole('button', { name: 'Postuler' })).toBeNull();
  });

  it('says so when the mission does not exist', async () => {
    renderMission([
      viewerMock(null),
      always({
        request: { query: MISSION_DETAIL_QUERY, variables: { id: 'mission-1' } },
        result: apiError('mission', 'No mission has this id.', 'NOT_FOUND'),
      }),
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Mission introuvable' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Voir les missions' }).getAttribute('href')).toBe('/missions');
  });
});
