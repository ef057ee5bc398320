import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';

import { viewerMock } from '../../../testing/fixtures';
import { renderWithProviders, type RenderOptions } from '../../../testing/renderWithProviders';
import { apiError } from '../../items/testing/itemsFixtures';
import { parisToday } from '../../items/utils/format';
import { ORGANISATION_MEMBERS_QUERY } from '../../organisations/graphql/organisationOperations';
import { OrganisationPage } from '../../organisations/pages/OrganisationPage';
import {
  PARTNER_CLOSE_HOSTING_REQUEST_MUTATION,
  PARTNER_CREATE_HOSTING_REQUEST_MUTATION,
  PARTNER_END_STAY_MUTATION,
  PARTNER_FORWARD_HOSTING_PROPOSAL_MUTATION,
  PARTNER_PLAN_HOSTING_MEETING_MUTATION,
  PARTNER_RECORD_STAY_CHECK_IN_MUTATION,
  PARTNER_REJECT_HOST_OFFER_MUTATION,
  PARTNER_START_STAY_MUTATION,
  PARTNER_VERIFY_HOST_OFFER_MUTATION,
} from '../graphql/hostingPartnersOperations';
import {
  acceptedProposal,
  HABITAT,
  hostOffer,
  household,
  member,
  partnerListMocks,
  type PartnerServer,
  proposal,
  stay,
  urgentHousehold,
} from '../testing/hostingPartnersFixtures';
import { AssociationHostingPage } from './AssociationHostingPage';

function newServer(overrides: Partial<PartnerServer> = {}): PartnerServer {
  return { households: [], proposals: [], stays: [], offers: [], ...overrides };
}

function renderPage(mocks: RenderOptions['mocks'], route = '/organisations/org-1/hebergement') {
  return renderWithProviders(
    <Routes>
      <Route path="/organisations/:id" element={<OrganisationPage />} />
      <Route path="/organisations/:id/hebergement" element={<AssociationHostingPage />} />
    </Routes>,
    { route, mocks },
  );
}

const CREATE_INPUT = {
  organisationId: 'org-1',
  alias: 'Famille K.',
  ageBands: ['AGE_26_59', 'AGE_6_11', 'AGE_60_PLUS'],
  languages: ['fr', 'ar'],
  legalStatus: 'REFUGEE',
  needsStepFree: true,
  cannotLiveWithPets: false,
  neededFrom: parisToday(),
  minimumDays: 30,
  desiredDays: 90,
  preferredDistricts: ['75018', '75019'],
  needs: 'Proche d’une école',
};

