import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';

import type { NeedFieldsFragment, OrganisationDispatchesQuery } from '../../../gql/graphql';
import { viewerMock } from '../../../testing/fixtures';
import { renderWithProviders, type RenderOptions } from '../../../testing/renderWithProviders';
import { organisationProposalsMock } from '../../matching/testing/matchingFixtures';
import { ORGANISATION_MEMBERS_QUERY } from '../../organisations/graphql/organisationOperations';
import { OrganisationPage } from '../../organisations/pages/OrganisationPage';
import {
  CLOSE_NEED_MUTATION,
  CONFIRM_DELIVERY_MUTATION,
  ORGANISATION_DISPATCHES_QUERY,
  ORGANISATION_NEEDS_QUERY,
  POST_NEED_MUTATION,
  UPDATE_NEED_MUTATION,
} from '../graphql/itemsOperations';
import {
  always,
  AMIS,
  apiError,
  bagsNeed,
  catalogue,
  dispatch,
  member,
  socksNeed,
} from '../testing/itemsFixtures';
import { OrganisationNeedsPage } from './OrganisationNeedsPage';

type Dispatch = OrganisationDispatchesQuery['organisationDispatches'][number];

/** What the API holds for the organisation; mutations change it, queries tell it as it is when asked. */
interface Server {
  needs: NeedFieldsFragment[];
  dispatches: Dispatch[];
}

function listMocks(server: Server) {
  const variables = { organisationId: 'org-1', lang: 'FR' };
  return [
    always({
      request: { query: ORGANISATION_NEEDS_QUERY, variables },
      result: () => ({ data: { organisationNeeds: server.needs } }),
    }),
    always({
      request: { query: ORGANISATION_DISPATCHES_QUERY, variables },
      result: () => ({ data: { organisationDispatches: server.dispatches } }),
    }),
    // No dispatch proposal from the matching engine.
    organisationProposalsMock({ proposals: [] }),
  ];
}

function renderPage(mocks: RenderOptions['mocks'], route = '/organisations/org-1/besoins') {
  return renderWithProviders(
    <Routes>
      <Route path="/organisations/:id" element={<OrganisationPage />} />
      <Route path="/organisations/:id/besoins" element={<OrganisationNeedsPage />} />
    </Routes>,
    { route, mocks },
  );
}

const POST_INPUT = {
  organisationId: 'org-1',
  variantId: '11',
  quantity: 100,
  districtCode: '75018',
  urgency: 'CRITICAL',
  deadline: '2099-12-15',
  note: 'Surtout des grandes tailles',
};

async function fillNeed(user: ReturnType<typeof userEvent.setup>) {
  const form = await screen.findByRole('form', { name: 'Publier un besoin' });
  await user.selectOptions(
    await within(form).findByRole('combobox', { name: /^Objet/ }),
    'Chaussettes – Homme 43-46',
  );
  await user.type(within(form).getByRole('spinbutton', { name: /^Quantité/ }), '100');
  await user.selectOptions(within(form).getByRole('combobox', { name: /^Urgence/ }), 'Critique');
  await user.selectOptions(
    within(form).getByRole('combobox', { name: /^Arrondissement de livraison/ }),
    '18e arrondissement – Buttes-Montmartre',
  );
  await user.type(within(form).getByLabelText(/^Date limite/), '2099-12-15');
  await user.type(within(form).getByRole('textbox', { name: /^Précisions/ }), 'Surtout des grandes tailles');
  await user.click(within(form).getByRole('button', { name: 'Publier le besoin' }));
  return form;
}

