import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';

import type { NeedFieldsFragment, NeedFilterInput } from '../../../gql/graphql';
import { captureDownloads, downloadedCsv } from '../../../testing/downloads';
import { viewerMock } from '../../../testing/fixtures';
import { renderWithProviders, type RenderOptions } from '../../../testing/renderWithProviders';
import { MAKE_OFFER_MUTATION, OPEN_NEEDS_QUERY } from '../graphql/itemsOperations';
import { always, apiError, bagsNeed, catalogue, offer, socksNeed } from '../testing/itemsFixtures';
import { NeedsPage } from './NeedsPage';

function openNeedsMock(needs: NeedFieldsFragment[], filter: NeedFilterInput = {}) {
  return always({
    request: { query: OPEN_NEEDS_QUERY, variables: { filter, first: 50, lang: 'FR' } },
    result: { data: { openNeeds: needs } },
  });
}

function renderNeeds(mocks: RenderOptions['mocks'], route = '/besoins') {
  return renderWithProviders(
    <Routes>
      <Route path="/besoins" element={<NeedsPage />} />
      <Route path="/mes-dons" element={<p>my gifts page</p>} />
    </Routes>,
    { route, mocks },
  );
}

async function headings() {
  const list = await screen.findByRole('region', { name: 'Besoins ouverts' });
  const articles = await within(list).findAllByRole('article');
  return articles.map((article) => within(article).getByRole('heading', { level: 3 }).textContent);
}

