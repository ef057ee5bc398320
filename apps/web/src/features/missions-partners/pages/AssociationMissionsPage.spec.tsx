import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';

import type { PartnerMentoringPairFieldsFragment } from '../../../gql/graphql';
import { viewerMock } from '../../../testing/fixtures';
import { renderWithProviders, type RenderOptions } from '../../../testing/renderWithProviders';
import { apiError } from '../../items/testing/itemsFixtures';
import { parisToday } from '../../items/utils/format';
import { ORGANISATION_MEMBERS_QUERY } from '../../organisations/graphql/organisationOperations';
import { OrganisationPage } from '../../organisations/pages/OrganisationPage';
import {
  PARTNER_CLOSE_MENTORING_PAIR_MUTATION,
  PARTNER_CLOSE_MISSION_MUTATION,
  PARTNER_CREATE_MENTORING_PAIR_MUTATION,
  PARTNER_DUPLICATE_MISSION_MUTATION,
  PARTNER_LOG_MENTORING_SESSION_MUTATION,
  PARTNER_PUBLISH_MISSION_MUTATION,
  PARTNER_UPDATE_MISSION_MUTATION,
} from '../graphql/missionsPartnersOperations';
import {
  application,
  member,
  mentoringPair,
  mission,
  missionsListMocks,
  newServer,
  overdueApplication,
  shift,
} from '../testing/missionsPartnersFixtures';
import { AssociationMissionsPage } from './AssociationMissionsPage';
import { MissionApplicationsPage } from './MissionApplicationsPage';

function renderPage(mocks: RenderOptions['mocks'], route = '/organisations/org-1/missions') {
  return renderWithProviders(
    <Routes>
      <Route path="/organisations/:id" element={<OrganisationPage />} />
      <Route path="/organisations/:id/missions" element={<AssociationMissionsPage />} />
      <Route path="/organisations/:id/missions/:missionId" element={<MissionApplicationsPage />} />
    </Routes>,
    { route, mocks },
  );
}

