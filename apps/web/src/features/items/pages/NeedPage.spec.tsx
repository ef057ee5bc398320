import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';

import type { Language, NeedFieldsFragment } from '../../../gql/graphql';
import { viewerMock } from '../../../testing/fixtures';
import { renderWithProviders, type RenderOptions } from '../../../testing/renderWithProviders';
import { MAKE_OFFER_MUTATION, NEED_QUERY } from '../graphql/itemsOperations';
import { always, apiError, offer, socksNeed } from '../testing/itemsFixtures';
import { NeedPage } from './NeedPage';

/** The need as the API tells it, asked as often as the page wants (polls, refetch after an offer). */
function needMock(answer: () => NeedFieldsFragment, lang: Language = 'FR') {
  return always({
    request: { query: NEED_QUERY, variables: { id: 'need-1', lang } },
    result: () => ({ data: { need: answer() } }),
  });
}

function withOffered(offered: number): NeedFieldsFragment {
  const need = socksNeed();
  return { ...need, progress: { ...need.progress, offered, coverage: offered / need.quantity } };
}

function renderNeed(mocks: RenderOptions['mocks'], language: RenderOptions['language'] = 'fr') {
  return renderWithProviders(
    <Routes>
      <Route path="/besoins/:id" element={<NeedPage />} />
      <Route path="/mes-dons" element={<p>my gifts page</p>} />
    </Routes>,
    { route: '/besoins/need-1', mocks, language },
  );
}

describe('NeedPage', () => {
  it('offers items for the need, counts them at once and leads to "my gifts"', async () => {
    const user = userEvent.setup();
    let offered = 40;
    renderNeed([
      viewerMock(),
      needMock(() => withOffered(offered)),
      {
        request: {
          query: MAKE_OFFER_MUTATION,
          variables: { input: { needId: 'need-1', quantity: 12, condition: 'GOOD' }, lang: 'FR' },
        },
        result: () => {
          offered += 12;
          return {
            data: {
              makeOffer: {
                __typename: 'OfferPayload',
                offer: offer({ id: 'offer-9', quantity: 12, condition: 'GOOD' }),
              },
            },
          };
        },
      },
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Chaussettes – Homme 43-46' })).toBeTruthy();
    expect(screen.getByText('Demandé par Les Amis du 18e')).toBeTruthy();
    expect(screen.getByText('Urgence critique')).toBeTruthy();
    expect(screen.getByTestId('need-note').textContent).toBe('Précisions : Surtout des grandes tailles');
    const progress = screen.getByRole('region', { name: 'Avancement' });
    expect(within(progress).getByTestId('progress-offered').textContent).toBe('40 / 100');

    const form = await screen.findByRole('form', { name: 'Proposer un don' });
    // A need implies its variant: only the quantity and the condition are asked.
    expect(within(form).queryByRole('combobox', { name: /^Objet/ })).toBeNull();
    const quantity = within(form).getByRole('spinbutton', { name: /^Quantité/ });
    await user.clear(quantity);
    await user.type(quantity, '12');
    await user.selectOptions(within(form).getByRole('combobox', { name: /^État/ }), 'Bon état');
    await user.click(within(form).getByRole('button', { name: 'Proposer ce don' }));

    const done = await screen.findByTestId('offer-done');
    expect(done.textContent).toContain('Merci ! Votre don de 12 × Chaussettes – Homme 43-46 est enregistré.');
    await expect.poll(() => within(progress).getByTestId('progress-offered').textContent).toBe('52 / 100');
    expect(within(progress).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('52');
    await user.click(within(done).getByRole('link', { name: 'Réserver un dépôt' }));
    expect(await screen.findByText('my gifts page')).toBeTruthy();
  });

  it('follows the progress live, asking the API again every 5 seconds', async () => {
    let asked = 0;
    renderNeed([
      viewerMock(null),
      needMock(() => {
        asked += 1;
        return withOffered(asked === 1 ? 40 : 75);
      }),
    ]);
    const progress = await screen.findByRole('region', { name: 'Avancement' });
    expect(within(progress).getByTestId('progress-offered').textContent).toBe('40 / 100');

    expect(await within(progress).findByText('75 / 100', {}, { timeout: 9000 })).toBeTruthy();
    expect(asked).toBeGreaterThanOrEqual(2);
  });

  it('refuses an invalid quantity, then shows why the API refused the offer', async () => {
    const user = userEvent.setup();
    renderNeed([
      viewerMock(),
      needMock(() => socksNeed()),
      {
        request: {
          query: MAKE_OFFER_MUTATION,
          variables: { input: { needId: 'need-1', quantity: 2, condition: 'NEW' }, lang: 'FR' },
        },
        result: apiError('makeOffer', 'This need is closed: thank you all the same.', 'CONFLICT'),
      },
    ]);
    const form = await screen.findByRole('form', { name: 'Proposer un don' });
    const quantity = within(form).getByRole('spinbutton', { name: /^Quantité/ });

    await user.clear(quantity);
    await user.type(quantity, '5000');
    await user.click(within(form).getByRole('button', { name: 'Proposer ce don' }));
    expect(within(form).getByText('La quantité doit être un nombre entier de 1 à 1000.')).toBeTruthy();
    expect(quantity.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(quantity);

    await user.clear(quantity);
    await user.type(quantity, '2');
    await user.click(within(form).getByRole('button', { name: 'Proposer ce don' }));
    expect((await within(form).findByRole('alert')).textContent).toContain(
      'Ce besoin est clos : merci tout de même !',
    );
    expect(screen.queryByTestId('offer-done')).toBeNull();
  });

  it('asks signed-out visitors to sign in, coming back to the need', async () => {
    renderNeed([viewerMock(null), needMock(() => socksNeed())]);

    const section = await screen.findByRole('region', { name: 'Proposer un don' });
    const link = await within(section).findByRole('link', { name: 'Se connecter pour donner' });
    expect(link.getAttribute('href')).toBe('/connexion?retour=%2Fbesoins%2Fneed-1');
    expect(within(section).queryByRole('form')).toBeNull();
  });

  it('no longer offers to give for a closed need', async () => {
    renderNeed([viewerMock(), needMock(() => socksNeed('FR', { status: 'CLOSED' }))]);

    const section = await screen.findByRole('region', { name: 'Proposer un don' });
    expect(await within(section).findByText(/Ce besoin est clos/)).toBeTruthy();
    expect(within(section).queryByRole('form')).toBeNull();
  });

  it('speaks English, labels included', async () => {
    renderNeed([viewerMock(null), needMock(() => socksNeed('EN'), 'EN')], 'en');

    expect(await screen.findByRole('heading', { level: 1, name: 'Socks – Men 43-46' })).toBeTruthy();
    expect(screen.getByText('Critical urgency')).toBeTruthy();
    expect(screen.getByTestId('need-deadline').textContent).toBe('Deadline: 15 December 2026');
    expect(screen.getByText('90 units still to send')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Sign in to give' })).toBeTruthy();
  });

  it('says so when the need does not exist', async () => {
    renderNeed([
      viewerMock(null),
      always({
        request: { query: NEED_QUERY, variables: { id: 'need-1', lang: 'FR' } },
        result: apiError('need', 'No need has this id.', 'NOT_FOUND'),
      }),
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Besoin introuvable' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Voir les besoins ouverts' }).getAttribute('href')).toBe(
      '/besoins',
    );
  });
});