describe('AssociationHostingPage', () => {
  it('refers a household: the form sends what was entered, and shows why the API refused', async () => {
    const user = userEvent.setup();
    const server = newServer();
    renderPage([
      viewerMock(member()),
      ...partnerListMocks(server),
      {
        request: { query: PARTNER_CREATE_HOSTING_REQUEST_MUTATION, variables: { input: CREATE_INPUT } },
        result: apiError(
          'createHostingRequest',
          'Your organisation must be verified by a City coordinator before it can do this.',
          'FORBIDDEN',
        ),
      },
      {
        request: { query: PARTNER_CREATE_HOSTING_REQUEST_MUTATION, variables: { input: CREATE_INPUT } },
        result: () => {
          const created = household({
            id: 'request-new',
            ageBands: ['AGE_26_59', 'AGE_6_11', 'AGE_60_PLUS'],
            householdSize: 3,
            languages: ['fr', 'ar'],
            legalStatus: 'REFUGEE',
            neededFrom: parisToday(),
            needs: 'Proche d’une école',
          });
          server.households = [created];
          return { data: { createHostingRequest: created } };
        },
      },
    ]);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Hébergement – Les Amis du 18e' }),
    ).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Foyers', selected: true })).toBeTruthy();
    expect(await screen.findByText("Votre association n'oriente aucun foyer pour le moment.")).toBeTruthy();
    const form = screen.getByRole('form', { name: 'Orienter un foyer' });
    const alias = within(form).getByRole('textbox', { name: /^Pseudonyme du foyer/ });
    // The note against legal names, document numbers and photos is on screen, and read with the field.
    expect(within(form).getByText(/n'inscrivez ni nom légal, ni numéro de document, ni photo/)).toBeTruthy();
    expect(alias.getAttribute('aria-describedby')).toBeTruthy();

    // Checked here before asking the API.
    await user.click(within(form).getByRole('button', { name: 'Orienter le foyer' }));
    expect(await within(form).findByText("Donnez un pseudonyme d'au moins 2 caractères.")).toBeTruthy();
    expect(document.activeElement).toBe(alias);

    await user.type(alias, 'Famille K.');
    await user.click(within(form).getByRole('button', { name: 'Ajouter un membre' }));
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Membre 2' }), '6–11 ans');
    await user.click(within(form).getByRole('button', { name: 'Ajouter un membre' }));
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Membre 3' }), '12–17 ans');
    await user.click(within(form).getByRole('button', { name: 'Retirer le membre 3' }));
    expect(within(form).queryByRole('combobox', { name: 'Membre 3' })).toBeNull();
    await user.click(within(form).getByRole('button', { name: 'Ajouter un membre' }));
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Membre 3' }), '60 ans et +');
    await user.click(within(form).getByRole('checkbox', { name: 'Arabe' }));
    await user.click(within(form).getByRole('checkbox', { name: 'Français' }));
    await user.click(within(form).getByRole('radio', { name: 'Réfugié' }));
    await user.click(within(form).getByRole('checkbox', { name: 'Logement sans marches nécessaire' }));
    expect((within(form).getByLabelText(/^Besoin à partir du/) as HTMLInputElement).value).toBe(parisToday());
    await user.type(within(form).getByRole('spinbutton', { name: /^Durée minimale/ }), '30');
    await user.type(within(form).getByRole('spinbutton', { name: /^Durée souhaitée/ }), '90');
    await user.click(within(form).getByRole('checkbox', { name: '19e – Buttes-Chaumont' }));
    await user.click(within(form).getByRole('checkbox', { name: '18e – Buttes-Montmartre' }));
    await user.type(
      within(form).getByRole('textbox', { name: /^Besoins particuliers/ }),
      'Proche d’une école',
    );
    await user.click(within(form).getByRole('button', { name: 'Orienter le foyer' }));

    expect((await within(form).findByRole('alert')).textContent).toContain(
      'Votre organisation doit être vérifiée par un coordinateur de la Ville avant de pouvoir faire cela.',
    );

    await user.click(within(form).getByRole('button', { name: 'Orienter le foyer' }));

    expect((await screen.findByText('Foyer orienté : Famille K.')).closest('[role="status"]')).toBeTruthy();
    const card = await screen.findByRole('article', { name: 'Famille K.' });
    expect(within(card).getByTestId('household-composition').textContent).toContain(
      '3 personnes : 1 × 60 ans et +, 1 × 26–59 ans, 1 × 6–11 ans',
    );
    expect(within(card).getByTestId('household-status').textContent).toBe('En attente');
    // The form is ready for the next household.
    expect((alias as HTMLInputElement).value).toBe('');
    // Much typing into a long form: it takes seconds when `npm test` runs other projects beside it on 2 cores.
  }, 90_000);

  it('lists the households with their age bands, languages, preferences, urgency and status', async () => {
    renderPage([
      viewerMock(member()),
      ...partnerListMocks(
        newServer({
          households: [
            household({ status: 'HOSTED' }),
            urgentHousehold(),
            household({
              id: 'request-3',
              alias: 'Famille C.',
              status: 'CLOSED',
              closeReason: 'Logée par le 115',
              createdAt: '2026-11-01T09:00:00.000Z',
            }),
          ],
        }),
      ),
    ]);

    const cards = await screen.findAllByTestId('household');
    // Waiting (urgent) first, then hosted, then closed.
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual([
      'Famille N.',
      'Famille K.',
      'Famille C.',
    ]);
    const [urgent, hosted, closed] = cards as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(urgent).getByText('Urgent')).toBeTruthy();
    expect(
      within(urgent).getByText('De retour après un séjour interrompu : proposé en priorité.'),
    ).toBeTruthy();
    expect(within(urgent).getByTestId('household-status').textContent).toBe('En attente');
    expect(within(urgent).getByText('Réfugié')).toBeTruthy();
    expect(within(urgent).getByText('Pachto')).toBeTruthy();
    expect(within(urgent).getByTestId('household-districts').textContent).toContain('Tout Paris');
    expect(within(urgent).getByText("Pas d'animaux")).toBeTruthy();
    expect(within(hosted).getByTestId('household-status').textContent).toBe('Hébergé');
    expect(within(hosted).getByTestId('household-composition').textContent).toContain(
      '4 personnes : 1 × 60 ans et +, 2 × 26–59 ans, 1 × 6–11 ans',
    );
    expect(within(hosted).getByText('Arabe, Français')).toBeTruthy();
    expect(within(hosted).getByText("Demandeur d'asile")).toBeTruthy();
    expect(within(hosted).getByText('5 janvier 2099')).toBeTruthy();
    expect(within(hosted).getByTestId('household-durations').textContent).toContain(
      '30 jours au minimum, 90 jours souhaités',
    );
    expect(within(hosted).getByTestId('household-districts').textContent).toContain(
      '18e arrondissement – Buttes-Montmartre, 19e arrondissement – Buttes-Chaumont',
    );
    // Only a waiting household can be changed or closed.
    expect(within(hosted).queryByRole('button', { name: 'Modifier' })).toBeNull();
    expect(within(closed).getByTestId('household-status').textContent).toBe('Clos');
    expect(within(closed).getByText('Logée par le 115')).toBeTruthy();
  });

  it('closes a waiting household with a reason', async () => {
    const user = userEvent.setup();
    const server = newServer({ households: [household()] });
    renderPage([
      viewerMock(member()),
      ...partnerListMocks(server),
      {
        request: {
          query: PARTNER_CLOSE_HOSTING_REQUEST_MUTATION,
          variables: { input: { id: 'request-1', reason: 'Solution trouvée par ailleurs' } },
        },
        result: () => {
          const closed = household({ status: 'CLOSED', closeReason: 'Solution trouvée par ailleurs' });
          server.households = [closed];
          return { data: { closeHostingRequest: closed } };
        },
      },
    ]);
    const card = await screen.findByRole('article', { name: 'Famille K.' });

    await user.click(within(card).getByRole('button', { name: 'Clore le dossier' }));
    const form = within(card).getByRole('form', { name: 'Clore le dossier de Famille K.' });
    await user.click(within(form).getByRole('button', { name: 'Confirmer la clôture' }));
    expect(await within(form).findByText('Indiquez le motif.')).toBeTruthy();
    await user.type(
      within(form).getByRole('textbox', { name: /^Motif de la clôture/ }),
      'Solution trouvée par ailleurs',
    );
    await user.click(within(form).getByRole('button', { name: 'Confirmer la clôture' }));

    expect(await within(card).findByText('Dossier clos : Famille K.')).toBeTruthy();
    expect(within(card).getByTestId('household-status').textContent).toBe('Clos');
  });

  it('forwards a proposal to the host, plans the meeting and starts the stay of an accepted one', async () => {
    const user = userEvent.setup();
    const server = newServer({
      households: [household(), urgentHousehold()],
      proposals: [proposal(), acceptedProposal()],
    });
    const startInput = {
      proposalId: 'proposal-2',
      startsOn: '2099-01-10',
      plannedEndOn: '2099-04-10',
      agreementSignedOn: parisToday(),
    };
    renderPage([
      viewerMock(member()),
      ...partnerListMocks(server),
      {
        request: {
          query: PARTNER_FORWARD_HOSTING_PROPOSAL_MUTATION,
          variables: { input: { id: 'proposal-1' } },
        },
        result: () => {
          const forwarded = proposal({ status: 'FORWARDED', forwardedAt: '2026-11-27T10:00:00.000Z' });
          server.proposals = [forwarded, server.proposals[1]!];
          return { data: { forwardHostingProposal: forwarded } };
        },
      },
      {
        request: {
          query: PARTNER_PLAN_HOSTING_MEETING_MUTATION,
          // 18:30 in Paris in January is 17:30 UTC.
          variables: {
            input: {
              proposalId: 'proposal-2',
              at: '2099-01-06T17:30:00.000Z',
              place: 'Local de l’association',
            },
          },
        },
        result: () => {
          const planned = acceptedProposal({
            meetingAt: '2099-01-06T17:30:00.000Z',
            meetingPlace: 'Local de l’association',
          });
          server.proposals = [server.proposals[0]!, planned];
          return { data: { planHostingMeeting: planned } };
        },
      },
      {
        request: { query: PARTNER_START_STAY_MUTATION, variables: { input: startInput } },
        result: () => {
          server.proposals = [server.proposals[0]!, { ...server.proposals[1]!, stayId: 'stay-2' }];
          return {
            data: {
              startStay: stay({
                id: 'stay-2',
                requestId: 'request-2',
                proposalId: 'proposal-2',
                startsOn: '2099-01-10',
                plannedEndOn: '2099-04-10',
              }),
            },
          };
        },
      },
    ]);

    await user.click(await screen.findByRole('tab', { name: 'Propositions' }));
    const proposed = await screen.findByRole('article', { name: 'Famille K.' });
    expect(within(proposed).getByTestId('proposal-status').textContent).toBe('À décider');
    // The home, without its address or host before they accept.
    expect(within(proposed).getByTestId('home-room').textContent).toContain('Chambre privée, 2 couchages');
    expect(within(proposed).getByTestId('home-district').textContent).toContain(
      '18e arrondissement – Buttes-Montmartre',
    );
    expect(within(proposed).getByTestId('home-availability').textContent).toContain(
      'du 1 décembre 2098 au 30 juin 2099',
    );
    expect(within(proposed).getByTestId('home-life').textContent).toContain(
      "Pas d'animaux · Non-fumeur · Accès sans marches",
    );
    expect(within(proposed).getByTestId('home-support').textContent).toContain(
      'Repas partagés · Aide au français',
    );
    expect(within(proposed).queryByTestId('home-host')).toBeNull();
    expect(within(proposed).queryByTestId('home-address')).toBeNull();
    // Why: the score and its parts.
    const score = within(proposed).getByTestId('proposal-score');
    expect(within(score).getByText(/Adéquation : 82\s%/)).toBeTruthy();
    expect(within(score).getByTestId('score-languages').textContent).toMatch(/Langues100\s%/);
    expect(within(score).getByTestId('score-district').textContent).toMatch(/Arrondissement50\s%/);
    expect(within(score).getByTestId('score-duration').textContent).toMatch(/Durée90\s%/);
    expect(within(score).getByTestId('score-days').textContent).toBe('176 jours disponibles pour ce foyer');

    await user.click(within(proposed).getByRole('button', { name: "Transmettre à l'hôte" }));

    expect(
      (await screen.findByText("Proposition transmise à l'hôte pour Famille K.")).closest('[role="status"]'),
    ).toBeTruthy();
    const forwarded = screen.getByRole('article', { name: 'Famille K.' });
    expect(within(forwarded).getByTestId('proposal-status').textContent).toBe("Transmise à l'hôte");
    expect(within(forwarded).getByTestId('proposal-waiting').textContent).toContain(
      "En attente de la réponse de l'hôte.",
    );
    expect(within(forwarded).queryByRole('button', { name: "Transmettre à l'hôte" })).toBeNull();

    // Accepted by the host: their name, email and address are shown.
    const accepted = screen.getByRole('article', { name: 'Famille N.' });
    expect(within(accepted).getByText('Urgent')).toBeTruthy();
    expect(within(accepted).getByTestId('proposal-status').textContent).toBe("Acceptée par l'hôte");
    expect(within(accepted).getByTestId('home-host').textContent).toContain('Jean Dupont – jean@example.org');
    expect(within(accepted).getByRole('link', { name: 'jean@example.org' }).getAttribute('href')).toBe(
      'mailto:jean@example.org',
    );
    expect(within(accepted).getByTestId('home-address').textContent).toContain('12 rue Ordener, 75018 Paris');

    await user.click(within(accepted).getByRole('button', { name: 'Planifier la rencontre' }));
    const meeting = within(accepted).getByRole('form', { name: 'Planifier la rencontre pour Famille N.' });
    fireEvent.change(within(meeting).getByLabelText(/^Date et heure/), {
      target: { value: '2099-01-06T18:30' },
    });
    await user.type(within(meeting).getByRole('textbox', { name: /^Lieu/ }), 'Local de l’association');
    await user.click(within(meeting).getByRole('button', { name: 'Enregistrer la rencontre' }));

    expect(await screen.findByText('Rencontre enregistrée pour Famille N.')).toBeTruthy();
    expect(within(accepted).getByTestId('proposal-meeting').textContent).toBe(
      'Rencontre prévue le 6 janvier 2099 à 18:30 – Local de l’association',
    );

    await user.click(within(accepted).getByRole('button', { name: 'Démarrer le séjour' }));
    const start = within(accepted).getByRole('form', { name: 'Démarrer le séjour de Famille N.' });
    // Starts when the household needs it, for the days it wishes within the host's maximum.
    expect((within(start).getByLabelText(/^Date de début/) as HTMLInputElement).value).toBe('2099-01-05');
    expect((within(start).getByLabelText(/^Fin prévue/) as HTMLInputElement).value).toBe('2099-04-05');
    expect((within(start).getByLabelText(/^Convention signée le/) as HTMLInputElement).value).toBe(
      parisToday(),
    );
    fireEvent.change(within(start).getByLabelText(/^Date de début/), { target: { value: '2099-01-10' } });
    fireEvent.change(within(start).getByLabelText(/^Fin prévue/), { target: { value: '2099-01-09' } });
    await user.click(within(start).getByRole('button', { name: 'Confirmer le début du séjour' }));
    expect(await within(start).findByText('La fin prévue doit venir après le début.')).toBeTruthy();
    fireEvent.change(within(start).getByLabelText(/^Fin prévue/), { target: { value: '2099-04-10' } });
    await user.click(within(start).getByRole('button', { name: 'Confirmer le début du séjour' }));

    expect(
      await screen.findByText("Séjour démarré pour Famille N. : suivez-le dans l'onglet Séjours."),
    ).toBeTruthy();
    expect(
      await within(screen.getByRole('article', { name: 'Famille N.' })).findByText(
        "Le séjour a commencé : suivez-le dans l'onglet Séjours.",
      ),
    ).toBeTruthy();
  });

  it('records a check-in on an overdue stay, then ends it after confirming', async () => {
    const user = userEvent.setup();
    const today = parisToday();
    const server = newServer({ households: [household({ status: 'HOSTED' })], stays: [stay()] });
    const checkIn = {
      __typename: 'StayEvent' as const,
      id: 'event-2',
      kind: 'CHECK_IN' as const,
      occurredOn: today,
      note: 'Tout se passe bien',
      severity: null,
      newEndOn: null,
      recordedBy: 'Marie Curie',
      createdAt: '2026-11-27T10:00:00.000Z',
    };
    renderPage(
      [
        viewerMock(member()),
        ...partnerListMocks(server),
        {
          request: {
            query: PARTNER_RECORD_STAY_CHECK_IN_MUTATION,
            variables: { input: { stayId: 'stay-1', on: today, note: 'Tout se passe bien' } },
          },
          result: () => {
            const updated = stay({ nextCheckInDue: '2099-01-01', events: [...stay().events, checkIn] });
            server.stays = [updated];
            return { data: { recordStayCheckIn: updated } };
          },
        },
        {
          request: {
            query: PARTNER_END_STAY_MUTATION,
            variables: {
              input: { stayId: 'stay-1', endedOn: today, reason: 'Relogés par un bailleur social' },
            },
          },
          result: () => {
            const ended = stay({
              status: 'ENDED',
              nextCheckInDue: null,
              endedOn: today,
              endReason: 'Relogés par un bailleur social',
              endedBySide: 'ASSOCIATION',
              endedEarly: true,
              events: [
                ...server.stays[0]!.events,
                { ...checkIn, id: 'event-3', kind: 'ENDED', note: 'Relogés par un bailleur social' },
              ],
            });
            server.stays = [ended];
            return { data: { endStay: ended } };
          },
        },
      ],
      '/organisations/org-1/hebergement?onglet=sejours',
    );

    expect(await screen.findByRole('tab', { name: 'Séjours', selected: true })).toBeTruthy();
    const card = await screen.findByRole('article', { name: 'Famille K.' });
    expect(within(card).getByTestId('stay-status').textContent).toBe('En cours');
    expect(within(card).getByText('Suivi en retard')).toBeTruthy();
    expect(within(card).getByTestId('stay-next-check-in').textContent).toMatch(
      /10 février 2026 – en retard de \d+ jours/,
    );
    expect(within(card).getByTestId('stay-host').textContent).toContain('Jean Dupont – jean@example.org');
    expect(within(card).getByTestId('stay-address').textContent).toContain('12 rue Ordener, 75018 Paris');
    expect(within(card).getByTestId('stay-dates').textContent).toContain(
      'du 10 janvier 2026 au 30 juin 2099 (fin prévue)',
    );
    const timeline = within(card).getByRole('region', { name: 'Suivi' });
    expect(within(timeline).getAllByTestId('stay-event')).toHaveLength(1);
    expect(within(timeline).getByText('Début du séjour')).toBeTruthy();

    await user.click(within(card).getByRole('button', { name: 'Point de suivi' }));
    const checkInForm = within(card).getByRole('form', { name: 'Point de suivi pour Famille K.' });
    expect((within(checkInForm).getByLabelText(/^Date/) as HTMLInputElement).value).toBe(today);
    await user.click(within(checkInForm).getByRole('button', { name: 'Enregistrer le point de suivi' }));
    expect(await within(checkInForm).findByText('Écrivez quelques mots.')).toBeTruthy();
    await user.type(
      within(checkInForm).getByRole('textbox', { name: /^Compte rendu/ }),
      'Tout se passe bien',
    );
    await user.click(within(checkInForm).getByRole('button', { name: 'Enregistrer le point de suivi' }));

    expect(await within(card).findByText('Point de suivi enregistré pour Famille K.')).toBeTruthy();
    expect(within(timeline).getAllByTestId('stay-event')).toHaveLength(2);
    expect(within(timeline).getByText('Tout se passe bien')).toBeTruthy();
    expect(within(card).queryByText('Suivi en retard')).toBeNull();

    await user.click(within(card).getByRole('button', { name: 'Mettre fin au séjour' }));
    const endForm = within(card).getByRole('form', { name: 'Mettre fin au séjour de Famille K.' });
    await user.type(
      within(endForm).getByRole('textbox', { name: /^Motif de fin/ }),
      'Relogés par un bailleur social',
    );
    await user.click(within(endForm).getByRole('button', { name: 'Mettre fin au séjour' }));
    const confirm = within(card).getByRole('group', { name: 'Mettre fin à ce séjour ?' });
    expect(within(confirm).getByText(/le foyer redevient en attente, en priorité/)).toBeTruthy();
    await user.click(within(confirm).getByRole('button', { name: 'Oui, mettre fin au séjour' }));

    expect(await within(card).findByText('Le séjour de Famille K. est terminé.')).toBeTruthy();
    expect(within(card).getByTestId('stay-status').textContent).toBe('Terminé');
    expect(within(card).getByTestId('stay-ended').textContent).toContain(
      "avant la date prévue · par l'association",
    );
    expect(within(card).queryByRole('button', { name: 'Point de suivi' })).toBeNull();
  });

  it('verifies a home after the visit, and refuses another with a reason', async () => {
    const user = userEvent.setup();
    const today = parisToday();
    const other = hostOffer({
      id: 'offer-2',
      host: { __typename: 'PersonContact', displayName: 'Paul Martin', email: 'paul@example.org' },
      address: '3 rue de Crimée, 75019 Paris',
      districtCode: '75019',
    });
    const server = newServer({ offers: [hostOffer(), other] });
    renderPage(
      [
        viewerMock(member()),
        ...partnerListMocks(server),
        {
          request: {
            query: PARTNER_VERIFY_HOST_OFFER_MUTATION,
            variables: { input: { id: 'offer-1', homeVisitOn: today, visitedBy: 'Marie et Ali' } },
          },
          result: () => {
            const verified = hostOffer({
              status: 'VERIFIED',
              verifiedAt: '2026-11-27T10:00:00.000Z',
              homeVisitOn: today,
              visitedBy: 'Marie et Ali',
            });
            server.offers = [verified, other];
            return { data: { verifyHostOffer: verified } };
          },
        },
        {
          request: {
            query: PARTNER_REJECT_HOST_OFFER_MUTATION,
            variables: { input: { id: 'offer-2', reason: 'Pas de chambre séparée' } },
          },
          result: apiError('rejectHostOffer', 'This offer is not waiting for verification.', 'CONFLICT'),
        },
      ],
      '/organisations/org-1/hebergement?onglet=verifications',
    );

    const waiting = await screen.findByRole('region', { name: 'À vérifier' });
    const card = within(waiting).getByRole('article', { name: 'Logement de Jean Dupont' });
    expect(within(card).getByTestId('offer-status').textContent).toBe('À vérifier');
    expect(within(card).getByTestId('offer-host').textContent).toContain('Jean Dupont – jean@example.org');
    expect(within(card).getByTestId('offer-address').textContent).toContain('12 rue Ordener, 75018 Paris');
    expect(within(card).getByTestId('home-life').textContent).toContain(
      'Animaux à la maison · Non-fumeur · Accès avec marches · Enfants bienvenus',
    );
    expect(within(card).getByTestId('home-support').textContent).toContain(
      'Repas partagés · Aide aux démarches',
    );
    expect(within(card).getByTestId('home-availability').textContent).toContain(
      'à partir du 1 décembre 2098, sans date de fin',
    );
    expect(within(card).getByText('de 30 à 180 jours')).toBeTruthy();

    await user.click(within(card).getByRole('button', { name: 'Visite effectuée' }));
    const form = within(card).getByRole('form', { name: 'Vérifier le logement de Jean Dupont' });
    expect((within(form).getByLabelText(/^Date de la visite/) as HTMLInputElement).value).toBe(today);
    await user.type(within(form).getByRole('textbox', { name: /^Visite faite par/ }), 'Marie et Ali');
    await user.click(within(form).getByRole('button', { name: 'Confirmer la vérification' }));

    expect(
      await screen.findByText("Logement de Jean Dupont vérifié : il entre dans l'appariement."),
    ).toBeTruthy();
    const done = await screen.findByRole('region', { name: 'Déjà traités' });
    const verified = within(done).getByRole('article', { name: 'Logement de Jean Dupont' });
    expect(within(verified).getByTestId('offer-status').textContent).toBe('Vérifié');
    expect(within(verified).getByTestId('offer-visit').textContent).toContain('par Marie et Ali');
    expect(within(verified).queryByRole('button', { name: 'Visite effectuée' })).toBeNull();

    const paul = within(screen.getByRole('region', { name: 'À vérifier' })).getByRole('article', {
      name: 'Logement de Paul Martin',
    });
    await user.click(within(paul).getByRole('button', { name: 'Refuser' }));
    const reject = within(paul).getByRole('form', { name: 'Refuser le logement de Paul Martin' });
    await user.type(
      within(reject).getByRole('textbox', { name: /^Motif du refus/ }),
      'Pas de chambre séparée',
    );
    await user.click(within(reject).getByRole('button', { name: 'Confirmer le refus' }));

    // Someone else handled it meanwhile: said above the list, which is refreshed.
    expect(
      (await screen.findByText("Ce logement n'attend plus de vérification.")).closest('[role="alert"]'),
    ).toBeTruthy();
  });

  it('is linked from the organisation page, for associations only', async () => {
    const user = userEvent.setup();
    renderPage(
      [
        viewerMock(member()),
        ...partnerListMocks(newServer()),
        {
          request: { query: ORGANISATION_MEMBERS_QUERY, variables: { organisationId: 'org-1' } },
          result: { data: { organisationMembers: [] } },
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
      ],
      '/organisations/org-1',
    );

    expect(screen.queryByRole('link', { name: 'Louez solidaire' })).toBeNull();
    await user.click(await screen.findByRole('link', { name: "Gérer l'hébergement" }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Hébergement – Les Amis du 18e' }),
    ).toBeTruthy();
  });

  it('tells a person who is not a member that the organisation is not theirs', async () => {
    renderPage([viewerMock()]);
    expect((await screen.findByRole('alert')).textContent).toBe(
      "Vous n'êtes pas membre de cette organisation.",
    );
    expect(screen.queryByRole('tab')).toBeNull();
  });

  it('is for associations: other organisations are told so', async () => {
    renderPage([viewerMock(member({ ...HABITAT, id: 'org-1' }))]);
    expect(
      await screen.findByText(
        "L'hébergement citoyen est suivi par les associations : cette organisation n'en est pas une.",
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('tab')).toBeNull();
  });
});
