import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';

import type { OperatorRentalUnitFieldsFragment } from '../../../gql/graphql';
import { viewerMock } from '../../../testing/fixtures';
import { renderWithProviders, type RenderOptions } from '../../../testing/renderWithProviders';
import { apiError } from '../../items/testing/itemsFixtures';
import { ORGANISATION_MEMBERS_QUERY } from '../../organisations/graphql/organisationOperations';
import { OrganisationPage } from '../../organisations/pages/OrganisationPage';
import {
  OPERATOR_DECLINE_RENTAL_UNIT_MUTATION,
  OPERATOR_MARK_RENTAL_UNIT_LET_MUTATION,
  OPERATOR_TAKE_ON_RENTAL_UNIT_MUTATION,
} from '../graphql/hostingPartnersOperations';
import { HABITAT, member, OWNER, rentalUnit, rentalUnitsMock } from '../testing/hostingPartnersFixtures';
import { HousingOperatorPage } from './HousingOperatorPage';

const OPERATOR = { __typename: 'OrganisationContact' as const, id: HABITAT.id, name: HABITAT.name };

function renderPage(mocks: RenderOptions['mocks'], route = '/organisations/org-op/louez-solidaire') {
  return renderWithProviders(
    <Routes>
      <Route path="/organisations/:id" element={<OrganisationPage />} />
      <Route path="/organisations/:id/louez-solidaire" element={<HousingOperatorPage />} />
    </Routes>,
    { route, mocks },
  );
}

const INPUT = { organisationId: 'org-op', unitId: 'unit-1' };

