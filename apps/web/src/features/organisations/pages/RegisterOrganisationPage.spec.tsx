import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router';

import { viewerMock } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import type { RenderOptions } from '../../../testing/renderWithProviders';
import { REGISTER_ORGANISATION_MUTATION } from '../graphql/organisationOperations';
import { RegisterOrganisationPage } from './RegisterOrganisationPage';

function renderRegister(mocks: RenderOptions['mocks'] = []) {
  return renderWithProviders(
    <Routes>
      <Route path="/organisations/nouvelle" element={<RegisterOrganisationPage />} />
      <Route path="/organisations/:id" element={<p>organisation page</p>} />
      <Route path="/connexion" element={<p>sign-in page</p>} />
    </Routes>,
    { route: '/organisations/nouvelle', mocks: [viewerMock(), ...mocks] },
  );
}

async function fill(values: {
  name: string;
  rna?: string;
  siret?: string;
  email: string;
  district?: string;
}) {
  const user = userEvent.setup();
  const form = await screen.findByRole('form', { name: 'Inscrire une organisation' });
  await user.type(within(form).getByRole('textbox', { name: /^Nom de l'organisation/ }), values.name);
  if (values.rna) await user.type(within(form).getByRole('textbox', { name: /^Numéro RNA/ }), values.rna);
  if (values.siret) await user.type(within(form).getByRole('textbox', { name: /^SIRET/ }), values.siret);
  if (values.district) {
    await user.click(within(form).getByRole('combobox', { name: /^Arrondissements desservis/ }));
    await user.click(await screen.findByRole('option', { name: values.district, hidden: true }));
  }
  await user.type(within(form).getByRole('textbox', { name: /^Adresse e-mail de contact/ }), values.email);
  await user.click(within(form).getByRole('button', { name: "Inscrire l'organisation" }));
  return form;
}

describe('RegisterOrganisationPage', () => {
  it('refuses a malformed RNA number and an invalid SIRET before calling the API', async () => {
    renderRegister();

    const form = await fill({
      name: 'Les Amis du 18e',
      rna: 'W12345',
      siret: '12345678901234',
      email: 'contact@amis18.org',
    });

    const rna = within(form).getByRole('textbox', { name: /^Numéro RNA/ });
    expect(
      within(form).getByText('Un numéro RNA est la lettre W suivie de 9 chiffres, par exemple W751234567.'),
    ).toBeTruthy();
    expect(rna.getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByText("Ce SIRET n'est pas valide : vérifiez ses 14 chiffres.")).toBeTruthy();
    expect(within(form).getByText('Choisissez au moins un arrondissement desservi.')).toBeTruthy();
    expect(document.activeElement).toBe(rna);
    expect(screen.queryByText('organisation page')).toBeNull();
  });

  it('asks for an RNA number or a SIRET', async () => {
    renderRegister();

    const form = await fill({ name: 'Les Amis du 18e', email: 'contact@amis18.org' });

    expect(within(form).getByText('Indiquez un numéro RNA ou un SIRET.')).toBeTruthy();
  });

  it('says when an organisation with this number is already registered', async () => {
    renderRegister([
      {
        request: {
          query: REGISTER_ORGANISATION_MUTATION,
          variables: {
            input: {
              kind: 'ASSOCIATION',
              name: 'Les Amis du 18e',
              rna: 'W751234567',
              siret: '35600000000048',
              districtCodes: ['75018'],
              contactEmail: 'contact@amis18.org',
            },
          },
        },
        result: {
          errors: [
            new GraphQLError('An organisation with this RNA number or SIRET is already registered.', {
              path: ['registerOrganisation'],
              extensions: { code: 'CONFLICT' },
            }),
          ],
        },
      },
    ]);

    const form = await fill({
      name: 'Les Amis du 18e',
      rna: 'w75 123 4567',
      siret: '356 000 000 00048',
      email: 'contact@amis18.org',
      district: '18e arrondissement – Buttes-Montmartre',
    });

    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toContain('Une organisation avec ce numéro RNA ou ce SIRET est déjà inscrite.');
    expect(screen.queryByText('organisation page')).toBeNull();
  });

  it('sends signed-out visitors to sign in, then back here', async () => {
    renderWithProviders(
      <Routes>
        <Route path="/organisations/nouvelle" element={<RegisterOrganisationPage />} />
        <Route path="/connexion" element={<p>sign-in page</p>} />
      </Routes>,
      { route: '/organisations/nouvelle', mocks: [viewerMock(null)] },
    );

    expect(await screen.findByText('sign-in page')).toBeTruthy();
  });
});
