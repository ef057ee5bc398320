import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';

import type { PartnerMissionApplicationFieldsFragment } from '../../../gql/graphql';
import { viewerMock } from '../../../testing/fixtures';
import { renderWithProviders, type RenderOptions } from '../../../testing/renderWithProviders';
import { apiError } from '../../items/testing/itemsFixtures';
import { parisToday } from '../../items/utils/format';
import {
  PARTNER_DECIDE_APPLICATION_MUTATION,
  PARTNER_RECORD_ATTENDANCE_MUTATION,
  PARTNER_RECORD_VETTING_MUTATION,
} from '../graphql/missionsPartnersOperations';
import {
  application,
  member,
  mission,
  missionsListMocks,
  type MissionsServer,
  newServer,
  overdueApplication,
  restrictedMission,
  shift,
  volunteer,
} from '../testing/missionsPartnersFixtures';
import { AssociationMissionsPage } from './AssociationMissionsPage';
import { MissionApplicationsPage } from './MissionApplicationsPage';

function renderPage(mocks: RenderOptions['mocks'], route = '/organisations/org-1/missions/mission-1') {
  return renderWithProviders(
    <Routes>
      <Route path="/organisations/:id/missions" element={<AssociationMissionsPage />} />
      <Route path="/organisations/:id/missions/:missionId" element={<MissionApplicationsPage />} />
    </Routes>,
    { route, mocks },
  );
}

/** Replaces an application of `missionId` on the server, and returns it. */
function store(server: MissionsServer, missionId: string, changed: PartnerMissionApplicationFieldsFragment) {
  server.applications[missionId] = (server.applications[missionId] ?? []).map((item) =>
    item.id === changed.id ? changed : item,
  );
  return changed;
}

