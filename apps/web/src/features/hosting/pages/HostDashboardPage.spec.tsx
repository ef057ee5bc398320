import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';

import { viewerMock } from '../../../testing/fixtures';
import { renderWithProviders, type RenderOptions } from '../../../testing/renderWithProviders';
import { parisToday } from '../../items/utils/format';
import {
  ACCEPT_HOSTING_PROPOSAL_MUTATION,
  DECLINE_HOSTING_PROPOSAL_MUTATION,
  END_STAY_MUTATION,
  PAUSE_HOST_OFFER_MUTATION,
  PLAN_HOSTING_MEETING_MUTATION,
  REPORT_STAY_INCIDENT_MUTATION,
  WITHDRAW_HOST_OFFER_MUTATION,
} from '../graphql/hostingOperations';
import {
  apiError,
  dashboardMocks,
  draftOffer,
  hostingProposal,
  hostingServer,
  hostOffer,
  stay,
} from '../testing/hostingFixtures';
import { parisDateTimeToIso } from '../utils/format';
import { HostDashboardPage } from './HostDashboardPage';

function renderDashboard(mocks: RenderOptions['mocks'], route: RenderOptions['route'] = '/accueillir') {
  return renderWithProviders(
    <Routes>
      <Route path="/accueillir" element={<HostDashboardPage />} />
      <Route path="/connexion" element={<p>sign-in page</p>} />
    </Routes>,
    { route, mocks },
  );
}

