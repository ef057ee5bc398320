import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';

import type { DropOffFieldsFragment, Language, OfferFieldsFragment } from '../../../gql/graphql';
import { viewerMock } from '../../../testing/fixtures';
import { renderWithProviders, type RenderOptions } from '../../../testing/renderWithProviders';
import {
  BOOK_DROP_OFF_MUTATION,
  CANCEL_DROP_OFF_MUTATION,
  DROP_OFF_POINTS_QUERY,
  DROP_OFF_SLOTS_QUERY,
  MY_DROP_OFFS_QUERY,
  MY_OFFERS_QUERY,
  RESCHEDULE_DROP_OFF_MUTATION,
  WITHDRAW_OFFER_MUTATION,
} from '../graphql/itemsOperations';
import { always, apiError, booking, MAIRIE_18, offer, SLOTS } from '../testing/itemsFixtures';
import { MyGiftsPage } from './MyGiftsPage';

const SOCKS = offer();
const BAGS = offer({ id: 'offer-2', quantity: 2, condition: 'GOOD' }, true);

/** A gift received, partly refused, partly sent and delivered, the rest in stock. */
const RECEIVED: OfferFieldsFragment = offer({
  id: 'offer-3',
  quantity: 10,
  status: 'RECEIVED',
  bookingId: 'booking-old',
  receivedQuantity: 8,
  refusedQuantity: 2,
  refusalReason: 'Chaussettes trouées',
  createdAt: '2026-11-20T10:00:00.000Z',
  trace: [
    { kind: 'OFFERED', at: '2026-11-20T10:00:00.000Z', quantity: 10 },
    { kind: 'BOOKED', at: '2026-11-20T10:05:00.000Z', quantity: 10, collectionPointName: 'Mairie du 18e' },
    { kind: 'RECEIVED', at: '2026-11-27T09:10:00.000Z', quantity: 8, collectionPointName: 'Mairie du 18e' },
    {
      kind: 'REFUSED',
      at: '2026-11-27T09:10:00.000Z',
      quantity: 2,
      collectionPointName: 'Mairie du 18e',
      reason: 'Chaussettes trouées',
    },
    {
      kind: 'DISPATCHED',
      at: '2026-11-28T15:00:00.000Z',
      quantity: 6,
      collectionPointName: 'Mairie du 18e',
      organisationName: 'Les Amis du 18e',
    },
    { kind: 'DELIVERED', at: '2026-11-29T11:00:00.000Z', quantity: 6, organisationName: 'Les Amis du 18e' },
    { kind: 'IN_STOCK', at: null, quantity: 2, collectionPointName: 'Mairie du 18e' },
  ].map((step) => ({
    __typename: 'TraceStep' as const,
    collectionPointName: null,
    organisationName: null,
    reason: null,
    ...step,
  })) as OfferFieldsFragment['trace'],
});

const OLD_BOOKING = booking([RECEIVED], {
  id: 'booking-old',
  code: 'K7M2QX',
  status: 'RECEIVED',
  slotStartsAt: '2026-11-27T09:00:00.000Z',
  slotEndsAt: '2026-11-27T09:30:00.000Z',
  receivedAt: '2026-11-27T09:10:00.000Z',
});

/** What the API holds for Marie; mutations change it, queries tell it as it is when asked. */
interface Server {
  offers: OfferFieldsFragment[];
  dropOffs: DropOffFieldsFragment[];
}

function listMocks(server: Server, lang: Language = 'FR') {
  return [
    always({
      request: { query: MY_OFFERS_QUERY, variables: { lang } },
      result: () => ({ data: { myOffers: server.offers } }),
    }),
    always({
      request: { query: MY_DROP_OFFS_QUERY, variables: { lang } },
      result: () => ({ data: { myDropOffs: server.dropOffs } }),
    }),
  ];
}

const pointMocks = [
  always({
    request: { query: DROP_OFF_POINTS_QUERY, variables: {} },
    result: {
      data: {
        collectionPoints: [
          { ...MAIRIE_18, districtCode: '75018' },
          {
            __typename: 'CollectionPoint',
            id: '11',
            name: 'Mairie du 11e arrondissement',
            address: '12 place Léon-Blum, 75011 Paris',
            districtCode: '75011',
          },
        ],
      },
    },
  }),
  always({
    request: { query: DROP_OFF_POINTS_QUERY, variables: { districtCode: '75018' } },
    result: { data: { collectionPoints: [{ ...MAIRIE_18, districtCode: '75018' }] } },
  }),
  always({
    request: { query: DROP_OFF_SLOTS_QUERY, variables: { collectionPointId: '18', days: 7 } },
    result: { data: { dropOffSlots: SLOTS } },
  }),
];