describe('MissionApplicationsPage', () => {
  it('shows who applied, accepts a volunteer, and says when a shift is full', async () => {
    const user = userEvent.setup();
    const server = newServer({
      missions: [mission()],
      applications: { 'mission-1': [application(), overdueApplication()] },
    });
    renderPage([
      viewerMock(member()),
      ...missionsListMocks(server),
      {
        request: {
          query: PARTNER_DECIDE_APPLICATION_MUTATION,
          variables: { input: { id: 'application-1', decision: 'ACCEPT' } },
        },
        result: () => {
          server.missions = [
            mission({
              shifts: [shift({ accepted: 2 }), mission().shifts[1]!],
            }),
          ];
          return {
            data: {
              decideApplication: store(
                server,
                'mission-1',
                application({
                  status: 'ACCEPTED',
                  decidedAt: '2026-11-27T10:00:00.000Z',
                  shift: shift({ accepted: 2 }),
                }),
              ),
            },
          };
        },
      },
      {
        request: {
          query: PARTNER_DECIDE_APPLICATION_MUTATION,
          variables: { input: { id: 'application-2', decision: 'ACCEPT' } },
        },
        result: apiError(
          'decideApplication',
          'This shift is full: wait-list the volunteer or decline.',
          'CONFLICT',
        ),
      },
      {
        request: {
          query: PARTNER_DECIDE_APPLICATION_MUTATION,
          variables: { input: { id: 'application-2', decision: 'WAITLIST' } },
        },
        result: () => ({
          data: {
            decideApplication: store(
              server,
              'mission-1',
              overdueApplication({ status: 'WAITLISTED', overdue: false }),
            ),
          },
        }),
      },
    ]);

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Candidatures – Atelier de conversation en français',
      }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: '← Missions – Les Amis du 18e' }).getAttribute('href')).toBe(
      '/organisations/org-1/missions',
    );
    expect(screen.getAllByTestId('mission-shift').map((line) => line.textContent)).toEqual([
      'samedi 12 décembre 2099, 09:00–12:00Acceptés : 1 / 3',
      'samedi 19 décembre 2099, 09:00–12:00Acceptés : 0 / 2',
    ]);
    expect((await screen.findByTestId('overdue-reminder')).textContent).toBe(
      '1 candidature attend une réponse depuis plus de 72 h',
    );
    const cards = await screen.findAllByTestId('application');
    // The late one first.
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual([
      'Léa Martin',
      'Samir Haddad',
    ]);
    const [lea, samir] = cards as [HTMLElement, HTMLElement];
    expect(within(lea).getByText('Sans réponse depuis plus de 72 h')).toBeTruthy();
    expect(within(lea).getByText('Service civique')).toBeTruthy();
    expect(within(samir).getByText('Réserve solidaire')).toBeTruthy();
    expect(within(samir).getByRole('link', { name: 'samir@example.org' }).getAttribute('href')).toBe(
      'mailto:samir@example.org',
    );
    expect(within(samir).getByTestId('application-languages').textContent).toContain(
      'Arabe (Langue maternelle), Français (B2)',
    );
    expect(within(samir).getByTestId('application-availability').textContent).toContain(
      'Samedi matin, Dimanche après-midi',
    );
    expect(within(samir).getByTestId('application-shift').textContent).toContain(
      'samedi 12 décembre 2099, 09:00–12:00',
    );
    expect(within(samir).getByText('J’ai donné des cours de français langue étrangère.')).toBeTruthy();
    expect(within(samir).getByTestId('application-status').textContent).toBe('En attente de réponse');
    // Not a mission with children or vulnerable people: nothing about vetting.
    expect(within(samir).queryByTestId('application-vetting')).toBeNull();

    await user.click(within(samir).getByRole('button', { name: 'Accepter' }));
    expect(await within(samir).findByText('Candidature de Samir Haddad acceptée.')).toBeTruthy();
    expect(within(samir).getByTestId('application-status').textContent).toBe('Acceptée');
    expect(within(samir).queryByRole('button', { name: 'Accepter' })).toBeNull();
    expect(within(samir).getByText('Aucune présence enregistrée.')).toBeTruthy();
    expect((await screen.findAllByTestId('mission-shift')).map((line) => line.textContent)[0]).toBe(
      'samedi 12 décembre 2099, 09:00–12:00Acceptés : 2 / 3',
    );

    await user.click(within(lea).getByRole('button', { name: 'Accepter' }));
    expect((await within(lea).findByRole('alert')).textContent).toContain(
      "Ce créneau est complet : mettez le bénévole sur liste d'attente ou refusez sa candidature.",
    );
    await user.click(within(lea).getByRole('button', { name: "Liste d'attente" }));
    expect(await within(lea).findByText("Léa Martin est sur liste d'attente.")).toBeTruthy();
    expect(within(lea).getByTestId('application-status').textContent).toBe("Liste d'attente");
    // A wait-listed volunteer can still be accepted or declined.
    expect(within(lea).getByRole('button', { name: 'Accepter' })).toBeTruthy();
    expect(within(lea).getByRole('button', { name: 'Refuser' })).toBeTruthy();
  });

  it('declines an application with a reason', async () => {
    const user = userEvent.setup();
    const server = newServer({ missions: [mission()], applications: { 'mission-1': [application()] } });
    renderPage([
      viewerMock(member()),
      ...missionsListMocks(server),
      {
        request: {
          query: PARTNER_DECIDE_APPLICATION_MUTATION,
          variables: {
            input: { id: 'application-1', decision: 'DECLINE', reason: 'Le créneau est pourvu.' },
          },
        },
        result: () => ({
          data: {
            decideApplication: store(
              server,
              'mission-1',
              application({ status: 'DECLINED', declineReason: 'Le créneau est pourvu.' }),
            ),
          },
        }),
      },
    ]);

    const card = await screen.findByRole('article', { name: 'Samir Haddad' });
    await user.click(within(card).getByRole('button', { name: 'Refuser' }));
    const form = within(card).getByRole('form', { name: 'Refuser la candidature de Samir Haddad' });
    await user.click(within(form).getByRole('button', { name: 'Refuser la candidature' }));
    expect(await within(form).findByText('Indiquez le motif.')).toBeTruthy();
    await user.type(within(form).getByRole('textbox', { name: /^Motif/ }), 'Le créneau est pourvu.');
    await user.click(within(form).getByRole('button', { name: 'Refuser la candidature' }));
    expect(await within(card).findByText('Candidature de Samir Haddad refusée.')).toBeTruthy();
    expect(within(card).getByTestId('application-status').textContent).toBe('Refusée');
    expect(within(card).getByText('Le créneau est pourvu.')).toBeTruthy();
  });

  it('records the vetting of a volunteer for a mission with children, then their attendance', async () => {
    const user = userEvent.setup();
    const today = parisToday();
    const accepted = application({
      missionId: 'mission-2',
      status: 'ACCEPTED',
      decidedAt: '2026-11-19T09:00:00.000Z',
      shift: restrictedMission().shifts[0]!,
    });
    const server = newServer({ missions: [restrictedMission()], applications: { 'mission-2': [accepted] } });
    const ATTENDANCE_INPUT = {
      applicationId: 'application-1',
      occurredOn: '2026-11-21',
      present: true,
      hours: 2,
    };
    renderPage(
      [
        viewerMock(member()),
        ...missionsListMocks(server),
        {
          request: { query: PARTNER_RECORD_ATTENDANCE_MUTATION, variables: { input: ATTENDANCE_INPUT } },
          result: apiError(
            'recordAttendance',
            'This mission is with children or vulnerable people: record your vetting of the volunteer before they start.',
            'CONFLICT',
          ),
        },
        {
          request: {
            query: PARTNER_RECORD_VETTING_MUTATION,
            variables: {
              input: {
                organisationId: 'org-1',
                volunteerId: 'volunteer-1',
                checkedOn: today,
                what: 'Extrait de casier judiciaire (bulletin n° 3) vu',
              },
            },
          },
          result: () => {
            store(server, 'mission-2', { ...accepted, volunteer: volunteer({ vettedOn: today }) });
            return {
              data: { recordVetting: { __typename: 'Applicant', id: 'volunteer-1', vettedOn: today } },
            };
          },
        },
        {
          request: { query: PARTNER_RECORD_ATTENDANCE_MUTATION, variables: { input: ATTENDANCE_INPUT } },
          result: () => ({
            data: {
              recordAttendance: store(server, 'mission-2', {
                ...accepted,
                volunteer: volunteer({ vettedOn: today }),
                attendance: [
                  {
                    __typename: 'Attendance',
                    id: 'attendance-1',
                    occurredOn: '2026-11-21',
                    present: true,
                    hours: 2,
                  },
                ],
              }),
            },
          }),
        },
      ],
      '/organisations/org-1/missions/mission-2',
    );

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Candidatures – Soutien scolaire au centre Marx-Dormoy',
      }),
    ).toBeTruthy();
    expect((await screen.findByTestId('restricted-note')).textContent).toContain(
      "Le document lui-même n'est jamais conservé",
    );
    expect(screen.getByTestId('response-time').textContent).toBe(
      'Délai de réponse médian : aucune candidature traitée pour le moment',
    );
    const card = await screen.findByRole('article', { name: 'Samir Haddad' });
    expect(within(card).getByTestId('application-vetting').textContent).toBe(
      'Vérification : non enregistrée',
    );

    // Attendance before the vetting is refused by the API, and said so.
    await user.click(within(card).getByRole('button', { name: 'Noter la présence' }));
    let attendance = within(card).getByRole('form', { name: 'Présence de Samir Haddad' });
    // The shift's day and length by default.
    expect((within(attendance).getByLabelText(/^Date/) as HTMLInputElement).value).toBe('2026-11-21');
    expect((within(attendance).getByRole('textbox', { name: /^Heures/ }) as HTMLInputElement).value).toBe(
      '2',
    );
    expect(within(attendance).getByRole('radio', { name: 'Oui' })).toHaveProperty('checked', true);
    await user.click(within(attendance).getByRole('button', { name: 'Enregistrer la présence' }));
    expect((await within(attendance).findByRole('alert')).textContent).toContain(
      "Mission auprès d'enfants ou de personnes vulnérables : enregistrez d'abord votre vérification du bénévole.",
    );
    await user.click(within(attendance).getByRole('button', { name: 'Annuler' }));

    await user.click(within(card).getByRole('button', { name: 'Enregistrer la vérification' }));
    const vetting = within(card).getByRole('form', { name: 'Vérification de Samir Haddad' });
    expect(
      within(vetting).getByText(
        "Le document lui-même n'est jamais conservé : notez seulement ce que vous avez vu.",
      ),
    ).toBeTruthy();
    expect((within(vetting).getByLabelText(/^Date de la vérification/) as HTMLInputElement).value).toBe(
      today,
    );
    fireEvent.change(within(vetting).getByRole('textbox', { name: /^Ce qui a été vérifié/ }), {
      target: { value: 'Extrait de casier judiciaire (bulletin n° 3) vu' },
    });
    await user.click(within(vetting).getByRole('button', { name: 'Enregistrer la vérification' }));
    expect(await within(card).findByText('Vérification de Samir Haddad enregistrée.')).toBeTruthy();
    const todayInWords = new Intl.DateTimeFormat('fr-FR', {
      timeZone: 'Europe/Paris',
      dateStyle: 'long',
    }).format(new Date(`${today}T12:00:00Z`));
    expect(within(card).getByTestId('application-vetting').textContent).toBe(
      `Vérification : enregistrée le ${todayInWords}`,
    );

    await user.click(within(card).getByRole('button', { name: 'Noter la présence' }));
    attendance = within(card).getByRole('form', { name: 'Présence de Samir Haddad' });
    // More than the shift lasts is refused here.
    const hours = within(attendance).getByRole('textbox', { name: /^Heures/ });
    await user.clear(hours);
    await user.type(hours, '2,5');
    await user.click(within(attendance).getByRole('button', { name: 'Enregistrer la présence' }));
    expect(await within(attendance).findByText('Au plus 2 h : la durée du créneau.')).toBeTruthy();
    await user.clear(hours);
    await user.type(hours, '2');
    await user.click(within(attendance).getByRole('button', { name: 'Enregistrer la présence' }));
    expect(await within(card).findByText('Présence de Samir Haddad enregistrée.')).toBeTruthy();
    expect(within(card).getByTestId('application-attendance').textContent).toBe(
      '21 novembre 2026 : présent, 2 h',
    );
  });
});
