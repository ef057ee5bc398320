import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router';

import type {
  DeskDispatchFragment,
  DeskStockLevelsQuery,
  ProposalFieldsFragment,
} from '../../../gql/graphql';
import { viewerMock } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import { POINT_DISPATCHES_QUERY, STOCK_LEVELS_QUERY } from '../../stock/graphql/deskOperations';
import { CollectionPointDeskPage } from '../../stock/pages/CollectionPointDeskPage';
import {
  DELIVERED_DISPATCH,
  expectedMock,
  LEVELS,
  openNeedsMock,
  pointsMock,
  SAMIA,
} from '../../stock/testing/deskFixtures';
import { ACCEPT_ITEM_PROPOSAL_MUTATION, DECLINE_ITEM_PROPOSAL_MUTATION } from '../graphql/matchingOperations';
import { bagsProposal, POINT_ID, pointProposalsMock, proposal } from '../testing/matchingFixtures';

const AGAIN = { maxUsageCount: Number.POSITIVE_INFINITY };
const SOCKS_CARD = 'Chaussettes – Homme 43-46 pour Les Amis du 18e';
const ACCEPT_SOCKS = 'Accepter la proposition de Chaussettes – Homme 43-46 pour Les Amis du 18e';
const DECLINE_SOCKS = 'Refuser la proposition de Chaussettes – Homme 43-46 pour Les Amis du 18e';

/** What the API holds for the point; mutations change it, queries tell it as it is when asked. */
interface Server {
  proposals: ProposalFieldsFragment[];
  levels: DeskStockLevelsQuery['stockLevels'];
  dispatches: DeskDispatchFragment[];
}

function serverMocks(server: Server): MockLink.MockedResponse[] {
  const variables = { collectionPointId: POINT_ID, lang: 'FR' };
  return [
    pointProposalsMock(server),
    {
      request: { query: STOCK_LEVELS_QUERY, variables },
      result: () => ({ data: { stockLevels: server.levels } }),
      ...AGAIN,
    },
    {
      request: { query: POINT_DISPATCHES_QUERY, variables },
      result: () => ({ data: { pointDispatches: server.dispatches } }),
      ...AGAIN,
    },
  ];
}

function newServer(): Server {
  return {
    proposals: [proposal(), bagsProposal()],
    // 8 pairs of socks on the shelf: the 4 others of the proposal are expected from drop-offs.
    levels: [{ ...LEVELS[0]!, quantity: 8 }, LEVELS[1]!],
    dispatches: [DELIVERED_DISPATCH],
  };
}

function renderDispatchTab(mocks: readonly MockLink.MockedResponse[]) {
  return renderWithProviders(
    <Routes>
      <Route path="/points/:id" element={<CollectionPointDeskPage />} />
    </Routes>,
    {
      route: `/points/${POINT_ID}?onglet=envois`,
      mocks: [viewerMock(SAMIA), pointsMock(), expectedMock(), openNeedsMock(), ...mocks],
    },
  );
}

function acceptMock(
  input: { proposalId: string; quantity?: number },
  result: MockLink.MockedResponse['result'],
): MockLink.MockedResponse {
  return { request: { query: ACCEPT_ITEM_PROPOSAL_MUTATION, variables: { input, lang: 'FR' } }, result };
}