const membersMock = {
  request: { query: ORGANISATION_MEMBERS_QUERY, variables: { organisationId: 'org-1' } },
  result: { data: { organisationMembers: [] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** Two shifts typed in Paris time (winter: UTC+1), sent as instants. */
const PUBLISH_INPUT = {
  organisationId: 'org-1',
  title: 'Tri de vêtements d’hiver',
  description: 'Trier les dons de vêtements chauds au point de collecte de la mairie du 18e.',
  kind: 'SORTING',
  skills: ['tri', 'manutention'],
  languages: [{ code: 'fr', level: 'B1' }],
  districtCode: '75018',
  remote: false,
  schedule: 'SHIFTS',
  shifts: [
    { startsAt: '2099-12-12T08:00:00.000Z', endsAt: '2099-12-12T11:00:00.000Z', capacity: 4 },
    { startsAt: '2099-12-13T13:00:00.000Z', endsAt: '2099-12-13T15:30:00.000Z', capacity: 2 },
  ],
  minimumCommitment: 'Un samedi par mois',
  contactName: 'Marie Curie',
  contactEmail: 'contact@amis18.org',
  restricted: false,
  forSolidarityReserve: true,
  forCivicService: true,
};

describe('AssociationMissionsPage', () => {
  it('is reached from the organisation page, and publishes a mission with two shifts', async () => {
    const user = userEvent.setup();
    const server = newServer();
    renderPage(
      [
        viewerMock(member()),
        membersMock,
        ...missionsListMocks(server),
        {
          request: { query: PARTNER_PUBLISH_MISSION_MUTATION, variables: { input: PUBLISH_INPUT } },
          result: apiError('publishMission', 'A shift must start in the future.', 'BAD_USER_INPUT'),
        },
        {
          request: { query: PARTNER_PUBLISH_MISSION_MUTATION, variables: { input: PUBLISH_INPUT } },
          result: () => {
            const published = mission({
              id: 'mission-new',
              title: PUBLISH_INPUT.title,
              description: PUBLISH_INPUT.description,
              kind: 'SORTING',
              skills: PUBLISH_INPUT.skills,
              languages: [{ __typename: 'SpokenLanguage', code: 'fr', level: 'B1' }],
              minimumCommitment: PUBLISH_INPUT.minimumCommitment,
              forCivicService: true,
              responseHours: null,
              shifts: [
                shift({ id: 'shift-a', ...PUBLISH_INPUT.shifts[0] }),
                shift({ id: 'shift-b', ...PUBLISH_INPUT.shifts[1] }),
              ],
            });
            server.missions = [published];
            return { data: { publishMission: published } };
          },
        },
      ],
      '/organisations/org-1',
    );

    await user.click(await screen.findByRole('link', { name: 'Gérer les missions' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Missions – Les Amis du 18e' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Missions', selected: true })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Parrainages' })).toBeTruthy();
    expect(
      await screen.findByText("Votre association n'a publié aucune mission pour le moment."),
    ).toBeTruthy();

    const form = screen.getByRole('form', { name: 'Publier une mission' });
    const title = within(form).getByRole('textbox', { name: /^Intitulé/ });
    // Checked here before asking the API; the focus goes to the first field in error.
    await user.click(within(form).getByRole('button', { name: 'Publier la mission' }));
    expect(await within(form).findByText("Donnez un intitulé d'au moins 3 caractères.")).toBeTruthy();
    expect(document.activeElement).toBe(title);

    await user.click(title);
    await user.paste(PUBLISH_INPUT.title);
    await user.click(within(form).getByRole('textbox', { name: /^Description/ }));
    await user.paste(PUBLISH_INPUT.description);
    await user.selectOptions(
      within(form).getByRole('combobox', { name: 'Type de mission' }),
      'Tri en point de collecte',
    );
    expect((within(form).getByRole('combobox', { name: 'Lieu' }) as HTMLSelectElement).value).toBe('75018');
    await user.click(within(form).getByRole('textbox', { name: /^Compétences recherchées/ }));
    await user.paste('tri, manutention, tri');
    await user.click(within(form).getByRole('button', { name: 'Ajouter une langue' }));
    const language = within(form).getByRole('group', { name: 'Langue requise 1' });
    expect((within(language).getByRole('combobox', { name: 'Langue' }) as HTMLSelectElement).value).toBe(
      'fr',
    );
    expect((within(language).getByRole('combobox', { name: 'Niveau' }) as HTMLSelectElement).value).toBe(
      'B1',
    );
    expect(within(form).getByRole('radio', { name: 'Créneaux ponctuels' })).toHaveProperty('checked', true);

    const first = within(form).getByRole('group', { name: 'Créneau 1' });
    fireEvent.change(within(first).getByLabelText(/^Date/), { target: { value: '2099-12-12' } });
    fireEvent.change(within(first).getByLabelText(/^Début/), { target: { value: '09:00' } });
    fireEvent.change(within(first).getByLabelText(/^Fin/), { target: { value: '12:00' } });
    await user.type(within(first).getByRole('spinbutton', { name: /^Places/ }), '4');
    await user.click(within(form).getByRole('button', { name: 'Ajouter un créneau' }));
    const second = within(form).getByRole('group', { name: 'Créneau 2' });
    // The new shift starts from the previous one's times and places.
    expect((within(second).getByLabelText(/^Début/) as HTMLInputElement).value).toBe('09:00');
    fireEvent.change(within(second).getByLabelText(/^Date/), { target: { value: '2099-12-13' } });
    fireEvent.change(within(second).getByLabelText(/^Début/), { target: { value: '14:00' } });
    fireEvent.change(within(second).getByLabelText(/^Fin/), { target: { value: '16:30' } });
    const places = within(second).getByRole('spinbutton', { name: /^Places/ });
    await user.clear(places);
    await user.type(places, '2');
    await user.click(within(form).getByRole('textbox', { name: /^Engagement minimal/ }));
    await user.paste(PUBLISH_INPUT.minimumCommitment);
    // The contact is the member signed in, at the association's address, unless changed.
    expect((within(form).getByRole('textbox', { name: /^Nom du contact/ }) as HTMLInputElement).value).toBe(
      'Marie Curie',
    );
    expect(
      (within(form).getByRole('textbox', { name: /^E-mail du contact/ }) as HTMLInputElement).value,
    ).toBe('contact@amis18.org');
    await user.click(within(form).getByRole('checkbox', { name: 'Ouverte à la Réserve solidaire' }));
    await user.click(
      within(form).getByRole('checkbox', { name: 'Ouverte aux volontaires en service civique' }),
    );
    expect(
      within(form).getByRole('checkbox', {
        name: "Mission auprès d'enfants ou de personnes vulnérables (vérification requise)",
      }),
    ).toHaveProperty('checked', false);

    await user.click(within(form).getByRole('button', { name: 'Publier la mission' }));
    expect((await within(form).findByRole('alert')).textContent).toContain(
      'Un créneau doit commencer dans le futur.',
    );

    await user.click(within(form).getByRole('button', { name: 'Publier la mission' }));
    expect(
      (await screen.findByText('Mission publiée : Tri de vêtements d’hiver')).closest('[role="status"]'),
    ).toBeTruthy();
    const card = await screen.findByRole('article', { name: 'Tri de vêtements d’hiver' });
    expect(within(card).getByTestId('mission-status').textContent).toBe('Publiée');
    expect(
      within(card)
        .getAllByTestId('mission-shift')
        .map((line) => line.textContent),
    ).toEqual([
      'samedi 12 décembre 2099, 09:00–12:00Acceptés : 0 / 4',
      'dimanche 13 décembre 2099, 14:00–16:30Acceptés : 0 / 2',
    ]);
    expect(within(card).getByText('Tri en point de collecte')).toBeTruthy();
    expect(await within(card).findByText('0 candidature en attente de réponse')).toBeTruthy();
    // The form is ready for the next mission.
    expect((title as HTMLInputElement).value).toBe('');
  });

  it('lists the missions with their places, the applications waiting, the reminder and the response time', async () => {
    const user = userEvent.setup();
    const closed = mission({
      id: 'mission-old',
      title: 'Maraude de novembre',
      status: 'CLOSED',
      createdAt: '2026-11-01T09:00:00.000Z',
      shifts: [],
    });
    const server = newServer({
      missions: [closed, mission()],
      applications: {
        'mission-1': [
          application(),
          overdueApplication(),
          overdueApplication({
            id: 'application-3',
            volunteer: { ...overdueApplication().volunteer, id: 'v-3' },
          }),
          application({ id: 'application-4', status: 'ACCEPTED' }),
        ],
      },
    });
    renderPage([
      viewerMock(member()),
      ...missionsListMocks(server),
      {
        request: { query: PARTNER_DUPLICATE_MISSION_MUTATION, variables: { input: { id: 'mission-1' } } },
        result: () => {
          const copy = mission({
            id: 'mission-copy',
            title: 'Copie de Atelier de conversation en français',
            shifts: [],
            createdAt: '2026-11-27T09:00:00.000Z',
          });
          server.missions = [...server.missions, copy];
          return { data: { duplicateMission: copy } };
        },
      },
      {
        request: { query: PARTNER_CLOSE_MISSION_MUTATION, variables: { input: { id: 'mission-1' } } },
        result: () => {
          const done = { ...mission(), status: 'CLOSED' as const };
          server.missions = server.missions.map((item) => (item.id === done.id ? done : item));
          return { data: { closeMission: done } };
        },
      },
    ]);

    const cards = await screen.findAllByTestId('mission');
    // Published first, then closed.
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual([
      'Atelier de conversation en français',
      'Maraude de novembre',
    ]);
    const card = screen.getByRole('article', { name: 'Atelier de conversation en français' });
    expect(
      within(card)
        .getAllByTestId('mission-shift')
        .map((line) => line.textContent),
    ).toEqual([
      'samedi 12 décembre 2099, 09:00–12:00Acceptés : 1 / 3',
      'samedi 19 décembre 2099, 09:00–12:00Acceptés : 0 / 2',
    ]);
    expect((await within(card).findByTestId('mission-waiting')).textContent).toBe(
      '3 candidatures en attente de réponse',
    );
    expect(within(card).getByTestId('overdue-reminder').textContent).toBe(
      '2 candidatures attendent une réponse depuis plus de 72 h',
    );
    expect(within(card).getByTestId('response-time').textContent).toBe('Délai de réponse médian : 5 h');
    expect(within(card).getByText('Français (C1), Arabe (B1)')).toBeTruthy();
    expect(within(card).getByText('Réserve solidaire')).toBeTruthy();
    expect(within(card).getByRole('link', { name: 'Voir les candidatures' }).getAttribute('href')).toBe(
      '/organisations/org-1/missions/mission-1',
    );
    const old = screen.getByRole('article', { name: 'Maraude de novembre' });
    expect(within(old).getByTestId('mission-status').textContent).toBe('Close');
    // A closed mission can be duplicated, not changed nor closed again.
    expect(within(old).queryByRole('button', { name: 'Modifier' })).toBeNull();
    expect(within(old).queryByRole('button', { name: 'Clore' })).toBeNull();
    expect(within(old).getByRole('button', { name: 'Dupliquer' })).toBeTruthy();

    await user.click(within(card).getByRole('button', { name: 'Dupliquer' }));
    expect(
      await within(card).findByText(
        'Mission dupliquée : « Copie de Atelier de conversation en français » est publiée, sans créneau. Ajoutez-en avec « Modifier ».',
      ),
    ).toBeTruthy();
    const copy = await screen.findByRole('article', { name: 'Copie de Atelier de conversation en français' });
    expect(within(copy).getByText('Aucun créneau : ajoutez-en avec « Modifier ».')).toBeTruthy();

    await user.click(within(card).getByRole('button', { name: 'Clore' }));
    const confirm = within(card).getByRole('group', {
      name: 'Clore la mission « Atelier de conversation en français » ?',
    });
    await user.click(within(confirm).getByRole('button', { name: 'Garder la mission ouverte' }));
    expect(within(card).getByTestId('mission-status').textContent).toBe('Publiée');
    await user.click(within(card).getByRole('button', { name: 'Clore' }));
    await user.click(within(card).getByRole('button', { name: 'Clore la mission' }));
    expect(await within(card).findByText('Mission close.')).toBeTruthy();
    expect(within(card).getByTestId('mission-status').textContent).toBe('Close');
    expect(within(card).queryByRole('button', { name: 'Clore' })).toBeNull();
  });

  it('changes a mission: the shifts entered are added to those it has', async () => {
    const user = userEvent.setup();
    const server = newServer({ missions: [mission()] });
    const UPDATE_INPUT = {
      id: 'mission-1',
      organisationId: 'org-1',
      title: 'Atelier de conversation (niveau A2)',
      description: mission().description,
      kind: 'FRENCH_LESSONS',
      skills: ['pédagogie', 'animation de groupe'],
      languages: [
        { code: 'fr', level: 'C1' },
        { code: 'ar', level: 'B1' },
      ],
      districtCode: '75018',
      remote: false,
      schedule: 'SHIFTS',
      shifts: [{ startsAt: '2099-12-26T08:00:00.000Z', endsAt: '2099-12-26T11:00:00.000Z', capacity: 2 }],
      minimumCommitment: '2 samedis',
      contactName: 'Marie Curie',
      contactEmail: 'contact@amis18.org',
      restricted: false,
      forSolidarityReserve: true,
      forCivicService: false,
    };
    renderPage([
      viewerMock(member()),
      ...missionsListMocks(server),
      {
        request: { query: PARTNER_UPDATE_MISSION_MUTATION, variables: { input: UPDATE_INPUT } },
        result: () => {
          const changed = mission({
            title: UPDATE_INPUT.title,
            shifts: [...mission().shifts, shift({ id: 'shift-3', ...UPDATE_INPUT.shifts[0], accepted: 0 })],
          });
          server.missions = [changed];
          return { data: { updateMission: changed } };
        },
      },
    ]);

    const card = await screen.findByRole('article', { name: 'Atelier de conversation en français' });
    await user.click(within(card).getByRole('button', { name: 'Modifier' }));
    const form = within(card).getByRole('form', { name: 'Modifier « Atelier de conversation en français »' });
    // The kind of schedule stays; the shifts published are listed, new ones are added.
    expect(within(form).getByRole('radio', { name: 'Créneau hebdomadaire' })).toHaveProperty(
      'disabled',
      true,
    );
    expect(within(form).getByText('Créneaux déjà publiés')).toBeTruthy();
    const title = within(form).getByRole('textbox', { name: /^Intitulé/ });
    await user.clear(title);
    await user.click(title);
    await user.paste(UPDATE_INPUT.title);
    await user.click(within(form).getByRole('button', { name: 'Ajouter un créneau' }));
    const added = within(form).getByRole('group', { name: 'Créneau 1' });
    fireEvent.change(within(added).getByLabelText(/^Date/), { target: { value: '2099-12-26' } });
    fireEvent.change(within(added).getByLabelText(/^Début/), { target: { value: '09:00' } });
    fireEvent.change(within(added).getByLabelText(/^Fin/), { target: { value: '12:00' } });
    await user.type(within(added).getByRole('spinbutton', { name: /^Places/ }), '2');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer les modifications' }));

    const changed = await screen.findByRole('article', { name: UPDATE_INPUT.title });
    expect(await within(changed).findByText('Mission modifiée.')).toBeTruthy();
    expect(within(changed).getAllByTestId('mission-shift')).toHaveLength(3);
  });

  it('creates a mentoring pair, logs two sessions and closes it', async () => {
    const user = userEvent.setup();
    const server = newServer();
    const today = parisToday();
    const CREATE_INPUT = {
      organisationId: 'org-1',
      mentorEmail: 'jean@example.org',
      menteeAlias: 'A. du 18e',
      goals: ['HOUSING_APPLICATION', 'JOB_SEARCH'],
    };
    const update = (pair: PartnerMentoringPairFieldsFragment) => {
      server.pairs = [pair];
      return pair;
    };
    const session = (id: string, minutes: number, topic: string, nextStep: string | null) => ({
      __typename: 'MentoringSession' as const,
      id,
      occurredOn: today,
      minutes,
      topic,
      nextStep,
      loggedBy: 'Marie Curie',
    });
    renderPage(
      [
        viewerMock(member()),
        ...missionsListMocks(server),
        {
          request: {
            query: PARTNER_CREATE_MENTORING_PAIR_MUTATION,
            variables: { input: { ...CREATE_INPUT, mentorEmail: 'jean@exemple.org' } },
          },
          result: apiError(
            'createMentoringPair',
            'No Entraide account has this email: the mentor must sign up first.',
            'BAD_USER_INPUT',
          ),
        },
        {
          request: { query: PARTNER_CREATE_MENTORING_PAIR_MUTATION, variables: { input: CREATE_INPUT } },
          result: () => ({ data: { createMentoringPair: update(mentoringPair()) } }),
        },
        {
          request: {
            query: PARTNER_LOG_MENTORING_SESSION_MUTATION,
            variables: {
              input: {
                pairId: 'pair-1',
                occurredOn: today,
                minutes: 90,
                topic: 'Dossier de demande de logement social',
                nextStep: 'Apporter les avis d’imposition',
              },
            },
          },
          result: () => ({
            data: {
              logMentoringSession: update(
                mentoringPair({
                  totalMinutes: 90,
                  sessions: [
                    session(
                      's-1',
                      90,
                      'Dossier de demande de logement social',
                      'Apporter les avis d’imposition',
                    ),
                  ],
                }),
              ),
            },
          }),
        },
        {
          request: {
            query: PARTNER_LOG_MENTORING_SESSION_MUTATION,
            variables: { input: { pairId: 'pair-1', occurredOn: today, minutes: 45, topic: 'CV et lettre' } },
          },
          result: () => ({
            data: {
              logMentoringSession: update(
                mentoringPair({
                  totalMinutes: 135,
                  sessions: [
                    session(
                      's-1',
                      90,
                      'Dossier de demande de logement social',
                      'Apporter les avis d’imposition',
                    ),
                    session('s-2', 45, 'CV et lettre', null),
                  ],
                }),
              ),
            },
          }),
        },
        {
          request: {
            query: PARTNER_CLOSE_MENTORING_PAIR_MUTATION,
            variables: { input: { pairId: 'pair-1', outcome: 'Demande de logement social déposée' } },
          },
          result: () => ({
            data: {
              closeMentoringPair: update({
                ...server.pairs[0]!,
                status: 'CLOSED',
                outcome: 'Demande de logement social déposée',
                closedAt: '2026-11-27T18:00:00.000Z',
              }),
            },
          }),
        },
      ],
      '/organisations/org-1/missions?onglet=parrainages',
    );

    expect(await screen.findByRole('tab', { name: 'Parrainages', selected: true })).toBeTruthy();
    expect(
      await screen.findByText('Votre association ne suit aucun parrainage pour le moment.'),
    ).toBeTruthy();
    const form = screen.getByRole('form', { name: 'Nouveau parrainage' });
    const email = within(form).getByRole('textbox', {
      name: /^E-mail du compte du parrain ou de la marraine/,
    });
    const alias = within(form).getByRole('textbox', { name: /^Pseudonyme de la personne accompagnée/ });
    expect(within(form).getByText(/pas de nom légal/)).toBeTruthy();

    await user.click(within(form).getByRole('button', { name: 'Créer le parrainage' }));
    expect(await within(form).findByText('Cochez au moins un objectif.')).toBeTruthy();
    expect(document.activeElement).toBe(email);

    await user.type(email, 'jean@exemple.org');
    await user.type(alias, 'A. du 18e');
    await user.click(within(form).getByRole('checkbox', { name: "Recherche d'emploi" }));
    await user.click(within(form).getByRole('checkbox', { name: 'Demande de logement' }));
    await user.click(within(form).getByRole('button', { name: 'Créer le parrainage' }));
    expect(
      await within(form).findByText(
        "Aucun compte Entraide n'a cette adresse : le parrain ou la marraine doit d'abord s'inscrire.",
      ),
    ).toBeTruthy();
    expect(document.activeElement).toBe(email);

    await user.clear(email);
    await user.type(email, 'jean@example.org');
    await user.click(within(form).getByRole('button', { name: 'Créer le parrainage' }));
    expect(await screen.findByText('Parrainage créé : A. du 18e avec Jean Martin.')).toBeTruthy();

    const card = await screen.findByRole('article', { name: 'A. du 18e' });
    expect(within(card).getByText('Jean Martin (jean@example.org)')).toBeTruthy();
    expect(within(card).getByText("Demande de logement, Recherche d'emploi")).toBeTruthy();
    expect(within(card).getByTestId('mentoring-status').textContent).toBe('En cours');

    await user.click(within(card).getByRole('button', { name: 'Noter une séance' }));
    let sessionForm = within(card).getByRole('form', { name: 'Séance avec A. du 18e' });
    expect((within(sessionForm).getByLabelText(/^Date/) as HTMLInputElement).value).toBe(today);
    await user.type(within(sessionForm).getByRole('spinbutton', { name: /^Durée \(minutes\)/ }), '90');
    await user.type(
      within(sessionForm).getByRole('textbox', { name: /^Sujet/ }),
      'Dossier de demande de logement social',
    );
    await user.type(
      within(sessionForm).getByRole('textbox', { name: /^Prochaine étape/ }),
      'Apporter les avis d’imposition',
    );
    await user.click(within(sessionForm).getByRole('button', { name: 'Enregistrer la séance' }));
    expect(await within(card).findByText('Séance notée pour A. du 18e.')).toBeTruthy();
    expect(within(card).getByTestId('mentoring-total').textContent).toContain('1 séance, 1 h 30 au total');

    await user.click(within(card).getByRole('button', { name: 'Noter une séance' }));
    sessionForm = within(card).getByRole('form', { name: 'Séance avec A. du 18e' });
    await user.type(within(sessionForm).getByRole('spinbutton', { name: /^Durée \(minutes\)/ }), '45');
    await user.type(within(sessionForm).getByRole('textbox', { name: /^Sujet/ }), 'CV et lettre');
    await user.click(within(sessionForm).getByRole('button', { name: 'Enregistrer la séance' }));
    await within(card).findByText('Séance notée pour A. du 18e.');
    expect(within(card).getByTestId('mentoring-total').textContent).toContain('2 séances, 2 h 15 au total');
    expect(within(card).getAllByTestId('mentoring-session')).toHaveLength(2);
    expect(within(card).getByText('Prochaine étape : Apporter les avis d’imposition')).toBeTruthy();

    await user.click(within(card).getByRole('button', { name: 'Clore le parrainage' }));
    const closeForm = within(card).getByRole('form', { name: 'Clore le parrainage de A. du 18e' });
    await user.click(within(closeForm).getByRole('button', { name: 'Confirmer la clôture' }));
    expect(await within(closeForm).findByText('Indiquez le bilan du parrainage.')).toBeTruthy();
    await user.type(
      within(closeForm).getByRole('textbox', { name: /^Bilan/ }),
      'Demande de logement social déposée',
    );
    await user.click(within(closeForm).getByRole('button', { name: 'Confirmer la clôture' }));
    expect(await within(card).findByText('Parrainage de A. du 18e clos.')).toBeTruthy();
    expect(within(card).getByTestId('mentoring-status').textContent).toBe('Clos');
    expect(within(card).getByText('Demande de logement social déposée')).toBeTruthy();
    expect(within(card).queryByRole('button', { name: 'Noter une séance' })).toBeNull();
  });
});
