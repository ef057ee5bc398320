import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';

import { viewerMock } from '../../../testing/fixtures';
import { renderWithProviders, type RenderOptions } from '../../../testing/renderWithProviders';
import { ORGANISATION_MEMBERS_QUERY } from '../../organisations/graphql/organisationOperations';
import { OrganisationPage } from '../../organisations/pages/OrganisationPage';
import { UPDATE_ORGANISATION_PROFILE_MUTATION } from '../graphql/partnerOperations';
import { always, AMIS, apiError, organisationProfilesMock, partner } from '../testing/partnerFixtures';

const DESCRIPTION = 'Vestiaire solidaire et cours de français.';

function renderOrganisation(mocks: RenderOptions['mocks']) {
  return renderWithProviders(
    <Routes>
      <Route path="/organisations/:id" element={<OrganisationPage />} />
    </Routes>,
    {
      route: '/organisations/org-1',
      mocks: [
        ...(mocks ?? []),
        always({
          request: { query: ORGANISATION_MEMBERS_QUERY, variables: { organisationId: 'org-1' } },
          result: { data: { organisationMembers: [] } },
        }),
      ],
    },
  );
}

function updateMock(input: Record<string, unknown>, saved: unknown[]) {
  return {
    request: { query: UPDATE_ORGANISATION_PROFILE_MUTATION, variables: { input } },
    result: (variables: unknown) => {
      saved.push(variables);
      return {
        data: {
          updateOrganisationProfile: {
            __typename: 'Organisation' as const,
            id: 'org-1',
            description: input['description'] || null,
            contactEmail: input['contactEmail'],
            contactPhone: input['contactPhone'] ?? null,
          },
        },
      };
    },
  };
}

describe('OrganisationProfileForm', () => {
  it("lets an admin change the organisation's directory profile", async () => {
    const user = userEvent.setup();
    const admin = partner('ADMIN');
    const saved: unknown[] = [];
    const input = {
      organisationId: 'org-1',
      description: 'Vestiaire solidaire, cours de français et permanences juridiques.',
      contactEmail: 'bonjour@amis18.fr',
      contactPhone: null,
    };
    renderOrganisation([
      viewerMock(admin),
      organisationProfilesMock(admin, DESCRIPTION),
      updateMock(input, saved),
    ]);

    const form = await screen.findByRole('form', { name: "Profil dans l'annuaire" });
    const description = within(form).getByRole('textbox', { name: 'Description' });
    expect(description).toHaveProperty('value', DESCRIPTION);
    const email = within(form).getByRole('textbox', { name: 'Adresse e-mail de contact' });
    expect(email).toHaveProperty('value', 'contact@amis18.fr');
    const phone = within(form).getByRole('textbox', { name: 'Téléphone de contact' });
    expect(phone).toHaveProperty('value', '01 42 00 00 00');

    await user.clear(description);
    await user.click(description);
    await user.paste(input.description);
    await user.clear(email);
    await user.type(email, ' bonjour@amis18.fr ');
    await user.clear(phone);
    await user.click(within(form).getByRole('button', { name: 'Enregistrer le profil' }));

    expect((await within(form).findByRole('status')).textContent).toBe(
      "Profil de l'organisation enregistré.",
    );
    expect(saved).toEqual([{ input }]);
    // The organisation's details follow the saved contact.
    expect(screen.getByRole('region', { name: 'Informations' }).textContent).toContain('bonjour@amis18.fr');
  });

  it('checks the contact address before saving, and shows the API message on the phone field', async () => {
    const user = userEvent.setup();
    const admin = partner('ADMIN');
    renderOrganisation([
      viewerMock(admin),
      organisationProfilesMock(admin, null),
      {
        request: {
          query: UPDATE_ORGANISATION_PROFILE_MUTATION,
          variables: {
            input: {
              organisationId: 'org-1',
              description: '',
              contactEmail: 'contact@amis18.fr',
              contactPhone: '01 42 00 00 00 00 00 00',
            },
          },
        },
        result: apiError(
          'updateOrganisationProfile',
          'The contact phone number is not valid.',
          'BAD_USER_INPUT',
        ),
      },
    ]);

    const form = await screen.findByRole('form', { name: "Profil dans l'annuaire" });
    expect(within(form).getByRole('textbox', { name: 'Description' })).toHaveProperty('value', '');
    const email = within(form).getByRole('textbox', { name: 'Adresse e-mail de contact' });
    await user.clear(email);
    await user.type(email, 'pas-une-adresse');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer le profil' }));

    expect(
      within(form).getByText(
        'Saisissez une adresse e-mail de contact valide, par exemple contact@exemple.fr.',
      ),
    ).toBeTruthy();
    expect(document.activeElement).toBe(email);

    await user.clear(email);
    await user.type(email, 'contact@amis18.fr');
    await user.type(within(form).getByRole('textbox', { name: 'Téléphone de contact' }), ' 00 00 00');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer le profil' }));

    expect(await within(form).findByText("Ce numéro de téléphone n'est pas valide.")).toBeTruthy();
    expect(
      within(form).getByRole('textbox', { name: 'Téléphone de contact' }).getAttribute('aria-invalid'),
    ).toBe('true');
    expect(within(form).queryByRole('status')).toBeNull();
  });

  it('shows the description to members who are not admins, without the form', async () => {
    const member = partner('MEMBER');
    renderOrganisation([viewerMock(member), organisationProfilesMock(member, DESCRIPTION)]);

    const section = await screen.findByRole('region', { name: "Profil dans l'annuaire" });
    expect((await within(section).findByTestId('directory-description')).textContent).toBe(DESCRIPTION);
    expect(within(section).queryByRole('form')).toBeNull();
    expect(within(section).queryByRole('button', { name: 'Enregistrer le profil' })).toBeNull();
  });

  it('says that only verified organisations are listed', async () => {
    const member = partner('MEMBER', { ...AMIS, status: 'PENDING' });
    renderOrganisation([viewerMock(member), organisationProfilesMock(member, null)]);

    const section = await screen.findByRole('region', { name: "Profil dans l'annuaire" });
    expect(
      within(section).getByText(
        "L'annuaire ne montre que les organisations vérifiées : votre profil y apparaîtra après la vérification.",
      ),
    ).toBeTruthy();
    expect((await within(section).findByTestId('directory-description')).textContent).toBe(
      'Pas encore de description.',
    );
  });
});
