import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';

import { viewerMock } from '../../../testing/fixtures';
import { renderWithProviders, type RenderOptions } from '../../../testing/renderWithProviders';
import { SAVE_HOST_OFFER_MUTATION, SUBMIT_HOST_OFFER_MUTATION } from '../graphql/hostingOperations';
import {
  apiError,
  draftOffer,
  hostingServer,
  LES_AMIS_18,
  myHostOffersMock,
  TERRE_D_ASILE,
  verifiersMock,
} from '../testing/hostingFixtures';
import { HostOnboardingPage } from './HostOnboardingPage';

/** Where the page is, and what it told the next one. */
function Location() {
  const location = useLocation();
  return (
    <>
      <p data-testid="location">{location.pathname}</p>
      <p data-testid="location-state">{JSON.stringify(location.state)}</p>
    </>
  );
}

function renderOnboarding(mocks: RenderOptions['mocks'], route = '/accueillir/proposer') {
  return renderWithProviders(
    <>
      <Routes>
        <Route path="/accueillir/proposer/:id?" element={<HostOnboardingPage />} />
        <Route path="/accueillir" element={<p>dashboard</p>} />
        <Route path="/connexion" element={<p>sign-in page</p>} />
      </Routes>
      <Location />
    </>,
    { route, mocks },
  );
}

const STEP_1 = {
  step: 1,
  roomKind: 'PRIVATE_ROOM',
  beds: 2,
  districtCode: '75018',
  address: '12 rue Ordener, 75018 Paris',
};

async function fillStep1(user: ReturnType<typeof userEvent.setup>, form: HTMLElement) {
  await user.click(within(form).getByRole('radio', { name: /^Chambre privée/ }));
  const beds = within(form).getByRole('spinbutton', { name: /^Nombre de lits/ });
  await user.clear(beds);
  await user.type(beds, '2');
  await user.selectOptions(
    within(form).getByRole('combobox', { name: /^Arrondissement/ }),
    '18e arrondissement – Buttes-Montmartre',
  );
  await user.type(within(form).getByRole('textbox', { name: /^Adresse/ }), '12 rue Ordener, 75018 Paris');
}

