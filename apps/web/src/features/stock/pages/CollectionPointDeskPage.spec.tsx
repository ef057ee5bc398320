import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router';

import { viewerMock } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import { pointProposalsMock } from '../../matching/testing/matchingFixtures';
import {
  DISPATCH_TO_NEED_MUTATION,
  DROP_OFF_BY_CODE_QUERY,
  RECEIVE_DROP_OFF_MUTATION,
  RECEIVE_STOCK_TRANSFER_MUTATION,
  RECORD_STOCK_COUNT_MUTATION,
} from '../graphql/deskOperations';
import {
  AMIS_NEED,
  DELIVERED_DISPATCH,
  dispatchesMock,
  expectedForbiddenMock,
  expectedMock,
  INCOMING_TRANSFER,
  JEAN_BOOKING,
  LEVELS,
  levelsMock,
  openNeedsMock,
  pointsMock,
  POINT_ID,
  SAMIA,
  transfersMock,
} from '../testing/deskFixtures';
import { CollectionPointDeskPage } from './CollectionPointDeskPage';

function renderDesk(mocks: readonly MockLink.MockedResponse[], search = '') {
  return renderWithProviders(
    <Routes>
      <Route path="/points/:id" element={<CollectionPointDeskPage />} />
      <Route path="/connexion" element={<p>sign-in page</p>} />
    </Routes>,
    {
      route: `/points/${POINT_ID}${search}`,
      // No matching proposal waits here: the "Envois" tab shows its manual dispatch only.
      mocks: [viewerMock(SAMIA), pointsMock(), pointProposalsMock({ proposals: [] }), ...mocks],
    },
  );
}

function byCodeMock(code = 'K7M2QX'): MockLink.MockedResponse {
  return {
    request: { query: DROP_OFF_BY_CODE_QUERY, variables: { collectionPointId: POINT_ID, code, lang: 'FR' } },
    result: { data: { dropOffByCode: JEAN_BOOKING } },
  };
}

/** Types the code in the field and looks it up. */
async function lookUp(user: ReturnType<typeof userEvent.setup>, code: string) {
  const field = await screen.findByRole('textbox', { name: /^Code de dépôt/ });
  await user.type(field, code);
  await user.click(screen.getByRole('button', { name: 'Rechercher le dépôt' }));
}