describe('Proposals on the desk', () => {
  it('explains each waiting proposal, above the manual dispatch', async () => {
    renderDispatchTab(serverMocks(newServer()));

    const section = await screen.findByRole('region', { name: 'Propositions' });
    const socks = await within(section).findByRole('article', { name: SOCKS_CARD });
    expect(socks.textContent).toContain('12 unités : 8 en rayon, 4 attendues de dépôts réservés');
    expect(socks.textContent).toContain('Livraison : 18e arrondissement – Buttes-Montmartre');
    expect(within(socks).getByTestId('proposal-score').textContent).toBe(
      'Critique · valeur 20 par unité · 2,3 km · marge 18,85',
    );
    expect(socks.textContent).toContain(
      "Valeur par unité : 20 pour l'urgence. Transport : 1,15 par unité. La marge est la valeur moins le transport.",
    );
    await waitFor(() => expect(socks.textContent).toContain('En stock ici maintenant : 8'));

    // Best margin first, as the API lists them; the bonuses are spelled out.
    const bags = within(section).getByRole('article', {
      name: 'Sacs de couchage – Adulte pour Les Amis du 17e',
    });
    expect(bags.textContent).toContain('2 unités, toutes en rayon');
    expect(within(bags).getByTestId('proposal-score').textContent).toBe(
      'Haute · valeur 19 par unité · 3,1 km · marge 17,45',
    );
    expect(bags.textContent).toContain(
      "Valeur par unité : 12 pour l'urgence + 6 car la date limite est dans 2 jours + 1 car le besoin attend depuis 4 jours.",
    );

    // Headings in order: the proposals come before the manual dispatch.
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings.indexOf('Propositions')).toBeLessThan(headings.indexOf('Envoyer aux associations'));
    expect(within(socks).getByRole('button', { name: ACCEPT_SOCKS })).toBeTruthy();
    expect(within(socks).getByRole('button', { name: DECLINE_SOCKS })).toBeTruthy();
  });

  it('accepts a smaller quantity, then shows it done and refreshes the stock and the dispatches', async () => {
    const user = userEvent.setup();
    const server = newServer();
    const dispatched: DeskDispatchFragment = {
      ...DELIVERED_DISPATCH,
      id: 'dispatch-9',
      needId: 'need-1',
      organisationName: 'Les Amis du 18e',
      quantity: 8,
      status: 'DISPATCHED',
      dispatchedAt: '2026-11-27T10:00:00.000Z',
      deliveredAt: null,
      item: { __typename: 'CatalogueItem', id: '1', name: 'Chaussettes' },
      variant: { __typename: 'CatalogueVariant', id: '11', label: 'Homme 43-46' },
    };
    renderDispatchTab([
      ...serverMocks(server),
      acceptMock({ proposalId: 'proposal-1', quantity: 8 }, () => {
        const accepted = { ...server.proposals[0]!, status: 'ACCEPTED' as const };
        server.proposals = server.proposals.slice(1);
        server.levels = [{ ...LEVELS[0]!, quantity: 0 }, LEVELS[1]!];
        server.dispatches = [dispatched, ...server.dispatches];
        return {
          data: {
            acceptItemProposal: {
              __typename: 'ItemProposalPayload',
              proposal: accepted,
              dispatch: { __typename: 'Dispatch', id: 'dispatch-9', quantity: 8, status: 'DISPATCHED' },
            },
          },
        };
      }),
    ]);

    const socks = await screen.findByRole('article', { name: SOCKS_CARD });
    await user.click(within(socks).getByRole('button', { name: ACCEPT_SOCKS }));
    const form = within(socks).getByRole('form', {
      name: 'Accepter Chaussettes – Homme 43-46 pour Les Amis du 18e',
    });
    const quantity = within(form).getByRole('textbox', { name: /^Quantité à accepter/ });
    // The whole proposal by default; fewer when drop-offs have not come.
    expect((quantity as HTMLInputElement).value).toBe('12');
    expect(document.activeElement).toBe(quantity);
    await user.clear(quantity);
    await user.type(quantity, '8');
    await user.click(within(form).getByRole('button', { name: "Confirmer l'acceptation" }));

    expect((await screen.findByRole('status')).textContent).toBe(
      'Proposition acceptée, envoi enregistré : 8 objets (Chaussettes – Homme 43-46) pour Les Amis du 18e.',
    );
    await waitFor(() => expect(screen.queryByRole('article', { name: SOCKS_CARD })).toBeNull());
    expect(
      screen.getByRole('article', { name: 'Sacs de couchage – Adulte pour Les Amis du 17e' }),
    ).toBeTruthy();
    // The stock and the recent dispatches were asked again.
    await waitFor(() => expect(screen.getAllByTestId('point-dispatch')).toHaveLength(2));
    expect(screen.getAllByTestId('point-dispatch')[0]!.textContent).toContain(
      '8 × Chaussettes – Homme 43-46',
    );
    const need = screen.getByRole('article', { name: 'Les Amis du 18e' });
    await waitFor(() => expect(need.textContent).toContain('En stock ici : 0'));
  });

  it('shows the API refusing an acceptance when expected drop-offs have not come (CONFLICT)', async () => {
    const user = userEvent.setup();
    const server = newServer();
    renderDispatchTab([
      ...serverMocks(server),
      acceptMock(
        { proposalId: 'proposal-1' },
        {
          errors: [
            new GraphQLError(
              'Not enough stock at this collection point for this: check the stock and try a smaller quantity.',
              { path: ['acceptItemProposal'], extensions: { code: 'CONFLICT' } },
            ),
          ],
        },
      ),
    ]);

    const socks = await screen.findByRole('article', { name: SOCKS_CARD });
    await user.click(within(socks).getByRole('button', { name: ACCEPT_SOCKS }));
    const form = within(socks).getByRole('form', {
      name: 'Accepter Chaussettes – Homme 43-46 pour Les Amis du 18e',
    });
    await user.click(within(form).getByRole('button', { name: "Confirmer l'acceptation" }));

    expect((await within(form).findByRole('alert')).textContent).toBe(
      "Pas assez de stock ici pour l'instant : des dépôts attendus ne sont pas encore arrivés. Acceptez une quantité plus petite, au plus ce qui est en rayon.",
    );
    // Ready for a smaller quantity; nothing was dispatched.
    expect(document.activeElement).toBe(within(form).getByRole('textbox', { name: /^Quantité à accepter/ }));
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByRole('article', { name: SOCKS_CARD })).toBeTruthy();
  });

  it('says so when a newer run replaced the proposal, and shows the current ones', async () => {
    const user = userEvent.setup();
    const server = newServer();
    renderDispatchTab([
      ...serverMocks(server),
      acceptMock({ proposalId: 'proposal-1' }, () => {
        server.proposals = [proposal({ id: 'proposal-3', quantity: 10 })];
        return {
          errors: [
            new GraphQLError('A newer matching run replaced this proposal: see the current ones.', {
              path: ['acceptItemProposal'],
              extensions: { code: 'CONFLICT' },
            }),
          ],
        };
      }),
    ]);

    const socks = await screen.findByRole('article', { name: SOCKS_CARD });
    await user.click(within(socks).getByRole('button', { name: ACCEPT_SOCKS }));
    await user.click(within(socks).getByRole('button', { name: "Confirmer l'acceptation" }));

    const section = screen.getByRole('region', { name: 'Propositions' });
    expect((await within(section).findByRole('alert')).textContent).toBe(
      'Un appariement plus récent a remplacé cette proposition : voici les propositions actuelles.',
    );
    await waitFor(() =>
      expect(within(section).getByRole('article', { name: SOCKS_CARD }).textContent).toContain('10 unités'),
    );
    expect(
      within(section).queryByRole('article', { name: 'Sacs de couchage – Adulte pour Les Amis du 17e' }),
    ).toBeNull();
  });

  it('refuses to decline without a reason, then declines with one', async () => {
    const user = userEvent.setup();
    const server = newServer();
    const sent: string[] = [];
    renderDispatchTab([
      ...serverMocks(server),
      {
        request: {
          query: DECLINE_ITEM_PROPOSAL_MUTATION,
          variables: { input: { proposalId: 'proposal-1', reason: 'Chaussettes tachées' }, lang: 'FR' },
        },
        result: () => {
          sent.push('decline');
          const declined = {
            ...server.proposals[0]!,
            status: 'DECLINED' as const,
            declineReason: 'Chaussettes tachées',
          };
          server.proposals = server.proposals.slice(1);
          return { data: { declineItemProposal: { __typename: 'ItemProposalPayload', proposal: declined } } };
        },
      },
    ]);

    const socks = await screen.findByRole('article', { name: SOCKS_CARD });
    await user.click(within(socks).getByRole('button', { name: DECLINE_SOCKS }));
    const form = within(socks).getByRole('form', {
      name: 'Refuser Chaussettes – Homme 43-46 pour Les Amis du 18e',
    });
    const reason = within(form).getByRole('textbox', { name: /^Motif du refus/ });
    expect(document.activeElement).toBe(reason);
    await user.type(reason, '   ');
    await user.click(within(form).getByRole('button', { name: 'Confirmer le refus' }));

    expect(within(form).getByText('Indiquez le motif du refus.')).toBeTruthy();
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(reason);
    expect(sent).toEqual([]);

    await user.clear(reason);
    await user.type(reason, 'Chaussettes tachées');
    await user.click(within(form).getByRole('button', { name: 'Confirmer le refus' }));

    expect((await screen.findByRole('status')).textContent).toBe(
      'Proposition refusée : Chaussettes – Homme 43-46 pour Les Amis du 18e.',
    );
    expect(sent).toEqual(['decline']);
    await waitFor(() => expect(screen.queryByRole('article', { name: SOCKS_CARD })).toBeNull());
  });
});