describe('OrganisationNeedsPage', () => {
  it('posts a need, then lists it with its progress', async () => {
    const user = userEvent.setup();
    const server: Server = {
      needs: [
        bagsNeed('FR', { organisation: { __typename: 'NeedOrganisation', id: 'org-1', name: AMIS.name } }),
      ],
      dispatches: [],
    };
    renderPage([
      viewerMock(member()),
      catalogue(),
      ...listMocks(server),
      {
        request: { query: POST_NEED_MUTATION, variables: { input: POST_INPUT, lang: 'FR' } },
        result: () => {
          const need = socksNeed('FR', { deadline: '2099-12-15' });
          server.needs = [need, ...server.needs];
          return { data: { postNeed: { __typename: 'NeedPayload', need } } };
        },
      },
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Besoins de Les Amis du 18e' })).toBeTruthy();
    const list = screen.getByRole('region', { name: 'Nos besoins' });
    expect(await within(list).findAllByRole('article')).toHaveLength(1);
    expect(screen.getByText('Aucun envoi pour le moment.')).toBeTruthy();

    await fillNeed(user);

    expect(
      (await screen.findByText('Besoin publié : 100 × Chaussettes – Homme 43-46.')).closest(
        '[role="status"]',
      ),
    ).toBeTruthy();
    const card = await within(list).findByRole('article', { name: 'Chaussettes – Homme 43-46' });
    expect(within(card).getByText('Ouvert')).toBeTruthy();
    expect(within(card).getByText('Urgence critique')).toBeTruthy();
    expect(within(card).getByTestId('need-deadline').textContent).toBe('Date limite : 15 décembre 2099');
    expect(within(card).getByTestId('progress-offered').textContent).toBe('40 / 100');
    // The organisation's own page does not repeat its name on each need.
    expect(within(card).queryByTestId('need-organisation')).toBeNull();
  });

  it('shows why an organisation not verified yet cannot post a need', async () => {
    const user = userEvent.setup();
    renderPage([
      viewerMock(member({ ...AMIS, status: 'PENDING' })),
      catalogue(),
      ...listMocks({ needs: [], dispatches: [] }),
      {
        request: { query: POST_NEED_MUTATION, variables: { input: POST_INPUT, lang: 'FR' } },
        result: apiError(
          'postNeed',
          'Your organisation must be verified by a City coordinator before it can do this.',
          'FORBIDDEN',
        ),
      },
    ]);
    expect(
      await screen.findByText(
        'Seules les organisations vérifiées par un coordinateur de la Ville peuvent publier des besoins.',
      ),
    ).toBeTruthy();
    expect(await screen.findByText("Votre organisation n'a publié aucun besoin.")).toBeTruthy();

    const form = await fillNeed(user);

    expect((await within(form).findByRole('alert')).textContent).toContain(
      'Votre organisation doit être vérifiée par un coordinateur de la Ville avant de pouvoir publier des besoins.',
    );
    expect(screen.queryByText(/Besoin publié/)).toBeNull();
  });

  it('edits a need, showing the quantity the API refuses', async () => {
    const user = userEvent.setup();
    const server: Server = { needs: [socksNeed()], dispatches: [] };
    const update = (quantity: number) => ({
      query: UPDATE_NEED_MUTATION,
      variables: { input: { needId: 'need-1', quantity, urgency: 'HIGH', note: '' }, lang: 'FR' },
    });
    renderPage([
      viewerMock(member()),
      catalogue(),
      ...listMocks(server),
      {
        request: update(5),
        result: apiError(
          'updateNeed',
          '10 units have been dispatched already: the quantity cannot be lower.',
          'BAD_USER_INPUT',
        ),
      },
      {
        request: update(120),
        result: () => {
          const need = socksNeed('FR', {
            quantity: 120,
            urgency: 'HIGH',
            note: null,
            progress: { ...socksNeed().progress, remaining: 110 },
          });
          server.needs = [need];
          return { data: { updateNeed: { __typename: 'NeedPayload', need } } };
        },
      },
    ]);
    const card = await screen.findByRole('article', { name: 'Chaussettes – Homme 43-46' });

    await user.click(within(card).getByRole('button', { name: 'Modifier' }));
    const form = within(card).getByRole('form', { name: 'Modifier le besoin Chaussettes – Homme 43-46' });
    const quantity = within(form).getByRole('spinbutton', { name: /^Quantité/ });
    expect(document.activeElement).toBe(quantity);
    expect((within(form).getByLabelText(/^Date limite/) as HTMLInputElement).value).toBe('2026-12-15');
    await user.clear(quantity);
    await user.type(quantity, '5');
    await user.selectOptions(within(form).getByRole('combobox', { name: /^Urgence/ }), 'Haute');
    await user.clear(within(form).getByRole('textbox', { name: /^Précisions/ }));
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));

    expect((await within(form).findByRole('alert')).textContent).toContain(
      '10 unités ont déjà été envoyées : la quantité ne peut pas être inférieure.',
    );

    await user.clear(quantity);
    await user.type(quantity, '120');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));

    expect(await within(card).findByText('Le besoin est modifié.')).toBeTruthy();
    expect(within(card).queryByRole('form')).toBeNull();
    expect(within(card).getByTestId('need-quantity').textContent).toBe('Quantité demandée : 120 unités');
    expect(within(card).getByText('Urgence haute')).toBeTruthy();
    expect(within(card).queryByTestId('need-note')).toBeNull();
  });

  it('closes a need only after confirming', async () => {
    const user = userEvent.setup();
    const server: Server = { needs: [socksNeed()], dispatches: [] };
    renderPage([
      viewerMock(member()),
      catalogue(),
      ...listMocks(server),
      {
        request: { query: CLOSE_NEED_MUTATION, variables: { input: { needId: 'need-1' }, lang: 'FR' } },
        result: () => {
          const need = socksNeed('FR', { status: 'CLOSED' });
          server.needs = [need];
          return { data: { closeNeed: { __typename: 'NeedPayload', need } } };
        },
      },
    ]);
    const card = await screen.findByRole('article', { name: 'Chaussettes – Homme 43-46' });

    await user.click(within(card).getByRole('button', { name: 'Clore le besoin' }));
    const confirm = within(card).getByRole('group', { name: 'Clore ce besoin ?' });
    await user.click(within(confirm).getByRole('button', { name: 'Oui, clore le besoin' }));

    expect(await within(card).findByText('Le besoin est clos.')).toBeTruthy();
    expect(within(card).getByText('Clos')).toBeTruthy();
    expect(within(card).queryByRole('button', { name: 'Modifier' })).toBeNull();
    expect(within(card).queryByRole('link')).toBeNull();
  });

  it('confirms a delivery that has arrived', async () => {
    const user = userEvent.setup();
    const delivered = dispatch({
      id: 'dispatch-0',
      quantity: 5,
      status: 'DELIVERED',
      deliveredAt: '2026-11-25T10:00:00.000Z',
      dispatchedAt: '2026-11-24T10:00:00.000Z',
    });
    const server: Server = { needs: [socksNeed()], dispatches: [dispatch(), delivered] };
    renderPage([
      viewerMock(member()),
      catalogue(),
      ...listMocks(server),
      {
        request: { query: CONFIRM_DELIVERY_MUTATION, variables: { input: { dispatchId: 'dispatch-1' } } },
        result: () => {
          server.dispatches = [
            { ...dispatch(), status: 'DELIVERED', deliveredAt: '2026-11-27T16:00:00.000Z' },
            delivered,
          ];
          const need = socksNeed();
          server.needs = [{ ...need, progress: { ...need.progress, delivered: 25 } }];
          return {
            data: {
              confirmDelivery: {
                __typename: 'DispatchPayload',
                dispatch: {
                  __typename: 'Dispatch',
                  id: 'dispatch-1',
                  status: 'DELIVERED',
                  deliveredAt: '2026-11-27T16:00:00.000Z',
                },
              },
            },
          };
        },
      },
    ]);
    const section = await screen.findByRole('region', { name: "Envois à l'organisation" });
    const items = await within(section).findAllByTestId('dispatch');
    expect(items[0]!.textContent).toContain('Envoyé par Mairie du 18e arrondissement le 26/11/2026');
    expect(within(items[0]!).getByText('En route')).toBeTruthy();
    expect(within(items[1]!).getByText('Livré')).toBeTruthy();
    expect(within(items[1]!).queryByRole('button')).toBeNull();

    await user.click(
      within(items[0]!).getByRole('button', {
        name: 'Confirmer la livraison de 20 × Chaussettes – Homme 43-46',
      }),
    );

    expect(
      await within(section).findByText('Livraison de 20 × Chaussettes – Homme 43-46 confirmée. Merci !'),
    ).toBeTruthy();
    expect(within(items[0]!).getByText('Livré')).toBeTruthy();
    expect(items[0]!.textContent).toContain('livré le 27/11/2026');
    expect(within(section).queryByRole('button', { name: /^Confirmer la livraison/ })).toBeNull();
    const card = screen.getByRole('article', { name: 'Chaussettes – Homme 43-46' });
    await expect.poll(() => within(card).getByTestId('progress-delivered').textContent).toBe('25 / 100');
  });

  it('is linked from the organisation page', async () => {
    const user = userEvent.setup();
    renderPage(
      [
        viewerMock(member()),
        catalogue(),
        ...listMocks({ needs: [], dispatches: [] }),
        always({
          request: { query: ORGANISATION_MEMBERS_QUERY, variables: { organisationId: 'org-1' } },
          result: { data: { organisationMembers: [] } },
        }),
      ],
      '/organisations/org-1',
    );

    await user.click(await screen.findByRole('link', { name: "Gérer les besoins de l'organisation" }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Besoins de Les Amis du 18e' })).toBeTruthy();
  });

  it('tells a person who is not a member that the organisation is not theirs', async () => {
    renderPage([viewerMock(), catalogue()]);

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Cette organisation ne figure pas parmi les vôtres.',
    );
    expect(screen.queryByRole('form')).toBeNull();
  });
});