describe('CollectionPointDeskPage', () => {
  it("lists today's drop-offs with their slot in Paris time, status and offers", async () => {
    renderDesk([expectedMock()]);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mairie du 18e arrondissement' }),
    ).toBeTruthy();
    const [item] = await screen.findAllByTestId('expected-drop-off');
    expect(item!.textContent).toContain('10:00 – 10:30');
    expect(item!.textContent).toContain('Code K7M2QX · Jean Dupont');
    expect(item!.textContent).toContain('Attendu');
    expect(item!.textContent).toContain('5 × Chaussettes – Homme 43-46');
    expect(
      within(item!).getByRole('button', { name: 'Recevoir le dépôt K7M2QX de Jean Dupont' }),
    ).toBeTruthy();
    const tabs = screen.getByRole('tablist', { name: "Rubriques de l'accueil" });
    expect(
      within(tabs)
        .getAllByRole('tab')
        .map((tab) => tab.textContent),
    ).toEqual(['Dépôts', 'Stock', 'Envois', 'Transferts']);
  });

  it('receives a drop-off by its typed code, with refused units and their reason', async () => {
    const user = userEvent.setup();
    const received: typeof JEAN_BOOKING = {
      ...JEAN_BOOKING,
      status: 'RECEIVED',
      receivedAt: '2026-11-27T09:05:00.000Z',
      offers: [
        { ...JEAN_BOOKING.offers[0]!, status: 'RECEIVED', receivedQuantity: 4, refusedQuantity: 1 },
        { ...JEAN_BOOKING.offers[1]!, status: 'RECEIVED', receivedQuantity: 2, refusedQuantity: 0 },
      ],
    };
    renderDesk([
      expectedMock(),
      byCodeMock(),
      {
        request: {
          query: RECEIVE_DROP_OFF_MUTATION,
          variables: {
            input: {
              code: 'K7M2QX',
              collectionPointId: POINT_ID,
              lines: [
                {
                  offerId: 'offer-1',
                  receivedQuantity: 4,
                  refusedQuantity: 1,
                  refusalReason: 'Une paire tachée',
                },
                { offerId: 'offer-2', receivedQuantity: 2, refusedQuantity: 0 },
              ],
            },
            lang: 'FR',
          },
        },
        result: { data: { receiveDropOff: { __typename: 'DropOffPayload', booking: received } } },
      },
    ]);

    // Typed in lower case: codes are case-insensitive.
    await lookUp(user, 'k7m2qx');

    const receipt = await screen.findByRole('form', { name: 'Dépôt K7M2QX' });
    expect(screen.getByText('Donneur : Jean Dupont')).toBeTruthy();
    expect(screen.getByText('Créneau : 10:00 – 10:30')).toBeTruthy();
    const socks = within(receipt).getByRole('group', { name: 'Chaussettes – Homme 43-46' });
    const bags = within(receipt).getByRole('group', { name: 'Sacs de couchage – Adulte' });
    expect(within(socks).getByText('Pour : Les Amis du 18e')).toBeTruthy();
    // Received defaults to what was offered, refused to 0.
    expect((within(bags).getByRole('textbox', { name: 'Reçus' }) as HTMLInputElement).value).toBe('2');
    expect((within(bags).getByRole('textbox', { name: 'Refusés' }) as HTMLInputElement).value).toBe('0');

    await user.click(within(socks).getByRole('button', { name: 'Un de moins : Reçus' }));
    await user.click(within(socks).getByRole('button', { name: 'Un de plus : Refusés' }));
    await user.click(within(receipt).getByRole('button', { name: 'Confirmer la réception' }));

    // A reason is required for refused units.
    const reason = within(socks).getByRole('textbox', { name: /^Motif du refus/ });
    expect(within(socks).getByText('Indiquez le motif.')).toBeTruthy();
    expect(document.activeElement).toBe(reason);

    await user.type(reason, 'Une paire tachée');
    await user.click(within(receipt).getByRole('button', { name: 'Confirmer la réception' }));

    expect((await screen.findByRole('status')).textContent).toBe(
      'Dépôt K7M2QX reçu : 6 objets entrés en stock, 1 refusé.',
    );
    expect(screen.queryByRole('form', { name: 'Dépôt K7M2QX' })).toBeNull();
    expect((screen.getByRole('textbox', { name: /^Code de dépôt/ }) as HTMLInputElement).value).toBe('');
  });

  it('shows the API refusing a code already used (CONFLICT)', async () => {
    const user = userEvent.setup();
    renderDesk([
      expectedMock(),
      byCodeMock(),
      {
        request: {
          query: RECEIVE_DROP_OFF_MUTATION,
          variables: {
            input: {
              code: 'K7M2QX',
              collectionPointId: POINT_ID,
              lines: [
                { offerId: 'offer-1', receivedQuantity: 5, refusedQuantity: 0 },
                { offerId: 'offer-2', receivedQuantity: 2, refusedQuantity: 0 },
              ],
            },
            lang: 'FR',
          },
        },
        result: {
          errors: [
            new GraphQLError('This drop-off code has already been used: the items were received.', {
              path: ['receiveDropOff'],
              extensions: { code: 'CONFLICT' },
            }),
          ],
        },
      },
    ]);

    await lookUp(user, 'K7M2QX');
    const receipt = await screen.findByRole('form', { name: 'Dépôt K7M2QX' });
    await user.click(within(receipt).getByRole('button', { name: 'Confirmer la réception' }));

    expect((await within(receipt).findByRole('alert')).textContent).toContain(
      'Ce code de dépôt a déjà servi : les objets ont été reçus.',
    );
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says when a code was booked at another point, in French', async () => {
    const user = userEvent.setup();
    renderDesk([
      expectedMock(),
      {
        request: {
          query: DROP_OFF_BY_CODE_QUERY,
          variables: { collectionPointId: POINT_ID, code: 'ABC234', lang: 'FR' },
        },
        result: {
          errors: [
            new GraphQLError('This drop-off was booked at Mairie du 19e arrondissement, not here.', {
              path: ['dropOffByCode'],
              extensions: { code: 'BAD_USER_INPUT' },
            }),
          ],
        },
      },
    ]);

    await lookUp(user, 'abc-234');

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Ce dépôt a été réservé à Mairie du 19e arrondissement, pas ici.',
    );
  });

  it('looks up a drop-off picked in the list of the day', async () => {
    const user = userEvent.setup();
    renderDesk([expectedMock(), byCodeMock()]);

    await user.click(await screen.findByRole('button', { name: 'Recevoir le dépôt K7M2QX de Jean Dupont' }));

    expect(await screen.findByRole('form', { name: 'Dépôt K7M2QX' })).toBeTruthy();
    expect((screen.getByRole('textbox', { name: /^Code de dépôt/ }) as HTMLInputElement).value).toBe(
      'K7M2QX',
    );
  });

  it('tells someone who is not staff of the point that the desk is not theirs', async () => {
    renderDesk([expectedForbiddenMock()]);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Vous ne faites pas partie du personnel de ce point de collecte.');
    expect(screen.getByRole('heading', { level: 1, name: 'Mairie du 18e arrondissement' })).toBeTruthy();
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(screen.queryByRole('textbox', { name: /^Code de dépôt/ })).toBeNull();
  });

  it('sends signed-out visitors to sign in', async () => {
    renderWithProviders(
      <Routes>
        <Route path="/points/:id" element={<CollectionPointDeskPage />} />
        <Route path="/connexion" element={<p>sign-in page</p>} />
      </Routes>,
      { route: `/points/${POINT_ID}`, mocks: [viewerMock(null)] },
    );

    expect(await screen.findByText('sign-in page')).toBeTruthy();
  });

  it('shows the stock with the short variants flagged in words, and records a count', async () => {
    const user = userEvent.setup();
    renderDesk(
      [
        expectedMock(),
        levelsMock(LEVELS, { once: true }),
        {
          request: {
            query: RECORD_STOCK_COUNT_MUTATION,
            variables: {
              input: {
                collectionPointId: POINT_ID,
                variantId: '11',
                reason: 'Inventaire du lundi',
                countedQuantity: 5,
              },
            },
          },
          result: {
            data: {
              recordStockCount: {
                __typename: 'StockLevelChange',
                level: { __typename: 'StockLevel', quantity: 5, openNeedQuantity: 10, short: true },
              },
            },
          },
        },
        levelsMock([{ ...LEVELS[0]!, quantity: 5 }, LEVELS[1]!]),
      ],
      '?onglet=stock',
    );

    expect((await screen.findByRole('tab', { name: 'Stock' })).getAttribute('aria-selected')).toBe('true');
    const socks = await screen.findByRole('article', { name: 'Chaussettes – Homme 43-46' });
    const bags = screen.getByRole('article', { name: 'Sacs de couchage – Adulte' });
    expect(screen.getByText('1 objet en manque pour les besoins ouverts.')).toBeTruthy();
    expect(within(socks).getByText('En manque')).toBeTruthy();
    expect(within(socks).getByText('Il manque 7 unités pour les besoins ouverts.')).toBeTruthy();
    expect(socks.textContent).toContain('En stock : 3');
    expect(socks.textContent).toContain('Besoins ouverts : 10');
    expect(within(bags).queryByText('En manque')).toBeNull();
    expect(bags.textContent).toContain('En stock : 8');

    await user.click(within(socks).getByRole('button', { name: 'Compter Chaussettes – Homme 43-46' }));
    const form = within(socks).getByRole('form', { name: 'Comptage de Chaussettes – Homme 43-46' });
    const counted = within(form).getByRole('textbox', { name: /^Quantité comptée/ });
    expect((counted as HTMLInputElement).value).toBe('3');
    expect(document.activeElement).toBe(counted);
    await user.clear(counted);
    await user.type(counted, '5');
    await user.type(within(form).getByRole('textbox', { name: /^Motif/ }), 'Inventaire du lundi');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer le comptage' }));

    expect((await within(socks).findByRole('status')).textContent).toBe(
      'Comptage enregistré pour Chaussettes – Homme 43-46 : 5 en stock.',
    );
    await waitFor(() => expect(socks.textContent).toContain('En stock : 5'));
  });

  it('dispatches part of an open need of the arrondissement served', async () => {
    const user = userEvent.setup();
    const dispatched = {
      ...DELIVERED_DISPATCH,
      id: 'dispatch-1',
      needId: 'need-1',
      organisationName: 'Les Amis du 18e',
      quantity: 2,
      status: 'DISPATCHED' as const,
      dispatchedAt: '2026-11-27T10:00:00.000Z',
      deliveredAt: null,
      item: AMIS_NEED.item,
      variant: AMIS_NEED.variant,
    };
    renderDesk(
      [
        expectedMock(),
        levelsMock(LEVELS, { once: true }),
        openNeedsMock([AMIS_NEED], { once: true }),
        dispatchesMock([DELIVERED_DISPATCH], { once: true }),
        {
          request: {
            query: DISPATCH_TO_NEED_MUTATION,
            variables: { input: { collectionPointId: POINT_ID, needId: 'need-1', quantity: 2 }, lang: 'FR' },
          },
          result: { data: { dispatchToNeed: { __typename: 'DispatchPayload', dispatch: dispatched } } },
        },
        levelsMock([{ ...LEVELS[0]!, quantity: 1 }, LEVELS[1]!]),
        openNeedsMock([{ ...AMIS_NEED, progress: { ...AMIS_NEED.progress, remaining: 6 } }]),
        dispatchesMock([dispatched, DELIVERED_DISPATCH]),
      ],
      '?onglet=envois',
    );

    expect(
      await screen.findByRole('heading', { level: 3, name: '18e arrondissement – Buttes-Montmartre' }),
    ).toBeTruthy();
    const need = await screen.findByRole('article', { name: 'Les Amis du 18e' });
    expect(need.textContent).toContain('Chaussettes – Homme 43-46');
    expect(need.textContent).toContain('Urgence critique');
    expect(need.textContent).toContain('Reste à envoyer : 8');
    await waitFor(() => expect(need.textContent).toContain('En stock ici : 3'));
    const [older] = await screen.findAllByTestId('point-dispatch');
    expect(older!.textContent).toContain('Livré');

    await user.click(
      within(need).getByRole('button', {
        name: "Préparer l'envoi de Chaussettes – Homme 43-46 pour Les Amis du 18e",
      }),
    );
    const quantity = within(need).getByRole('textbox', { name: /^Quantité à envoyer/ });
    // What the need lacks, within what is in stock.
    expect((quantity as HTMLInputElement).value).toBe('3');
    await user.click(within(need).getByRole('button', { name: 'Un de moins : Quantité à envoyer' }));
    await user.click(within(need).getByRole('button', { name: "Confirmer l'envoi" }));

    expect((await screen.findByRole('status')).textContent).toBe(
      'Envoi enregistré : 2 objets (Chaussettes – Homme 43-46) pour Les Amis du 18e.',
    );
    await waitFor(() => expect(need.textContent).toContain('Reste à envoyer : 6'));
    await waitFor(() => expect(screen.getAllByTestId('point-dispatch')).toHaveLength(2));
    expect(screen.getAllByTestId('point-dispatch')[0]!.textContent).toContain('Envoyé');
  });

  it('receives an incoming transfer', async () => {
    const user = userEvent.setup();
    const received = {
      ...INCOMING_TRANSFER,
      status: 'RECEIVED' as const,
      receivedAt: '2026-11-27T10:00:00.000Z',
    };
    renderDesk(
      [
        expectedMock(),
        levelsMock(),
        transfersMock([INCOMING_TRANSFER], { once: true }),
        {
          request: {
            query: RECEIVE_STOCK_TRANSFER_MUTATION,
            variables: { input: { transferId: 'transfer-1' }, lang: 'FR' },
          },
          result: {
            data: { receiveStockTransfer: { __typename: 'StockTransferPayload', transfer: received } },
          },
        },
        transfersMock([received]),
      ],
      '?onglet=transferts',
    );

    const incoming = await screen.findByRole('article', { name: 'Depuis Mairie du 19e arrondissement' });
    expect(incoming.textContent).toContain('6 × Chaussettes – Homme 43-46');
    expect(incoming.textContent).toContain('En route');
    await user.click(
      within(incoming).getByRole('button', {
        name: 'Réceptionner le transfert de Mairie du 19e arrondissement (6 objets)',
      }),
    );

    expect((await screen.findByRole('status')).textContent).toBe(
      'Transfert de Mairie du 19e arrondissement réceptionné : 6 objets entrés en stock.',
    );
    expect(await screen.findByText('Aucun transfert en route vers ce point.')).toBeTruthy();
    const recent = screen.getByRole('article', { name: 'Depuis Mairie du 19e arrondissement' });
    expect(recent.textContent).toContain('Réceptionné');
    expect(within(recent).queryByRole('button')).toBeNull();
  });
});