describe('HostOnboardingPage', () => {
  it('saves step 1 as a new draft, keeps its id in the URL and moves on to step 2', async () => {
    const user = userEvent.setup();
    renderOnboarding([
      viewerMock(),
      {
        request: { query: SAVE_HOST_OFFER_MUTATION, variables: { input: STEP_1 } },
        result: { data: { saveHostOffer: draftOffer(1) } },
      },
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Proposer une chambre' })).toBeTruthy();
    // The heading shows while the viewer loads; the steps come with the form.
    const steps = await screen.findByRole('navigation', { name: 'Étapes du formulaire' });
    expect(
      within(steps)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '1Logement (étape en cours)',
      '2Disponibilités (à faire)',
      '3Foyer (à faire)',
      '4Règles et plus (à faire)',
      '5Envoyer (à faire)',
    ]);
    const form = screen.getByRole('form', { name: 'Étape 1 sur 5 : Logement' });
    expect(within(form).getByRole('radiogroup', { name: /^Type de logement proposé/ })).toBeTruthy();
    expect(
      within(form)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['PRIVATE_ROOM', 'SHARED_ROOM', 'WHOLE_FLAT']);
    const districts = within(form).getByRole('combobox', { name: /^Arrondissement/ });
    expect(within(districts).getAllByRole('option')).toHaveLength(21);
    expect(screen.queryByRole('button', { name: 'Précédent' })).toBeNull();

    await fillStep1(user, form);
    await user.click(within(form).getByRole('button', { name: 'Enregistrer et continuer' }));

    const next = await screen.findByRole('form', { name: 'Étape 2 sur 5 : Disponibilités' });
    await waitFor(() =>
      expect(screen.getByTestId('location').textContent).toBe('/accueillir/proposer/draft-1'),
    );
    expect(screen.getByRole('status').textContent).toBe('Étape « Logement » enregistrée.');
    expect(document.activeElement).toBe(within(next).getByRole('heading', { name: /^Étape 2 sur 5/ }));
    expect(within(steps).getByRole('button', { name: 'Logement (terminée)' })).toBeTruthy();
    expect(within(next).getByLabelText(/^Disponible à partir du/)).toBeTruthy();
    expect(within(next).getByLabelText(/^Disponible jusqu'au/)).toBeTruthy();
    expect(within(next).getByRole('spinbutton', { name: /^Durée minimale du séjour/ })).toBeTruthy();
    expect(within(next).getByRole('spinbutton', { name: /^Durée maximale du séjour/ })).toBeTruthy();

    // Back to step 1: the answers saved are there.
    await user.click(within(next).getByRole('button', { name: 'Précédent' }));
    const again = await screen.findByRole('form', { name: 'Étape 1 sur 5 : Logement' });
    expect(within(again).getByRole('radio', { name: /^Chambre privée/ })).toHaveProperty('checked', true);
    expect((within(again).getByRole('textbox', { name: /^Adresse/ }) as HTMLInputElement).value).toBe(
      '12 rue Ordener, 75018 Paris',
    );
  });

  it('checks the step before saving it', async () => {
    const user = userEvent.setup();
    renderOnboarding([viewerMock()]);
    const form = await screen.findByRole('form', { name: 'Étape 1 sur 5 : Logement' });

    await user.click(within(form).getByRole('button', { name: 'Enregistrer et continuer' }));

    expect(within(form).getByText('Choisissez le type de logement.')).toBeTruthy();
    expect(within(form).getByText("Choisissez l'arrondissement.")).toBeTruthy();
    expect(within(form).getByText("Indiquez l'adresse.")).toBeTruthy();
    expect(document.activeElement).toBe(within(form).getByRole('radio', { name: /^Chambre privée/ }));
    // The error is announced with the field it is about.
    const address = within(form).getByRole('textbox', { name: /^Adresse/ });
    expect(address.getAttribute('aria-invalid')).toBe('true');
    expect(address.getAttribute('aria-describedby')).toContain(
      within(form).getByText("Indiquez l'adresse.").id,
    );
  });

  it("shows the API's refusal of a step next to it (BAD_USER_INPUT)", async () => {
    const user = userEvent.setup();
    renderOnboarding([
      viewerMock(),
      {
        request: { query: SAVE_HOST_OFFER_MUTATION, variables: { input: STEP_1 } },
        result: apiError('saveHostOffer', 'The address must have at most 300 characters.', 'BAD_USER_INPUT'),
      },
      {
        request: { query: SAVE_HOST_OFFER_MUTATION, variables: { input: STEP_1 } },
        result: apiError('saveHostOffer', 'Step 1 still needs: address.', 'BAD_USER_INPUT'),
      },
    ]);
    const form = await screen.findByRole('form', { name: 'Étape 1 sur 5 : Logement' });
    await fillStep1(user, form);

    await user.click(within(form).getByRole('button', { name: 'Enregistrer et continuer' }));

    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toBe(
      'Veuillez vérifier le formulaire.The address must have at most 300 characters.',
    );
    expect(
      within(alert).getByText('The address must have at most 300 characters.').getAttribute('lang'),
    ).toBe('en');
    expect(screen.getByTestId('location').textContent).toBe('/accueillir/proposer');

    await user.click(within(form).getByRole('button', { name: 'Enregistrer et continuer' }));
    expect(
      await within(form).findByText("Cette étape n'est pas complète : vérifiez les champs."),
    ).toBeTruthy();
    expect(screen.getByRole('form', { name: 'Étape 1 sur 5 : Logement' })).toBeTruthy();
  });

  it('resumes a draft at its first unsaved step, then sends it to the chosen association', async () => {
    const user = userEvent.setup();
    const server = hostingServer({ offers: [draftOffer(3)] });
    renderOnboarding(
      [
        viewerMock(),
        myHostOffersMock(server),
        verifiersMock(),
        {
          request: {
            query: SAVE_HOST_OFFER_MUTATION,
            variables: {
              input: {
                id: 'draft-1',
                step: 4,
                houseRules: 'Pas de visites après 22 h',
                offersMeals: true,
                offersFrenchHelp: false,
                otherSupport: '',
              },
            },
          },
          result: () => {
            server.offers = [draftOffer(4, { offersFrenchHelp: false })];
            return { data: { saveHostOffer: server.offers[0] } };
          },
        },
        {
          request: {
            query: SUBMIT_HOST_OFFER_MUTATION,
            variables: { input: { id: 'draft-1', verifierOrganisationId: 'org-18' } },
          },
          result: {
            data: {
              submitHostOffer: draftOffer(4, { status: 'SUBMITTED', verifier: LES_AMIS_18 }),
            },
          },
        },
      ],
      '/accueillir/proposer/draft-1',
    );

    const form = await screen.findByRole('form', { name: 'Étape 4 sur 5 : Règles et plus' });
    const steps = await screen.findByRole('navigation', { name: 'Étapes du formulaire' });
    expect(within(steps).getByRole('button', { name: 'Foyer (terminée)' })).toBeTruthy();
    await user.type(
      within(form).getByRole('textbox', { name: /^Règles de la maison/ }),
      'Pas de visites après 22 h',
    );
    await user.click(within(form).getByRole('checkbox', { name: 'Je propose de partager des repas' }));
    await user.click(within(form).getByRole('button', { name: 'Enregistrer et continuer' }));

    const send = await screen.findByRole('form', { name: 'Étape 5 sur 5 : Envoyer' });
    const recap = within(send).getByRole('region', { name: 'Récapitulatif' });
    expect(recap.textContent).toContain('Chambre privée · 2 lits · 18e arrondissement – Buttes-Montmartre');
    expect(recap.textContent).toContain('Disponible à partir du 15 janvier 2099');
    expect(recap.textContent).toContain('Séjour de 30 à 180 jours');
    expect(recap.textContent).toContain('2 adultes, 1 enfant');
    expect(recap.textContent).toContain('Français, Arabe');
    const verifiers = await within(send).findByRole('radiogroup', {
      name: /^Association qui visitera votre logement/,
    });
    expect(within(verifiers).getByRole('radio', { name: /^Les Amis du 18e/ })).toBeTruthy();
    expect(within(verifiers).getByRole('radio', { name: new RegExp(`^${TERRE_D_ASILE.name}`) })).toBeTruthy();
    expect(within(verifiers).getByText('contact@amis18.org · 01 42 00 00 18')).toBeTruthy();

    await user.click(within(send).getByRole('button', { name: 'Envoyer ma proposition' }));
    expect(within(send).getByText("Choisissez l'association qui visitera votre logement.")).toBeTruthy();

    await user.click(within(verifiers).getByRole('radio', { name: /^Les Amis du 18e/ }));
    await user.click(within(send).getByRole('button', { name: 'Envoyer ma proposition' }));

    expect(await screen.findByText('dashboard')).toBeTruthy();
    expect(JSON.parse(screen.getByTestId('location-state').textContent!)).toEqual({
      submittedTo: 'Les Amis du 18e',
    });
  });

  it('says when the draft to resume is not among my offers', async () => {
    renderOnboarding([viewerMock(), myHostOffersMock(hostingServer())], '/accueillir/proposer/unknown');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Proposition introuvable');
    expect(within(alert).getByRole('link', { name: 'Retour à Accueillir' }).getAttribute('href')).toBe(
      '/accueillir',
    );
  });

  it('sends signed-out visitors to sign in', async () => {
    renderOnboarding([viewerMock(null)]);

    expect(await screen.findByText('sign-in page')).toBeTruthy();
  });
});