describe('HousingOperatorPage', () => {
  it('takes an available home on, shows its owner, then marks it as let', async () => {
    const user = userEvent.setup();
    const server: { units: OperatorRentalUnitFieldsFragment[] } = {
      units: [
        rentalUnit(),
        rentalUnit({
          id: 'unit-2',
          status: 'TAKEN_ON',
          address: '8 rue de Flandre, 75019 Paris',
          districtCode: '75019',
          surfaceM2: 45,
          rooms: 3,
          operator: { __typename: 'OrganisationContact', id: 'org-other', name: 'Toit Partagé' },
        }),
      ],
    };
    const takenOn = rentalUnit({ status: 'TAKEN_ON', operator: OPERATOR, owner: OWNER });
    renderPage([
      viewerMock(member(HABITAT)),
      rentalUnitsMock(server),
      {
        request: { query: OPERATOR_TAKE_ON_RENTAL_UNIT_MUTATION, variables: { input: INPUT } },
        result: () => {
          server.units = [takenOn, server.units[1]!];
          return { data: { takeOnRentalUnit: takenOn } };
        },
      },
      {
        request: { query: OPERATOR_MARK_RENTAL_UNIT_LET_MUTATION, variables: { input: INPUT } },
        result: () => {
          const let_ = { ...takenOn, status: 'LET' as const };
          server.units = [let_, server.units[1]!];
          return { data: { markRentalUnitLet: let_ } };
        },
      },
    ]);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Louez solidaire – Habitat Solidaire' }),
    ).toBeTruthy();
    const available = await screen.findByRole('region', { name: 'Disponibles' });
    const card = within(available).getByRole('article', {
      name: '32 m² – 18e arrondissement – Buttes-Montmartre',
    });
    expect(within(card).getByTestId('unit-status').textContent).toBe('Disponible');
    expect(within(card).getByTestId('unit-address').textContent).toContain('5 rue Championnet, 75018 Paris');
    expect(within(card).getByTestId('unit-size').textContent).toContain('32 m², 2 pièces');
    expect(within(card).getByText('1 janvier 2099')).toBeTruthy();
    expect(within(card).getByText('Deuxième étage, lumineux')).toBeTruthy();
    expect(within(card).queryByTestId('unit-owner')).toBeNull();
    // Taken on by another operator: listed, without its owner, and nothing to do.
    const other = within(screen.getByRole('region', { name: 'Autres logements' })).getByRole('article');
    expect(within(other).getByText('Toit Partagé')).toBeTruthy();
    expect(within(other).queryByRole('button')).toBeNull();
    expect(screen.getByText("Vous n'avez pris aucun logement en charge.")).toBeTruthy();

    await user.click(within(card).getByRole('button', { name: 'Prendre en charge' }));

    expect(
      await screen.findByText(
        'Logement pris en charge : 5 rue Championnet, 75018 Paris. Les coordonnées du propriétaire sont affichées.',
      ),
    ).toBeTruthy();
    const ours = within(screen.getByRole('region', { name: 'Pris en charge par nous' })).getByRole('article');
    expect(within(ours).getByTestId('unit-status').textContent).toBe('Pris en charge par nous');
    expect(within(ours).getByTestId('unit-owner').textContent).toContain('Anne Martin – anne@example.org');
    expect(screen.getByText('Aucun logement disponible dans vos arrondissements.')).toBeTruthy();

    await user.click(within(ours).getByRole('button', { name: 'Marquer comme loué' }));

    expect(
      await screen.findByText('Logement marqué comme loué : 5 rue Championnet, 75018 Paris'),
    ).toBeTruthy();
    expect(within(ours).getByTestId('unit-status').textContent).toBe('Loué');
    expect(within(ours).queryByRole('button')).toBeNull();
  });

  it('declines a home with a reason, and says when another operator was quicker', async () => {
    const user = userEvent.setup();
    const server = {
      units: [rentalUnit(), rentalUnit({ id: 'unit-3', address: '1 rue Riquet, 75019 Paris' })],
    };
    renderPage([
      viewerMock(member(HABITAT)),
      rentalUnitsMock(server),
      {
        request: {
          query: OPERATOR_DECLINE_RENTAL_UNIT_MUTATION,
          variables: { input: { ...INPUT, reason: 'Travaux nécessaires' } },
        },
        result: () => {
          server.units = [server.units[1]!];
          return { data: { declineRentalUnit: rentalUnit() } };
        },
      },
      {
        request: {
          query: OPERATOR_TAKE_ON_RENTAL_UNIT_MUTATION,
          variables: { input: { organisationId: 'org-op', unitId: 'unit-3' } },
        },
        result: apiError('takeOnRentalUnit', 'This home has already been taken on.', 'CONFLICT'),
      },
    ]);
    const [first, second] = await screen.findAllByTestId('rental-unit');

    await user.click(within(first!).getByRole('button', { name: 'Décliner' }));
    const form = within(first!).getByRole('form', {
      name: 'Décliner le logement 5 rue Championnet, 75018 Paris',
    });
    await user.type(within(form).getByRole('textbox', { name: /^Motif/ }), 'Travaux nécessaires');
    await user.click(within(form).getByRole('button', { name: 'Confirmer' }));

    expect(await screen.findByText('Logement décliné : 5 rue Championnet, 75018 Paris')).toBeTruthy();
    expect(await screen.findAllByTestId('rental-unit')).toHaveLength(1);

    await user.click(within(second!).getByRole('button', { name: 'Prendre en charge' }));

    expect(
      (await screen.findByText('Un autre opérateur a déjà pris ce logement en charge.')).closest(
        '[role="alert"]',
      ),
    ).toBeTruthy();
  });

  it('is linked from the page of a housing operator', async () => {
    const user = userEvent.setup();
    renderPage(
      [
        viewerMock(member(HABITAT)),
        rentalUnitsMock({ units: [] }),
        {
          request: { query: ORGANISATION_MEMBERS_QUERY, variables: { organisationId: 'org-op' } },
          result: { data: { organisationMembers: [] } },
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
      ],
      '/organisations/org-op',
    );

    expect(screen.queryByRole('link', { name: "Gérer l'hébergement" })).toBeNull();
    await user.click(await screen.findByRole('link', { name: 'Louez solidaire' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Louez solidaire – Habitat Solidaire' }),
    ).toBeTruthy();
    expect(await screen.findByText('Aucun logement disponible dans vos arrondissements.')).toBeTruthy();
  });

  it('is for housing operators: an association is told so', async () => {
    renderPage([viewerMock(member())], '/organisations/org-1/louez-solidaire');

    expect(
      await screen.findByText(
        "Louez solidaire est réservé aux opérateurs de logement agréés : cette organisation n'en est pas un.",
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('article')).toBeNull();
  });
});