describe('NeedsPage', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('lists the open needs in the order of the API, with who asks, where, by when and their coverage', async () => {
    renderNeeds([viewerMock(null), catalogue(), openNeedsMock([socksNeed(), bagsNeed()])]);

    expect(screen.getByRole('heading', { level: 1, name: 'Besoins des associations' })).toBeTruthy();
    expect(await headings()).toEqual(['Chaussettes – Homme 43-46', 'Sacs de couchage – Adulte']);
    expect(screen.getByTestId('needs-count').textContent).toBe('2 besoins ouverts');

    const socks = screen.getByRole('article', { name: 'Chaussettes – Homme 43-46' });
    expect(within(socks).getByRole('link', { name: 'Chaussettes – Homme 43-46' }).getAttribute('href')).toBe(
      '/besoins/need-1',
    );
    expect(within(socks).getByText('Urgence critique')).toBeTruthy();
    expect(within(socks).getByTestId('need-organisation').textContent).toBe('Association : Les Amis du 18e');
    expect(within(socks).getByTestId('need-quantity').textContent).toBe('Quantité demandée : 100 unités');
    expect(within(socks).getByTestId('need-district').textContent).toBe(
      'Livraison : 18e arrondissement – Buttes-Montmartre',
    );
    expect(within(socks).getByTestId('need-deadline').textContent).toBe('Date limite : 15 décembre 2026');
    expect(within(socks).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('40');
    expect(within(socks).getByTestId('progress-offered').textContent).toBe('40 / 100');
    expect(within(socks).getByTestId('progress-received').textContent).toBe('20 / 100');
    expect(within(socks).getByTestId('progress-dispatched').textContent).toBe('10 / 100');
    expect(within(socks).getByTestId('progress-delivered').textContent).toBe('5 / 100');
    expect(within(socks).getByText('Restent 90 unités à envoyer')).toBeTruthy();

    const bags = screen.getByRole('article', { name: 'Sacs de couchage – Adulte' });
    expect(within(bags).getByText('Urgence haute')).toBeTruthy();
    expect(within(bags).getByTestId('need-deadline').textContent).toBe('Date limite : aucune');
    expect(within(bags).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('0');
  });

  it('exports the needs listed as CSV, with the columns and values of the cards', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    renderNeeds([viewerMock(null), catalogue(), openNeedsMock([socksNeed(), bagsNeed()])]);
    expect(await headings()).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Exporter en CSV' }));

    const { filename, lines } = await downloadedCsv(downloads);
    expect(filename).toMatch(/^besoins-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(lines).toEqual([
      'Besoin,Urgence,Association,Quantité demandée,Livraison,Date limite,Précisions,Promis,Reçus,Envoyés,Livrés,Reste à envoyer',
      'Chaussettes – Homme 43-46,Critique,Les Amis du 18e,100,18e arrondissement – Buttes-Montmartre,15 décembre 2026,Surtout des grandes tailles,40,20,10,5,90',
      'Sacs de couchage – Adulte,Haute,Abri Solidaire,30,11e arrondissement – Popincourt,aucune,,0,0,0,0,30',
    ]);
  });

  it('asks the API again for each filter: arrondissement, item category and "near me"', async () => {
    const user = userEvent.setup();
    const nearby = bagsNeed('FR', { id: 'need-3', districtCode: '75010' });
    renderNeeds([
      viewerMock(null),
      catalogue(),
      openNeedsMock([socksNeed(), bagsNeed()]),
      openNeedsMock([socksNeed()], { districtCode: '75018' }),
      openNeedsMock([bagsNeed()], { itemCode: 'sleeping-bags' }),
      openNeedsMock([bagsNeed(), nearby], { itemCode: 'sleeping-bags', near: '75011' }),
    ]);
    expect(await headings()).toHaveLength(2);
    const filters = screen.getByRole('search', { name: 'Filtrer les besoins' });

    await user.selectOptions(
      within(filters).getByRole('combobox', { name: 'Arrondissement de livraison' }),
      '18e arrondissement – Buttes-Montmartre',
    );
    await expect.poll(headings).toEqual(['Chaussettes – Homme 43-46']);

    await user.selectOptions(
      within(filters).getByRole('combobox', { name: 'Arrondissement de livraison' }),
      'Tous les arrondissements',
    );
    await user.selectOptions(
      await within(filters).findByRole('combobox', { name: "Catégorie d'objet" }),
      'Sacs de couchage',
    );
    await expect.poll(headings).toEqual(['Sacs de couchage – Adulte']);

    await user.selectOptions(
      within(filters).getByRole('combobox', { name: /^Les plus demandés près de chez moi/ }),
      '11e arrondissement – Popincourt',
    );
    await expect.poll(headings).toEqual(['Sacs de couchage – Adulte', 'Sacs de couchage – Adulte']);
    expect(screen.getByTestId('needs-count').textContent).toBe('2 besoins ouverts');
  });

  it('makes a general offer, then leads to "my gifts" to book a drop-off', async () => {
    const user = userEvent.setup();
    renderNeeds([
      viewerMock(),
      catalogue(),
      openNeedsMock([socksNeed()]),
      {
        request: {
          query: MAKE_OFFER_MUTATION,
          variables: { input: { variantId: '21', quantity: 3, condition: 'LIKE_NEW' }, lang: 'FR' },
        },
        result: {
          data: {
            makeOffer: {
              __typename: 'OfferPayload',
              offer: offer({ id: 'offer-9', quantity: 3, condition: 'LIKE_NEW' }, true),
            },
          },
        },
      },
    ]);
    const form = await screen.findByRole('form', { name: 'Donner sans besoin précis' });

    // Nothing chosen yet: the form says so before asking the API.
    await user.click(within(form).getByRole('button', { name: 'Proposer ce don' }));
    const variant = within(form).getByRole('combobox', { name: /^Objet/ });
    expect(within(form).getByText('Choisissez un objet.')).toBeTruthy();
    expect(document.activeElement).toBe(variant);

    await user.selectOptions(variant, 'Sacs de couchage – Adulte');
    const quantity = within(form).getByRole('spinbutton', { name: /^Quantité/ });
    await user.clear(quantity);
    await user.type(quantity, '3');
    await user.selectOptions(within(form).getByRole('combobox', { name: /^État/ }), 'Comme neuf');
    await user.click(within(form).getByRole('button', { name: 'Proposer ce don' }));

    const done = await screen.findByTestId('offer-done');
    expect(done.textContent).toContain('Merci ! Votre don de 3 × Sacs de couchage – Adulte est enregistré.');
    await user.click(within(done).getByRole('link', { name: 'Réserver un dépôt' }));
    expect(await screen.findByText('my gifts page')).toBeTruthy();
  });

  it('shows the problem when the offer is refused', async () => {
    const user = userEvent.setup();
    renderNeeds([
      viewerMock(),
      catalogue(),
      openNeedsMock([]),
      {
        request: {
          query: MAKE_OFFER_MUTATION,
          variables: { input: { variantId: '11', quantity: 1, condition: 'NEW' }, lang: 'FR' },
        },
        result: apiError('makeOffer', 'You must be signed in.', 'UNAUTHENTICATED'),
      },
    ]);
    expect(await screen.findByText('Aucun besoin ouvert ne correspond à ces critères.')).toBeTruthy();
    const form = await screen.findByRole('form', { name: 'Donner sans besoin précis' });

    await user.selectOptions(
      within(form).getByRole('combobox', { name: /^Objet/ }),
      'Chaussettes – Homme 43-46',
    );
    await user.click(within(form).getByRole('button', { name: 'Proposer ce don' }));

    expect((await within(form).findByRole('alert')).textContent).toContain(
      'Votre session a expiré : reconnectez-vous.',
    );
    expect(screen.queryByTestId('offer-done')).toBeNull();
  });

  it('says so when the needs cannot be loaded, and asks signed-out visitors to sign in to give', async () => {
    renderNeeds([
      viewerMock(null),
      catalogue(),
      {
        request: { query: OPEN_NEEDS_QUERY, variables: { filter: {}, first: 50, lang: 'FR' } },
        error: new Error('Network down'),
      },
    ]);

    const list = screen.getByRole('region', { name: 'Besoins ouverts' });
    expect((await within(list).findByRole('alert')).textContent).toContain(
      "Les données n'ont pas pu être chargées.",
    );
    const section = screen.getByRole('region', { name: 'Donner sans besoin précis' });
    expect(
      (await within(section).findByRole('link', { name: 'Se connecter pour donner' })).getAttribute('href'),
    ).toBe('/connexion?retour=%2Fbesoins');
    expect(within(section).queryByRole('form')).toBeNull();
  });
});
