import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router';

import type { ProposalFieldsFragment } from '../../../gql/graphql';
import { viewerMock } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import { ORGANISATION_DISPATCHES_QUERY, ORGANISATION_NEEDS_QUERY } from '../../items/graphql/itemsOperations';
import { OrganisationNeedsPage } from '../../items/pages/OrganisationNeedsPage';
import { always, catalogue, member, socksNeed } from '../../items/testing/itemsFixtures';
import { DECLINE_ITEM_PROPOSAL_MUTATION } from '../graphql/matchingOperations';
import { bagsProposal, organisationProposalsMock, proposal } from '../testing/matchingFixtures';

const WAITING_CARD = 'Chaussettes – Homme 43-46 depuis Mairie du 18e arrondissement';
const DECLINE_WAITING =
  'Refuser la proposition de Chaussettes – Homme 43-46 depuis Mairie du 18e arrondissement';

/** A waiting proposal, one accepted (its dispatch created) and one declined by the point's staff. */
function newServer(): { proposals: ProposalFieldsFragment[] } {
  return {
    proposals: [
      proposal(),
      bagsProposal({ id: 'proposal-accepted', status: 'ACCEPTED', organisationName: 'Les Amis du 18e' }),
      proposal({
        id: 'proposal-declined',
        quantity: 5,
        fromStock: 0,
        status: 'DECLINED',
        declineReason: 'Paires dépareillées',
      }),
    ],
  };
}

function renderPage(mocks: readonly MockLink.MockedResponse[]) {
  const variables = { organisationId: 'org-1', lang: 'FR' };
  return renderWithProviders(
    <Routes>
      <Route path="/organisations/:id/besoins" element={<OrganisationNeedsPage />} />
    </Routes>,
    {
      route: '/organisations/org-1/besoins',
      mocks: [
        viewerMock(member()),
        catalogue(),
        always({
          request: { query: ORGANISATION_NEEDS_QUERY, variables },
          result: { data: { organisationNeeds: [socksNeed()] } },
        }),
        always({
          request: { query: ORGANISATION_DISPATCHES_QUERY, variables },
          result: { data: { organisationDispatches: [] } },
        }),
        ...mocks,
      ],
    },
  );
}

describe("Proposals on the association's needs page", () => {
  it('lists waiting proposals first, then decided ones with their status in words, and declines one', async () => {
    const user = userEvent.setup();
    const server = newServer();
    renderPage([
      organisationProposalsMock(server),
      {
        request: {
          query: DECLINE_ITEM_PROPOSAL_MUTATION,
          variables: { input: { proposalId: 'proposal-1', reason: 'Besoin déjà couvert' }, lang: 'FR' },
        },
        result: () => {
          const declined = {
            ...server.proposals[0]!,
            status: 'DECLINED' as const,
            declineReason: 'Besoin déjà couvert',
          };
          server.proposals = [...server.proposals.slice(1), declined];
          return { data: { declineItemProposal: { __typename: 'ItemProposalPayload', proposal: declined } } };
        },
      },
    ]);

    const section = await screen.findByRole('region', { name: "Propositions d'envoi" });
    const waiting = await within(section).findByRole('region', { name: 'En attente' });
    const decided = within(section).getByRole('region', { name: 'Décidées' });

    const card = within(waiting).getByRole('article', { name: WAITING_CARD });
    expect(within(card).getByText('En attente')).toBeTruthy();
    expect(card.textContent).toContain('12 unités : 8 en rayon, 4 attendues de dépôts réservés');
    expect(card.textContent).toContain('Livraison : 18e arrondissement – Buttes-Montmartre');
    expect(within(card).getByTestId('proposal-score').textContent).toBe(
      'Critique · valeur 20 par unité · 2,3 km · marge 18,85',
    );

    const [accepted, declined] = within(decided).getAllByRole('article');
    expect(accepted!.textContent).toContain('Sacs de couchage – Adulte depuis Mairie du 18e arrondissement');
    expect(within(accepted!).getByText('Acceptée (envoi créé)')).toBeTruthy();
    expect(within(declined!).getByText('Refusée')).toBeTruthy();
    expect(declined!.textContent).toContain('5 unités, toutes attendues de dépôts réservés');
    expect(declined!.textContent).toContain('Motif : Paires dépareillées');
    // Decided proposals cannot be declined any more.
    expect(within(decided).queryByRole('button')).toBeNull();

    await user.click(within(card).getByRole('button', { name: DECLINE_WAITING }));
    const form = within(card).getByRole('form', {
      name: 'Refuser Chaussettes – Homme 43-46 depuis Mairie du 18e arrondissement',
    });
    await user.type(within(form).getByRole('textbox', { name: /^Motif du refus/ }), 'Besoin déjà couvert');
    await user.click(within(form).getByRole('button', { name: 'Confirmer le refus' }));

    expect((await within(section).findByRole('status')).textContent).toBe(
      'Proposition refusée : Chaussettes – Homme 43-46 depuis Mairie du 18e arrondissement.',
    );
    expect(await within(section).findByText('Aucune proposition en attente.')).toBeTruthy();
    await waitFor(() => expect(within(decided).getAllByRole('article')).toHaveLength(3));
    expect(within(decided).getByText('Motif : Besoin déjà couvert')).toBeTruthy();
  });

  it('refuses to decline without a reason, without asking the API', async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    renderPage([
      organisationProposalsMock(newServer()),
      {
        // Any decline that reaches the API is recorded.
        request: {
          query: DECLINE_ITEM_PROPOSAL_MUTATION,
          variables: (variables) => {
            sent.push(variables);
            return true;
          },
        },
        result: {
          errors: [new GraphQLError('The reason is required.', { extensions: { code: 'BAD_USER_INPUT' } })],
        },
      },
    ]);

    const waiting = await screen.findByRole('region', { name: 'En attente' });
    const card = within(waiting).getByRole('article', { name: WAITING_CARD });
    await user.click(within(card).getByRole('button', { name: DECLINE_WAITING }));
    const form = within(card).getByRole('form', {
      name: 'Refuser Chaussettes – Homme 43-46 depuis Mairie du 18e arrondissement',
    });
    await user.click(within(form).getByRole('button', { name: 'Confirmer le refus' }));

    const reason = within(form).getByRole('textbox', { name: /^Motif du refus/ });
    expect(within(form).getByText('Indiquez le motif du refus.')).toBeTruthy();
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(reason);
    expect(sent).toEqual([]);
    expect(screen.queryByRole('status')).toBeNull();

    // Changing one's mind leaves the proposal waiting.
    await user.click(within(form).getByRole('button', { name: 'Annuler' }));
    expect(within(card).getByRole('button', { name: DECLINE_WAITING })).toBeTruthy();
  });

  it('says when the organisation has no proposal', async () => {
    renderPage([organisationProposalsMock({ proposals: [] })]);

    const section = await screen.findByRole('region', { name: "Propositions d'envoi" });
    expect(await within(section).findByText("Aucune proposition d'envoi pour le moment.")).toBeTruthy();
  });
});
