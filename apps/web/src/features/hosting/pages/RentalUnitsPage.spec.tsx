import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';

import { viewerMock } from '../../../testing/fixtures';
import { renderWithProviders, type RenderOptions } from '../../../testing/renderWithProviders';
import { OFFER_RENTAL_UNIT_MUTATION, WITHDRAW_RENTAL_UNIT_MUTATION } from '../graphql/hostingOperations';
import { apiError, hostingServer, myRentalUnitsMock, rentalUnit, SOLIHA } from '../testing/hostingFixtures';
import { RentalUnitsPage } from './RentalUnitsPage';

function renderPage(mocks: RenderOptions['mocks'], language: RenderOptions['language'] = 'fr') {
  return renderWithProviders(
    <Routes>
      <Route path="/louez-solidaire" element={<RentalUnitsPage />} />
    </Routes>,
    { route: '/louez-solidaire', mocks, language },
  );
}

const INPUT = {
  districtCode: '75011',
  address: '8 rue Oberkampf, 75011 Paris',
  surfaceM2: 42,
  rooms: 2,
  availableFrom: '2099-01-01',
  description: 'Troisième étage sans ascenseur',
};

async function fillForm(user: ReturnType<typeof userEvent.setup>, form: HTMLElement) {
  await user.selectOptions(
    within(form).getByRole('combobox', { name: /^Arrondissement/ }),
    '11e arrondissement – Popincourt',
  );
  await user.type(within(form).getByLabelText(/^Disponible à partir du/), '2099-01-01');
  await user.type(within(form).getByRole('textbox', { name: /^Adresse/ }), '8 rue Oberkampf, 75011 Paris');
  await user.type(within(form).getByRole('spinbutton', { name: /^Surface/ }), '42');
  await user.type(within(form).getByRole('spinbutton', { name: /^Nombre de pièces/ }), '2');
  await user.type(
    within(form).getByRole('textbox', { name: /^Description/ }),
    'Troisième étage sans ascenseur',
  );
}