function renderGifts(mocks: RenderOptions['mocks'], language: RenderOptions['language'] = 'fr') {
  return renderWithProviders(
    <Routes>
      <Route path="/mes-dons" element={<MyGiftsPage />} />
      <Route path="/connexion" element={<p>sign-in page</p>} />
    </Routes>,
    { route: '/mes-dons', mocks, language },
  );
}

async function chooseSlot(user: ReturnType<typeof userEvent.setup>, form: HTMLElement) {
  await user.selectOptions(
    within(form).getByRole('combobox', { name: /^Votre arrondissement/ }),
    '18e arrondissement – Buttes-Montmartre',
  );
  await waitFor(() =>
    expect(
      (within(form).getByRole('combobox', { name: /^Point de collecte/ }) as HTMLSelectElement).value,
    ).toBe('18'),
  );
  const slot = within(form).getByRole('combobox', { name: /^Créneau/ });
  await within(slot).findByRole('option', { name: '10:00 – 10:30 · 1 place libre' });
  await user.selectOptions(slot, '09:00 – 09:30 · 3 places libres');
}

describe('MyGiftsPage', () => {
  it('books a drop-off for the gifts to bring, then shows its code and QR code', async () => {
    const user = userEvent.setup();
    const server: Server = { offers: [SOCKS, BAGS], dropOffs: [] };
    renderGifts([
      viewerMock(),
      ...listMocks(server),
      ...pointMocks,
      {
        request: {
          query: BOOK_DROP_OFF_MUTATION,
          variables: {
            input: {
              collectionPointId: '18',
              slotStartsAt: '2026-12-01T08:00:00.000Z',
              offerIds: ['offer-1', 'offer-2'],
            },
            lang: 'FR',
          },
        },
        result: () => {
          const booked = booking([SOCKS, BAGS]);
          server.offers = server.offers.map((item) => ({ ...item, bookingId: booked.id }));
          server.dropOffs = [booked];
          return { data: { bookDropOff: { __typename: 'DropOffPayload', booking: booked } } };
        },
      },
    ]);

    const toBook = await screen.findByRole('list', { name: 'Dons à déposer' });
    expect(
      within(toBook)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringContaining('5 × Chaussettes – Homme 43-46Pour Les Amis du 18e'),
      expect.stringContaining('2 × Sacs de couchage – AdulteDon sans besoin précis'),
    ]);
    expect(screen.getByText("Vous n'avez réservé aucun dépôt.")).toBeTruthy();

    const form = screen.getByRole('form', { name: 'Réserver un dépôt' });
    await chooseSlot(user, form);
    // Slots come grouped by day, in Paris time; a full slot cannot be chosen.
    const slot = within(form).getByRole('combobox', { name: /^Créneau/ });
    expect(within(slot).getByRole('group', { name: 'mardi 1 décembre' })).toBeTruthy();
    expect(within(slot).getByRole('group', { name: 'mercredi 2 décembre' })).toBeTruthy();
    expect(
      (within(slot).getByRole('option', { name: '09:30 – 10:00 · complet' }) as HTMLOptionElement).disabled,
    ).toBe(true);
    expect(within(form).getByRole('checkbox', { name: '5 × Chaussettes – Homme 43-46' })).toHaveProperty(
      'checked',
      true,
    );
    await user.click(within(form).getByRole('button', { name: 'Réserver le dépôt' }));

    expect((await screen.findByTestId('drop-off-booked')).textContent).toContain(
      'Dépôt réservé. Votre code : ABC234.',
    );
    const card = await screen.findByRole('article', { name: 'Dépôt ABC234' });
    expect(within(card).getByTestId('drop-off-code').textContent).toBe('ABC234');
    const qr = await within(card).findByRole('img', { name: 'QR code ABC234' });
    expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(decodeURIComponent(qr.getAttribute('src')!)).toContain('<svg');
    expect(within(card).getByText('Mairie du 18e arrondissement')).toBeTruthy();
    expect(within(card).getByText('1 place Jules-Joffrin, 75018 Paris')).toBeTruthy();
    expect(within(card).getByTestId('drop-off-slot').textContent).toBe(
      'Le mardi 1 décembre 2026, de 09:00 à 09:30',
    );
    expect(await screen.findByText("Aucun don n'attend de dépôt.")).toBeTruthy();
  });

  it('checks the form, then says when the slot has just filled up', async () => {
    const user = userEvent.setup();
    renderGifts([
      viewerMock(),
      ...listMocks({ offers: [SOCKS, BAGS], dropOffs: [] }),
      ...pointMocks,
      {
        request: {
          query: BOOK_DROP_OFF_MUTATION,
          variables: {
            input: {
              collectionPointId: '18',
              slotStartsAt: '2026-12-01T08:00:00.000Z',
              offerIds: ['offer-1'],
            },
            lang: 'FR',
          },
        },
        result: apiError('bookDropOff', 'This slot is full: choose another one.', 'CONFLICT'),
      },
    ]);
    const form = await screen.findByRole('form', { name: 'Réserver un dépôt' });

    await user.click(within(form).getByRole('button', { name: 'Réserver le dépôt' }));
    expect(within(form).getByText('Choisissez un point de collecte.')).toBeTruthy();
    expect(within(form).getByText('Choisissez un créneau.')).toBeTruthy();
    expect(document.activeElement).toBe(within(form).getByRole('combobox', { name: /^Point de collecte/ }));

    await chooseSlot(user, form);
    await user.click(within(form).getByRole('checkbox', { name: '2 × Sacs de couchage – Adulte' }));
    await user.click(within(form).getByRole('button', { name: 'Réserver le dépôt' }));

    expect((await within(form).findByRole('alert')).textContent).toContain(
      "Ce créneau vient d'être complet : choisissez-en un autre.",
    );
    expect(screen.queryByTestId('drop-off-booked')).toBeNull();
  });

  it('tells what became of each gift, step by step', async () => {
    renderGifts([viewerMock(), ...listMocks({ offers: [RECEIVED], dropOffs: [OLD_BOOKING] })]);

    const trace = await screen.findByRole('list', { name: 'Suivi du don Chaussettes – Homme 43-46' });
    expect(
      within(trace)
        .getAllByTestId('trace-step')
        .map((step) => step.textContent),
    ).toEqual([
      'Don proposé le 20/11/2026',
      'Dépôt réservé au point de collecte Mairie du 18e le 20/11/2026',
      'Reçu au point de collecte Mairie du 18e le 27/11/2026',
      'Refusé au point de collecte Mairie du 18e le 27/11/2026. Motif : Chaussettes trouées',
      'Envoyé à Les Amis du 18e le 28/11/2026',
      'Livraison confirmée par Les Amis du 18e le 29/11/2026',
      'En stock au point de collecte Mairie du 18e',
    ]);
    expect(within(trace).getAllByRole('listitem')[2]!.textContent).toContain('(8 unités)');

    // A received drop-off keeps its code, without QR code or buttons.
    const card = screen.getByRole('article', { name: 'Dépôt K7M2QX' });
    expect(within(card).getByText('Reçu')).toBeTruthy();
    expect(within(card).queryByRole('img')).toBeNull();
    expect(within(card).queryByRole('button')).toBeNull();
  });

  it('tells the steps in English too', async () => {
    renderGifts([viewerMock(), ...listMocks({ offers: [RECEIVED], dropOffs: [] }, 'EN')], 'en');

    const trace = await screen.findByRole('list', { name: /^Tracking of the gift/ });
    const steps = within(trace)
      .getAllByTestId('trace-step')
      .map((step) => step.textContent);
    expect(steps).toContain('Received at the collection point Mairie du 18e on 27/11/2026');
    expect(steps).toContain('Sent to Les Amis du 18e on 28/11/2026');
    expect(steps).toContain('Delivery confirmed by Les Amis du 18e on 29/11/2026');
    expect(steps).toContain(
      'Refused at the collection point Mairie du 18e on 27/11/2026. Reason: Chaussettes trouées',
    );
  });

  it('cancels a drop-off only after confirming, and the gifts are to book again', async () => {
    const user = userEvent.setup();
    const booked = booking([SOCKS]);
    const server: Server = { offers: [{ ...SOCKS, bookingId: booked.id }], dropOffs: [booked] };
    renderGifts([
      viewerMock(),
      ...listMocks(server),
      ...pointMocks,
      {
        request: {
          query: CANCEL_DROP_OFF_MUTATION,
          variables: { input: { bookingId: 'booking-1' }, lang: 'FR' },
        },
        result: () => {
          const cancelled = { ...booked, status: 'CANCELLED' as const, offers: [] };
          server.offers = [SOCKS];
          server.dropOffs = [cancelled];
          return { data: { cancelDropOff: { __typename: 'DropOffPayload', booking: cancelled } } };
        },
      },
    ]);
    const card = await screen.findByRole('article', { name: 'Dépôt ABC234' });
    expect(screen.getByText("Aucun don n'attend de dépôt.")).toBeTruthy();

    await user.click(within(card).getByRole('button', { name: 'Annuler le dépôt' }));
    const confirm = within(card).getByRole('group', { name: 'Annuler ce dépôt ?' });
    await user.click(within(confirm).getByRole('button', { name: 'Non, garder le dépôt' }));
    expect(within(card).queryByRole('group', { name: 'Annuler ce dépôt ?' })).toBeNull();
    expect(within(card).getByText('Réservé')).toBeTruthy();

    await user.click(within(card).getByRole('button', { name: 'Annuler le dépôt' }));
    await user.click(
      within(within(card).getByRole('group', { name: 'Annuler ce dépôt ?' })).getByRole('button', {
        name: 'Oui, annuler le dépôt',
      }),
    );

    expect(await within(card).findByText('Le dépôt est annulé.')).toBeTruthy();
    expect(within(card).getByText('Annulé')).toBeTruthy();
    expect(within(card).queryByRole('button', { name: 'Annuler le dépôt' })).toBeNull();
    const toBook = await screen.findByRole('list', { name: 'Dons à déposer' });
    expect(within(toBook).getByText('5 × Chaussettes – Homme 43-46')).toBeTruthy();
  });

  it('moves a drop-off to another slot', async () => {
    const user = userEvent.setup();
    const booked = booking([SOCKS]);
    const server: Server = { offers: [{ ...SOCKS, bookingId: booked.id }], dropOffs: [booked] };
    renderGifts([
      viewerMock(),
      ...listMocks(server),
      ...pointMocks,
      {
        request: {
          query: RESCHEDULE_DROP_OFF_MUTATION,
          variables: {
            input: { bookingId: 'booking-1', slotStartsAt: '2026-12-02T09:00:00.000Z' },
            lang: 'FR',
          },
        },
        result: () => {
          const moved = {
            ...booked,
            slotStartsAt: '2026-12-02T09:00:00.000Z',
            slotEndsAt: '2026-12-02T09:30:00.000Z',
          };
          server.dropOffs = [moved];
          return { data: { rescheduleDropOff: { __typename: 'DropOffPayload', booking: moved } } };
        },
      },
    ]);
    const card = await screen.findByRole('article', { name: 'Dépôt ABC234' });

    await user.click(within(card).getByRole('button', { name: 'Changer de créneau' }));
    const form = within(card).getByRole('form', { name: 'Nouveau créneau à Mairie du 18e arrondissement' });
    const slot = within(form).getByRole('combobox', { name: /^Nouveau créneau/ });
    await user.selectOptions(
      slot,
      await within(slot).findByRole('option', { name: '10:00 – 10:30 · 1 place libre' }),
    );
    await user.click(within(form).getByRole('button', { name: 'Confirmer le nouveau créneau' }));

    expect(await within(card).findByText(/Le créneau du dépôt est changé/)).toBeTruthy();
    expect(within(card).getByTestId('drop-off-slot').textContent).toBe(
      'Le mercredi 2 décembre 2026, de 10:00 à 10:30',
    );
    expect(within(card).queryByRole('form')).toBeNull();
  });

  it('withdraws a gift not booked yet', async () => {
    const user = userEvent.setup();
    const server: Server = { offers: [SOCKS, BAGS], dropOffs: [] };
    renderGifts([
      viewerMock(),
      ...listMocks(server),
      ...pointMocks,
      {
        request: { query: WITHDRAW_OFFER_MUTATION, variables: { input: { offerId: 'offer-2' }, lang: 'FR' } },
        result: () => {
          const withdrawn = { ...BAGS, status: 'WITHDRAWN' as const };
          server.offers = [SOCKS, withdrawn];
          return { data: { withdrawOffer: { __typename: 'OfferPayload', offer: withdrawn } } };
        },
      },
    ]);

    await user.click(
      await screen.findByRole('button', { name: 'Retirer le don 2 × Sacs de couchage – Adulte' }),
    );

    expect(await screen.findByText('Le don 2 × Sacs de couchage – Adulte est retiré.')).toBeTruthy();
    const toBook = screen.getByRole('list', { name: 'Dons à déposer' });
    await waitFor(() => expect(within(toBook).getAllByRole('listitem')).toHaveLength(1));
    expect(within(toBook).getByText('5 × Chaussettes – Homme 43-46')).toBeTruthy();
  });

  it('sends signed-out visitors to sign in', async () => {
    renderGifts([viewerMock(null)]);

    expect(await screen.findByText('sign-in page')).toBeTruthy();
  });
});