describe('HostDashboardPage', () => {
  it('explains hosting and lists my offers with their status, association and visit', async () => {
    const server = hostingServer({
      offers: [
        draftOffer(2),
        hostOffer({ paused: true }),
        hostOffer({ id: 'offer-2', status: 'SUBMITTED', homeVisitOn: null }),
      ],
    });
    renderDashboard([viewerMock(), ...dashboardMocks(server)], {
      pathname: '/accueillir',
      state: { submittedTo: 'Les Amis du 18e' },
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Accueillir chez soi' })).toBeTruthy();
    const cards = await screen.findAllByTestId('host-offer');
    expect(screen.getByRole('status').textContent).toBe(
      'Votre proposition est envoyée à Les Amis du 18e, qui vous contactera pour visiter votre logement.',
    );
    expect(screen.getByText(/vous accompagne du premier jour à la fin/)).toBeTruthy();
    expect(screen.getByText(/SINGA/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Proposer une chambre' }).getAttribute('href')).toBe(
      '/accueillir/proposer',
    );

    expect(cards).toHaveLength(3);
    const [draft, verified, submitted] = cards as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(draft).getByText('Brouillon')).toBeTruthy();
    expect(within(draft).getByText('2 étapes sur 4 remplies')).toBeTruthy();
    expect(within(draft).getByRole('link', { name: 'Continuer le brouillon' }).getAttribute('href')).toBe(
      '/accueillir/proposer/draft-1',
    );

    expect(
      within(verified).getByRole('heading', {
        name: 'Chambre privée · 2 lits · 18e arrondissement – Buttes-Montmartre',
      }),
    ).toBeTruthy();
    expect(within(verified).getByText('Vérifiée')).toBeTruthy();
    expect(within(verified).getByText('En pause')).toBeTruthy();
    expect(within(verified).getByText('Disponible du 1 décembre 2026 au 31 mai 2027')).toBeTruthy();
    expect(within(verified).getByText('Séjour de 30 à 180 jours')).toBeTruthy();
    expect(within(verified).getByText('Les Amis du 18e')).toBeTruthy();
    expect(within(verified).getByRole('link', { name: 'contact@amis18.org' }).getAttribute('href')).toBe(
      'mailto:contact@amis18.org',
    );
    expect(within(verified).getByText('Logement visité le 20 novembre 2026')).toBeTruthy();
    expect(within(verified).getByRole('button', { name: 'Reprendre' })).toBeTruthy();
    expect(within(verified).queryByRole('button', { name: 'Mettre en pause' })).toBeNull();

    expect(within(submitted).getByText('En attente de visite')).toBeTruthy();
    expect(within(submitted).getByRole('button', { name: 'Mettre en pause' })).toBeTruthy();

    expect(screen.getByText(/Aucune proposition pour le moment/)).toBeTruthy();
    expect(screen.getByText('Aucun séjour pour le moment.')).toBeTruthy();
  });

  it('pauses an offer, and withdraws another only after confirming', async () => {
    const user = userEvent.setup();
    const server = hostingServer({ offers: [hostOffer(), draftOffer(1)] });
    renderDashboard([
      viewerMock(),
      ...dashboardMocks(server),
      {
        request: { query: PAUSE_HOST_OFFER_MUTATION, variables: { input: { id: 'offer-1' } } },
        result: () => {
          server.offers = [hostOffer({ paused: true }), draftOffer(1)];
          return { data: { pauseHostOffer: server.offers[0] } };
        },
      },
      {
        request: { query: WITHDRAW_HOST_OFFER_MUTATION, variables: { input: { id: 'draft-1' } } },
        result: () => {
          server.offers = [hostOffer({ paused: true })];
          return { data: { withdrawHostOffer: draftOffer(1, { status: 'WITHDRAWN' }) } };
        },
      },
    ]);
    const [verified, draft] = (await screen.findAllByTestId('host-offer')) as [HTMLElement, HTMLElement];

    await user.click(within(verified).getByRole('button', { name: 'Mettre en pause' }));
    expect(await within(verified).findByText('Votre proposition est en pause.')).toBeTruthy();
    expect(within(verified).getByText('En pause')).toBeTruthy();
    expect(within(verified).getByRole('button', { name: 'Reprendre' })).toBeTruthy();

    await user.click(within(draft).getByRole('button', { name: 'Retirer' }));
    const confirm = within(draft).getByRole('group', { name: "Retirer cette proposition d'accueil ?" });
    await user.click(within(confirm).getByRole('button', { name: 'Non, la garder' }));
    expect(within(draft).queryByRole('group')).toBeNull();

    await user.click(within(draft).getByRole('button', { name: 'Retirer' }));
    await user.click(
      within(within(draft).getByRole('group', { name: "Retirer cette proposition d'accueil ?" })).getByRole(
        'button',
        { name: 'Oui, retirer' },
      ),
    );

    expect(
      await screen.findByText(
        'Proposition retirée : Chambre privée · 2 lits · 18e arrondissement – Buttes-Montmartre.',
      ),
    ).toBeTruthy();
    await waitFor(() => expect(screen.getAllByTestId('host-offer')).toHaveLength(1));
  });

  it('shows a forwarded household and accepts it, then plans the meeting', async () => {
    const user = userEvent.setup();
    const at = '2099-12-05T14:30';
    const server = hostingServer({ offers: [hostOffer()], proposals: [hostingProposal()] });
    renderDashboard([
      viewerMock(),
      ...dashboardMocks(server),
      {
        request: { query: ACCEPT_HOSTING_PROPOSAL_MUTATION, variables: { input: { id: 'proposal-1' } } },
        result: () => {
          server.proposals = [
            hostingProposal({ status: 'ACCEPTED', acceptedAt: '2026-11-27T10:00:00.000Z' }),
          ];
          return { data: { acceptHostingProposal: server.proposals[0] } };
        },
      },
      {
        request: {
          query: PLAN_HOSTING_MEETING_MUTATION,
          variables: {
            input: { proposalId: 'proposal-1', at: parisDateTimeToIso(at), place: 'Café des Deux Moulins' },
          },
        },
        result: () => {
          server.proposals = [
            hostingProposal({
              status: 'ACCEPTED',
              meetingAt: '2099-12-05T13:30:00.000Z',
              meetingPlace: 'Café des Deux Moulins',
            }),
          ];
          return { data: { planHostingMeeting: server.proposals[0] } };
        },
      },
    ]);

    const card = await screen.findByRole('article', { name: 'Foyer de 3 personnes' });
    expect(within(card).getByText('En attente de votre réponse')).toBeTruthy();
    expect(within(card).getByText('Âges : 6–11 ans, 26–59 ans (× 2)')).toBeTruthy();
    expect(within(card).getByText('Langues : Arabe, Français')).toBeTruthy();
    expect(within(card).getByText("Besoin d'un logement à partir du 5 décembre 2026")).toBeTruthy();
    expect(within(card).getByText('Durée souhaitée : 90 jours')).toBeTruthy();
    expect(
      within(card).getByText('Pour votre logement : Chambre privée · 18e arrondissement – Buttes-Montmartre'),
    ).toBeTruthy();
    expect(within(card).getByText('Les Amis du 18e')).toBeTruthy();
    expect(within(card).getByRole('link', { name: '01 42 00 00 18' }).getAttribute('href')).toBe(
      'tel:0142000018',
    );

    await user.click(within(card).getByRole('button', { name: 'Accepter' }));

    expect(await within(card).findByText(/Vous avez accepté ce foyer/)).toBeTruthy();
    expect(within(card).getByText('Acceptée')).toBeTruthy();
    expect(within(card).queryByRole('button', { name: 'Accepter' })).toBeNull();
    expect(within(card).getByTestId('meeting').textContent).toBe('Rencontre pas encore planifiée.');

    const form = within(card).getByRole('form', { name: 'Planifier la rencontre' });
    await user.click(within(form).getByRole('button', { name: 'Planifier la rencontre' }));
    expect(within(form).getByText("Indiquez la date et l'heure de la rencontre.")).toBeTruthy();
    fireEvent.change(within(form).getByLabelText(/^Date et heure de la rencontre/), {
      target: { value: at },
    });
    await user.type(
      within(form).getByRole('textbox', { name: /^Lieu de la rencontre/ }),
      'Café des Deux Moulins',
    );
    await user.click(within(form).getByRole('button', { name: 'Planifier la rencontre' }));

    expect(await within(card).findByText('La rencontre est planifiée.')).toBeTruthy();
    expect(within(card).getByTestId('meeting').textContent).toBe(
      'Rencontre prévue le samedi 5 décembre 2099 à 14:30, lieu : Café des Deux Moulins',
    );
  });

  it('declines a forwarded household with a reason', async () => {
    const user = userEvent.setup();
    const server = hostingServer({ proposals: [hostingProposal()] });
    renderDashboard([
      viewerMock(),
      ...dashboardMocks(server),
      {
        request: {
          query: DECLINE_HOSTING_PROPOSAL_MUTATION,
          variables: { input: { id: 'proposal-1', reason: 'Nous partons en voyage en décembre' } },
        },
        result: () => {
          server.proposals = [
            hostingProposal({
              status: 'DECLINED',
              declinedBySide: 'HOST',
              declineReason: 'Nous partons en voyage en décembre',
            }),
          ];
          return { data: { declineHostingProposal: server.proposals[0] } };
        },
      },
    ]);
    const card = await screen.findByRole('article', { name: 'Foyer de 3 personnes' });

    await user.click(within(card).getByRole('button', { name: 'Refuser' }));
    const form = within(card).getByRole('form', { name: 'Refuser ce foyer' });
    const reason = within(form).getByRole('textbox', { name: /^Motif du refus/ });
    expect(document.activeElement).toBe(reason);
    await user.click(within(form).getByRole('button', { name: 'Confirmer le refus' }));
    expect(within(form).getByText('Indiquez le motif.')).toBeTruthy();

    await user.type(reason, 'Nous partons en voyage en décembre');
    await user.click(within(form).getByRole('button', { name: 'Confirmer le refus' }));

    expect(
      await within(card).findByText("Vous avez refusé ce foyer. L'association en est informée."),
    ).toBeTruthy();
    expect(within(card).getByText('Refusée')).toBeTruthy();
    expect(within(card).getByText('Vous avez refusé : Nous partons en voyage en décembre')).toBeTruthy();
    expect(within(card).queryByRole('button', { name: 'Accepter' })).toBeNull();
    expect(within(card).queryByRole('form')).toBeNull();
  });

  it('tells when the household no longer needs a host', async () => {
    const user = userEvent.setup();
    renderDashboard([
      viewerMock(),
      ...dashboardMocks(hostingServer({ proposals: [hostingProposal()] })),
      {
        request: { query: ACCEPT_HOSTING_PROPOSAL_MUTATION, variables: { input: { id: 'proposal-1' } } },
        result: apiError('acceptHostingProposal', 'This household no longer needs a host.', 'CONFLICT'),
      },
    ]);
    const card = await screen.findByRole('article', { name: 'Foyer de 3 personnes' });

    await user.click(within(card).getByRole('button', { name: 'Accepter' }));

    expect((await within(card).findByRole('alert')).textContent).toBe(
      "Ce foyer n'a plus besoin d'hébergement.",
    );
  });

  it('shows a stay with its follow-up, and reports an incident', async () => {
    const user = userEvent.setup();
    const today = parisToday();
    const server = hostingServer({ stays: [stay()] });
    renderDashboard([
      viewerMock(),
      ...dashboardMocks(server),
      {
        request: {
          query: REPORT_STAY_INCIDENT_MUTATION,
          variables: {
            input: {
              stayId: 'stay-1',
              severity: 'MEDIUM',
              note: 'Fuite d’eau dans la salle de bains',
              on: today,
            },
          },
        },
        result: () => {
          const base = stay();
          server.stays = [
            {
              ...base,
              events: [
                ...base.events,
                {
                  __typename: 'StayEvent',
                  id: 'event-3',
                  kind: 'INCIDENT',
                  occurredOn: today,
                  note: 'Fuite d’eau dans la salle de bains',
                  severity: 'MEDIUM',
                  newEndOn: null,
                  createdAt: new Date().toISOString(),
                },
              ],
            },
          ];
          return { data: { reportStayIncident: server.stays[0] } };
        },
      },
    ]);

    const card = await screen.findByRole('article', { name: 'Séjour : Foyer de 2 personnes' });
    expect(within(card).getByText('En cours')).toBeTruthy();
    expect(within(card).getByTestId('stay-dates').textContent).toMatch(
      /^Du 1 octobre 2026 au .+ \(fin prévue\)$/,
    );
    expect(within(card).getByText("Terre d'asile Paris")).toBeTruthy();
    expect(within(card).getByText('Âges : moins de 3 ans, 18–25 ans')).toBeTruthy();
    const timeline = within(card).getByRole('list', { name: 'Suivi du séjour' });
    expect(
      within(timeline)
        .getAllByTestId('stay-event')
        .map((event) => event.textContent),
    ).toEqual([
      'Début du séjour – 1 octobre 2026',
      'Incident signalé – 2 novembre 2026 – gravité FaibleDispute au sujet de la cuisine',
    ]);

    await user.click(within(card).getByRole('button', { name: 'Signaler un incident' }));
    const form = within(card).getByRole('form', { name: 'Signaler un incident' });
    expect((within(form).getByLabelText(/^Date de l'incident/) as HTMLInputElement).value).toBe(today);
    await user.click(within(form).getByRole('radio', { name: 'Moyenne' }));
    await user.type(
      within(form).getByRole('textbox', { name: /^Description/ }),
      'Fuite d’eau dans la salle de bains',
    );
    await user.click(within(form).getByRole('button', { name: 'Envoyer le signalement' }));

    expect(
      await within(card).findByText("Incident signalé : Terre d'asile Paris en est informée."),
    ).toBeTruthy();
    await waitFor(() => expect(within(timeline).getAllByTestId('stay-event')).toHaveLength(3));
  });

  it('ends a stay only after confirming, telling that the household will be rehoused urgently', async () => {
    const user = userEvent.setup();
    const today = parisToday();
    const server = hostingServer({ offers: [hostOffer({ hosting: true })], stays: [stay()] });
    renderDashboard([
      viewerMock(),
      ...dashboardMocks(server),
      {
        request: {
          query: END_STAY_MUTATION,
          variables: { input: { stayId: 'stay-1', endedOn: today, reason: 'Mésentente persistante' } },
        },
        result: () => {
          server.stays = [
            stay({ status: 'ENDED', endedOn: today, endReason: 'Mésentente persistante', endedEarly: true }),
          ];
          server.offers = [hostOffer({ paused: true })];
          return { data: { endStay: server.stays[0] } };
        },
      },
    ]);
    const card = await screen.findByRole('article', { name: 'Séjour : Foyer de 2 personnes' });
    // A stay is under way in this home: it cannot be withdrawn.
    const offer = screen.getByTestId('host-offer');
    expect(within(offer).getByText('Accueil en cours')).toBeTruthy();
    expect(within(offer).queryByRole('button', { name: 'Retirer' })).toBeNull();

    await user.click(within(card).getByRole('button', { name: 'Mettre fin au séjour' }));
    const form = within(card).getByRole('form', { name: 'Mettre fin au séjour' });
    expect((within(form).getByLabelText(/^Date de fin/) as HTMLInputElement).value).toBe(today);
    await user.click(within(form).getByRole('button', { name: 'Mettre fin au séjour' }));
    expect(within(form).getByText('Indiquez le motif.')).toBeTruthy();

    await user.type(within(form).getByRole('textbox', { name: /^Motif/ }), 'Mésentente persistante');
    await user.click(within(form).getByRole('button', { name: 'Mettre fin au séjour' }));
    const confirm = within(form).getByRole('group', { name: 'Mettre fin au séjour ?' });
    expect(confirm.textContent).toContain("l'association proposera en urgence un autre logement au foyer");
    expect(confirm.textContent).toContain("Votre proposition d'accueil sera mise en pause");

    await user.click(within(confirm).getByRole('button', { name: 'Non, continuer le séjour' }));
    expect(within(form).queryByRole('group')).toBeNull();
    await user.click(within(form).getByRole('button', { name: 'Mettre fin au séjour' }));
    await user.click(
      within(within(form).getByRole('group', { name: 'Mettre fin au séjour ?' })).getByRole('button', {
        name: 'Oui, mettre fin au séjour',
      }),
    );

    expect(await within(card).findByText('Le séjour est terminé. Merci pour votre accueil.')).toBeTruthy();
    expect(within(card).getByText('Terminé')).toBeTruthy();
    expect(within(card).getByText('Motif de la fin : Mésentente persistante')).toBeTruthy();
    expect(within(card).queryByRole('button', { name: 'Signaler un incident' })).toBeNull();
    expect(await within(offer).findByText('En pause')).toBeTruthy();
  });

  it('sends signed-out visitors to sign in', async () => {
    renderDashboard([viewerMock(null)]);

    expect(await screen.findByText('sign-in page')).toBeTruthy();
  });
});