describe('RentalUnitsPage', () => {
  it('explains the scheme, offers a home and lists it', async () => {
    const user = userEvent.setup();
    const server = hostingServer();
    renderPage([
      viewerMock(),
      myRentalUnitsMock(server),
      {
        request: { query: OFFER_RENTAL_UNIT_MUTATION, variables: { input: INPUT } },
        result: () => {
          server.units = [rentalUnit({ availableFrom: '2099-01-01' })];
          return { data: { offerRentalUnit: server.units[0] } };
        },
      },
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Louez solidaire' })).toBeTruthy();
    expect(
      screen.getByText(/un opérateur agréé par la Ville loue votre logement et le sous-loue/),
    ).toBeTruthy();
    expect(screen.getByText(/Le loyer et les charges vous sont garantis/)).toBeTruthy();
    expect(await screen.findByText("Vous n'avez proposé aucun logement.")).toBeTruthy();

    const form = screen.getByRole('form', { name: 'Proposer un logement' });
    await user.click(within(form).getByRole('button', { name: 'Proposer ce logement' }));
    expect(within(form).getByText("Choisissez l'arrondissement.")).toBeTruthy();
    expect(within(form).getByText('La surface doit être un nombre entier de 9 à 400 m².')).toBeTruthy();
    expect(document.activeElement).toBe(within(form).getByRole('combobox', { name: /^Arrondissement/ }));

    await fillForm(user, form);
    await user.click(within(form).getByRole('button', { name: 'Proposer ce logement' }));

    expect((await screen.findByRole('status')).textContent).toContain(
      'Votre logement est proposé aux opérateurs',
    );
    const card = await screen.findByRole('article', {
      name: '2 pièces · 42 m² · 11e arrondissement – Popincourt',
    });
    expect(within(card).getByText('Disponible')).toBeTruthy();
    expect(within(card).getByText('8 rue Oberkampf, 75011 Paris')).toBeTruthy();
    expect(within(card).getByText('Disponible à partir du 1 janvier 2099')).toBeTruthy();
    expect((within(form).getByRole('textbox', { name: /^Adresse/ }) as HTMLInputElement).value).toBe('');
  });

  it("shows the API's refusal next to the form", async () => {
    const user = userEvent.setup();
    renderPage([
      viewerMock(),
      myRentalUnitsMock(hostingServer()),
      {
        request: { query: OFFER_RENTAL_UNIT_MUTATION, variables: { input: INPUT } },
        result: apiError(
          'offerRentalUnit',
          'The surface must be a whole number from 9 to 400.',
          'BAD_USER_INPUT',
        ),
      },
    ]);
    const form = await screen.findByRole('form', { name: 'Proposer un logement' });
    await fillForm(user, form);

    await user.click(within(form).getByRole('button', { name: 'Proposer ce logement' }));

    expect((await within(form).findByRole('alert')).textContent).toBe(
      'La surface doit être un nombre entier de 9 à 400 m².',
    );
  });

  it('shows who took a home on, and withdraws it after confirming', async () => {
    const user = userEvent.setup();
    const server = hostingServer({
      units: [
        rentalUnit({ status: 'TAKEN_ON', operator: SOLIHA }),
        rentalUnit({ id: 'unit-2', status: 'LET', operator: SOLIHA, rooms: 1, surfaceM2: 20 }),
      ],
    });
    renderPage([
      viewerMock(),
      myRentalUnitsMock(server),
      {
        request: { query: WITHDRAW_RENTAL_UNIT_MUTATION, variables: { input: { id: 'unit-1' } } },
        result: () => {
          server.units = [rentalUnit({ status: 'WITHDRAWN', operator: SOLIHA }), server.units[1]!];
          return { data: { withdrawRentalUnit: server.units[0] } };
        },
      },
    ]);
    const [takenOn, let_] = (await screen.findAllByTestId('rental-unit')) as [HTMLElement, HTMLElement];
    expect(within(takenOn).getByText('Pris en charge par Soliha Paris')).toBeTruthy();
    expect(within(takenOn).getByRole('link', { name: 'louezsolidaire@soliha.org' })).toBeTruthy();
    expect(within(let_).getByText('Loué')).toBeTruthy();
    expect(within(let_).queryByRole('button', { name: 'Retirer' })).toBeNull();

    await user.click(within(takenOn).getByRole('button', { name: 'Retirer' }));
    const confirm = within(takenOn).getByRole('group', { name: 'Retirer ce logement ?' });
    expect(confirm.textContent).toContain('Soliha Paris l');
    await user.click(within(confirm).getByRole('button', { name: 'Oui, retirer' }));

    expect(await within(takenOn).findByText('Le logement est retiré.')).toBeTruthy();
    await waitFor(() => expect(within(takenOn).getByText('Retiré')).toBeTruthy());
    expect(within(takenOn).queryByRole('button', { name: 'Retirer' })).toBeNull();
  });

  it('asks signed-out visitors to sign in to offer a home, and still explains the scheme', async () => {
    renderPage([viewerMock(null)]);

    expect(
      await screen.findByRole('link', { name: 'Se connecter pour proposer un logement' }),
    ).toHaveProperty('href', expect.stringContaining('/connexion?retour=%2Flouez-solidaire'));
    expect(screen.getByRole('heading', { name: 'Comment fonctionne Louez solidaire ?' })).toBeTruthy();
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('speaks English', async () => {
    renderPage([viewerMock(), myRentalUnitsMock(hostingServer({ units: [rentalUnit()] }))], 'en');

    expect(await screen.findByRole('button', { name: 'Offer this home' })).toBeTruthy();
    expect(
      await screen.findByRole('article', { name: '2 rooms · 42 m² · 11th arrondissement – Popincourt' }),
    ).toBeTruthy();
    expect(screen.getByText('Available')).toBeTruthy();
  });
});
