import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';

import { viewerMock } from '../../../testing/fixtures';
import { renderWithProviders, type RenderOptions } from '../../../testing/renderWithProviders';
import {
  VOLUNTEER_LOG_MENTORING_SESSION_MUTATION,
  VOLUNTEER_SAVE_PROFILE_MUTATION,
  VOLUNTEER_WITHDRAW_APPLICATION_MUTATION,
} from '../graphql/missionsOperations';
import {
  apiError,
  application,
  dashboardMocks,
  daysFromToday,
  mentoringPair,
  volunteeringHistory,
  volunteerProfile,
  volunteerServer,
} from '../testing/missionsFixtures';
import { VolunteerDashboardPage } from './VolunteerDashboardPage';

function renderDashboard(mocks: RenderOptions['mocks']) {
  return renderWithProviders(
    <Routes>
      <Route path="/benevolat" element={<VolunteerDashboardPage />} />
      <Route path="/connexion" element={<p>sign-in page</p>} />
    </Routes>,
    { route: '/benevolat', mocks },
  );
}

async function profileForm() {
  return screen.findByRole('form', { name: 'Mon profil bénévole' });
}

describe('VolunteerDashboardPage', () => {
  it('saves a first profile: skills, languages with level, free half-days, arrondissements, hours, schemes', async () => {
    const user = userEvent.setup();
    const server = volunteerServer();
    const saved = volunteerProfile({
      skills: ['cours de français', 'cuisine'],
      languages: [
        { __typename: 'SpokenLanguage', code: 'ti', level: 'NATIVE' },
        { __typename: 'SpokenLanguage', code: 'fr', level: 'C1' },
      ],
      availability: ['WED_EVENING', 'SAT_MORNING'],
      districts: ['75018', '75019'],
      maxHoursPerWeek: 6,
      solidarityReserve: true,
      civicService: false,
    });
    renderDashboard([
      viewerMock(),
      ...dashboardMocks(server),
      {
        request: {
          query: VOLUNTEER_SAVE_PROFILE_MUTATION,
          variables: {
            input: {
              skills: ['cours de français', 'cuisine'],
              languages: [
                { code: 'ti', level: 'NATIVE' },
                { code: 'fr', level: 'C1' },
              ],
              availability: ['WED_EVENING', 'SAT_MORNING'],
              districts: ['75018', '75019'],
              maxHoursPerWeek: 6,
              solidarityReserve: true,
              civicService: false,
            },
          },
        },
        result: () => {
          server.profile = saved;
          return { data: { saveVolunteerProfile: saved } };
        },
      },
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Mon bénévolat' })).toBeTruthy();
    const form = await profileForm();
    await user.click(within(form).getByRole('textbox', { name: /^Compétences/ }));
    await user.paste('cours de français, cuisine, ');

    const languages = within(form).getByRole('group', { name: 'Langues parlées' });
    expect(within(languages).getByText("Aucune langue pour l'instant.")).toBeTruthy();
    await user.click(within(languages).getByRole('button', { name: 'Ajouter une langue' }));
    const first = within(languages).getByRole('combobox', { name: 'Langue 1' });
    expect(document.activeElement).toBe(first);
    await user.selectOptions(first, 'Tigrigna');
    await user.selectOptions(
      within(languages).getByRole('combobox', { name: 'Niveau (langue 1)' }),
      'Langue maternelle',
    );
    await user.click(within(languages).getByRole('button', { name: 'Ajouter une langue' }));
    await user.selectOptions(within(languages).getByRole('combobox', { name: 'Langue 2' }), 'Arabe');
    await user.click(within(languages).getByRole('button', { name: 'Ajouter une langue' }));
    await user.selectOptions(within(languages).getByRole('combobox', { name: 'Langue 3' }), 'Français');
    await user.selectOptions(
      within(languages).getByRole('combobox', { name: 'Niveau (langue 3)' }),
      'C1 – autonome',
    );
    // Arabic after all: removed.
    await user.click(within(languages).getByRole('button', { name: 'Retirer la langue 2' }));
    expect(within(languages).getAllByTestId('language-row')).toHaveLength(2);
    expect((within(languages).getByRole('combobox', { name: 'Langue 2' }) as HTMLSelectElement).value).toBe(
      'fr',
    );

    const grid = within(form).getByRole('table', { name: 'Disponibilités chaque semaine' });
    expect(within(grid).getAllByRole('checkbox')).toHaveLength(21);
    await user.click(within(grid).getByRole('checkbox', { name: 'samedi matin' }));
    await user.click(within(grid).getByRole('checkbox', { name: 'mercredi soir' }));

    const districts = within(form).getByRole('group', { name: 'Arrondissements où vous pouvez aller' });
    await user.click(
      within(districts).getByRole('checkbox', { name: '19e arrondissement – Buttes-Chaumont' }),
    );
    await user.click(
      within(districts).getByRole('checkbox', { name: '18e arrondissement – Buttes-Montmartre' }),
    );

    const hours = within(form).getByRole('spinbutton', { name: /^Heures par semaine au maximum/ });
    expect((hours as HTMLInputElement).value).toBe('4');
    await user.clear(hours);
    await user.type(hours, '6');
    await user.click(within(form).getByRole('checkbox', { name: 'Réserve solidaire de la Ville' }));
    expect(within(form).getByRole('checkbox', { name: 'Volontaire en service civique' })).toHaveProperty(
      'checked',
      false,
    );

    await user.click(within(form).getByRole('button', { name: 'Enregistrer mon profil' }));
    expect((await within(form).findByRole('status')).textContent).toBe(
      'Votre profil bénévole est enregistré.',
    );
  });

  it('fills the form from the saved profile, and checks it before sending', async () => {
    const user = userEvent.setup();
    renderDashboard([viewerMock(), ...dashboardMocks(volunteerServer({ profile: volunteerProfile() }))]);

    const form = await profileForm();
    expect((within(form).getByRole('textbox', { name: /^Compétences/ }) as HTMLInputElement).value).toBe(
      'cours de français, cuisine',
    );
    expect((within(form).getByRole('combobox', { name: 'Langue 1' }) as HTMLSelectElement).value).toBe('ti');
    expect(
      (within(form).getByRole('combobox', { name: 'Niveau (langue 2)' }) as HTMLSelectElement).value,
    ).toBe('C1');
    expect(within(form).getByRole('checkbox', { name: 'samedi matin' })).toHaveProperty('checked', true);
    expect(within(form).getByRole('checkbox', { name: 'samedi soir' })).toHaveProperty('checked', false);
    expect(
      within(form).getByRole('checkbox', { name: '18e arrondissement – Buttes-Montmartre' }),
    ).toHaveProperty('checked', true);
    expect(within(form).getByRole('checkbox', { name: 'Réserve solidaire de la Ville' })).toHaveProperty(
      'checked',
      true,
    );

    await user.click(within(form).getByRole('button', { name: 'Ajouter une langue' }));
    const hours = within(form).getByRole('spinbutton', { name: /^Heures par semaine au maximum/ });
    await user.clear(hours);
    await user.type(hours, '80');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer mon profil' }));

    expect(within(form).getByText('Choisissez une langue ou retirez la ligne.')).toBeTruthy();
    expect(within(form).getByText("Le nombre d'heures doit être un nombre entier de 1 à 60.")).toBeTruthy();
    expect(document.activeElement).toBe(within(form).getByRole('combobox', { name: 'Langue 3' }));
    expect(within(form).queryByRole('status')).toBeNull();
  });

  it('lists my applications with their status, and withdraws one after a confirmation', async () => {
    const user = userEvent.setup();
    const server = volunteerServer({
      profile: volunteerProfile(),
      applications: [
        application(),
        application({ id: 'application-2', status: 'ACCEPTED', missionTitle: 'Tri des dons' }),
        application({
          id: 'application-3',
          status: 'DECLINED',
          missionTitle: 'Soutien scolaire au collège',
          declineReason: 'Le groupe est complet pour ce trimestre.',
        }),
        application({ id: 'application-4', status: 'WAITLISTED', missionTitle: 'Accueil au centre' }),
        application({
          id: 'application-5',
          status: 'WITHDRAWN',
          missionTitle: 'Atelier cuisine',
          shift: null,
        }),
      ],
    });
    renderDashboard([
      viewerMock(),
      ...dashboardMocks(server),
      {
        request: {
          query: VOLUNTEER_WITHDRAW_APPLICATION_MUTATION,
          variables: { input: { id: 'application-1' } },
        },
        result: () => {
          const withdrawn = application({ status: 'WITHDRAWN' });
          server.applications = [withdrawn, ...server.applications.slice(1)];
          return { data: { withdrawApplication: withdrawn } };
        },
      },
    ]);

    const section = await screen.findByRole('region', { name: 'Mes candidatures' });
    const cards = await within(section).findAllByTestId('application');
    expect(cards.map((card) => within(card).getByTestId('application-status').textContent)).toEqual([
      'Envoyée',
      'Acceptée',
      'Refusée',
      "Liste d'attente",
      'Retirée',
    ]);
    const [sent, , declined, , withdrawnCard] = cards as HTMLElement[];
    expect(
      within(sent!).getByRole('link', { name: 'Cours de français pour adultes' }).getAttribute('href'),
    ).toBe('/missions/mission-1');
    expect(within(sent!).getByText('Créneau : samedi 5 décembre 2026, 10:00 – 12:00')).toBeTruthy();
    expect(within(sent!).getByText('Envoyée le 25 novembre 2026')).toBeTruthy();
    expect(within(declined!).getByTestId('decline-reason').textContent).toBe(
      'Motif : Le groupe est complet pour ce trimestre.',
    );
    expect(within(declined!).queryByRole('button', { name: 'Retirer ma candidature' })).toBeNull();
    expect(within(withdrawnCard!).getByText('Mission régulière')).toBeTruthy();
    expect(within(withdrawnCard!).queryByRole('button', { name: 'Retirer ma candidature' })).toBeNull();

    await user.click(within(sent!).getByRole('button', { name: 'Retirer ma candidature' }));
    const confirm = within(sent!).getByRole('group', { name: 'Retirer votre candidature ?' });
    await user.click(within(confirm).getByRole('button', { name: 'Garder ma candidature' }));
    expect(within(sent!).queryByRole('group', { name: 'Retirer votre candidature ?' })).toBeNull();

    await user.click(within(sent!).getByRole('button', { name: 'Retirer ma candidature' }));
    await user.click(
      within(within(sent!).getByRole('group', { name: 'Retirer votre candidature ?' })).getByRole('button', {
        name: 'Oui, retirer ma candidature',
      }),
    );

    expect((await within(section).findByRole('status')).textContent).toBe(
      'Votre candidature à « Cours de français pour adultes » est retirée.',
    );
    await expect
      .poll(() => within(section).getAllByTestId('application-status')[0]!.textContent)
      .toBe('Retirée');
    expect(document.activeElement).toBe(within(section).getByRole('heading', { name: 'Mes candidatures' }));
  });

  it('shows the problem when the withdrawal is refused', async () => {
    const user = userEvent.setup();
    renderDashboard([
      viewerMock(),
      ...dashboardMocks(volunteerServer({ applications: [application()] })),
      {
        request: {
          query: VOLUNTEER_WITHDRAW_APPLICATION_MUTATION,
          variables: { input: { id: 'application-1' } },
        },
        result: apiError('withdrawApplication', 'This application is declined.', 'CONFLICT'),
      },
    ]);
    const card = await screen.findByTestId('application');
    await user.click(within(card).getByRole('button', { name: 'Retirer ma candidature' }));
    await user.click(within(card).getByRole('button', { name: 'Oui, retirer ma candidature' }));

    expect((await within(card).findByRole('alert')).textContent).toContain(
      'Cette candidature est déjà retirée ou a été refusée.',
    );
  });

  it('shows my hours with their total, and leads to the attestation', async () => {
    renderDashboard([viewerMock(), ...dashboardMocks(volunteerServer({ history: volunteeringHistory() }))]);

    const section = await screen.findByRole('region', { name: 'Mon historique' });
    const table = await within(section).findByRole('table', { name: 'Heures de bénévolat' });
    const rows = within(table)
      .getAllByTestId('volunteering-record')
      .map((row) => Array.from(row.children).map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['3 octobre 2026', 'Cours de français pour adultes', 'Les Amis du 18e', '2 h'],
      ['10 octobre 2026', 'Cours de français pour adultes', 'Les Amis du 18e', '2 h'],
      ['7 novembre 2026', 'Tri des dons', 'Abri Solidaire', '2,5 h'],
    ]);
    expect(within(table).getByTestId('volunteering-total').textContent).toBe('6,5 h');
    expect(within(table).getByRole('rowheader', { name: 'Total' })).toBeTruthy();
    expect(within(section).getByRole('link', { name: 'Attestation de bénévolat' }).getAttribute('href')).toBe(
      '/benevolat/attestation',
    );
  });

  it('says so when there is nothing yet', async () => {
    renderDashboard([viewerMock(), ...dashboardMocks(volunteerServer())]);

    expect(await screen.findByText("Vous n'avez pas encore postulé à une mission.")).toBeTruthy();
    expect(await screen.findByText('Aucune heure enregistrée pour le moment.')).toBeTruthy();
    expect(await screen.findByText(/Vous ne parrainez personne pour le moment/)).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Attestation de bénévolat' })).toBeNull();
  });

  it('shows the people I mentor, their goals and sessions, and logs a session', async () => {
    const user = userEvent.setup();
    const day = daysFromToday(-1);
    const server = volunteerServer({
      mentoring: [
        mentoringPair(),
        mentoringPair({
          id: 'pair-2',
          menteeAlias: 'Yonas',
          goals: ['UNIVERSITY_ENROLMENT', 'JOB_SEARCH', 'FAMILY_ALLOWANCE_RSA'],
          status: 'CLOSED',
          outcome: 'Inscrit en licence à Paris 8.',
          sessions: [],
          totalMinutes: 0,
        }),
      ],
    });
    renderDashboard([
      viewerMock(),
      ...dashboardMocks(server),
      {
        request: {
          query: VOLUNTEER_LOG_MENTORING_SESSION_MUTATION,
          variables: {
            input: {
              pairId: 'pair-1',
              occurredOn: day,
              minutes: 45,
              topic: 'Dossier CAF',
              nextStep: 'Envoyer le RIB',
            },
          },
        },
        result: () => {
          const pair = mentoringPair({
            totalMinutes: 135,
            sessions: [
              ...mentoringPair().sessions,
              {
                __typename: 'MentoringSession',
                id: 'session-2',
                occurredOn: day,
                minutes: 45,
                topic: 'Dossier CAF',
                nextStep: 'Envoyer le RIB',
              },
            ],
          });
          server.mentoring = [pair, server.mentoring[1]!];
          return { data: { logMentoringSession: pair } };
        },
      },
    ]);

    const section = await screen.findByRole('region', { name: 'Mes parrainages' });
    const amina = await within(section).findByRole('article', { name: 'Parrainage de Amina' });
    expect(within(amina).getByText('En cours')).toBeTruthy();
    expect(within(amina).getByText("Avec l'association Les Amis du 18e")).toBeTruthy();
    expect(
      within(within(amina).getByTestId('mentoring-goals'))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(["Demande d'asile", 'Demande de logement']);
    expect(within(amina).getByTestId('mentoring-total').textContent).toBe(
      'Temps passé ensemble : 1 h 30 min',
    );
    expect(within(amina).getByTestId('mentoring-session').textContent).toBe(
      '14 novembre 2026 · 1 h 30 min · Récit pour l’OFPRAProchaine étape : Rassembler les pièces',
    );

    const yonas = within(section).getByRole('article', { name: 'Parrainage de Yonas' });
    expect(within(yonas).getByText('Terminé')).toBeTruthy();
    expect(
      within(within(yonas).getByTestId('mentoring-goals'))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(["Inscription à l'université", "Recherche d'emploi", 'Allocations familiales et RSA']);
    expect(within(yonas).getByText('Bilan : Inscrit en licence à Paris 8.')).toBeTruthy();
    expect(within(yonas).queryByRole('form')).toBeNull();

    const form = within(amina).getByRole('form', { name: 'Noter une séance' });
    // Checked before sending.
    await user.click(within(form).getByRole('button', { name: 'Enregistrer la séance' }));
    expect(within(form).getByText('La durée doit être un nombre entier de 5 à 600 minutes.')).toBeTruthy();
    expect(within(form).getByText('Indiquez le sujet de la séance.')).toBeTruthy();
    expect(document.activeElement).toBe(within(form).getByRole('spinbutton', { name: /^Durée en minutes/ }));

    fireEvent.change(within(form).getByLabelText(/^Date/), { target: { value: day } });
    await user.type(within(form).getByRole('spinbutton', { name: /^Durée en minutes/ }), '45');
    await user.type(within(form).getByRole('textbox', { name: /^Sujet/ }), 'Dossier CAF');
    await user.type(
      within(form).getByRole('textbox', { name: 'Prochaine étape (facultatif)' }),
      'Envoyer le RIB',
    );
    await user.click(within(form).getByRole('button', { name: 'Enregistrer la séance' }));

    expect((await within(form).findByRole('status')).textContent).toBe('La séance est notée.');
    await expect.poll(() => within(amina).getAllByTestId('mentoring-session')).toHaveLength(2);
    expect(within(amina).getAllByTestId('mentoring-session')[1]!.textContent).toContain(
      '45 min · Dossier CAF',
    );
    expect(within(amina).getByTestId('mentoring-total').textContent).toBe(
      'Temps passé ensemble : 2 h 15 min',
    );
    expect((within(form).getByRole('textbox', { name: /^Sujet/ }) as HTMLInputElement).value).toBe('');
  });

  it('sends signed-out visitors to sign in', async () => {
    renderDashboard([viewerMock(null)]);

    expect(await screen.findByText('sign-in page')).toBeTruthy();
  });
});
