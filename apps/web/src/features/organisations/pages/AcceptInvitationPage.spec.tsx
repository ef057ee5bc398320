import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router';

import { MARIE, viewerMock } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import type { RenderOptions } from '../../../testing/renderWithProviders';
import { ACCEPT_INVITATION_MUTATION } from '../graphql/organisationOperations';
import { AcceptInvitationPage } from './AcceptInvitationPage';

function renderInvitation(mocks: RenderOptions['mocks'], route = '/invitation?token=abc123') {
  return renderWithProviders(
    <Routes>
      <Route path="/invitation" element={<AcceptInvitationPage />} />
      <Route path="/organisations/:id" element={<p>organisation page</p>} />
    </Routes>,
    { route, mocks },
  );
}

function acceptFails(message: string, code: string): NonNullable<RenderOptions['mocks']>[number] {
  return {
    request: { query: ACCEPT_INVITATION_MUTATION, variables: { input: { token: 'abc123' } } },
    result: { errors: [new GraphQLError(message, { path: ['acceptInvitation'], extensions: { code } })] },
  };
}

describe('AcceptInvitationPage', () => {
  it('asks signed-out visitors to sign in or sign up, coming back to the invitation', async () => {
    renderInvitation([viewerMock(null)]);

    expect(await screen.findByText(/connectez-vous avec l'adresse e-mail qui l'a reçue/)).toBeTruthy();
    const back = encodeURIComponent('/invitation?token=abc123');
    expect(screen.getByRole('link', { name: 'Se connecter' }).getAttribute('href')).toBe(
      `/connexion?retour=${back}`,
    );
    expect(screen.getByRole('link', { name: 'Créer un compte' }).getAttribute('href')).toBe(
      `/inscription?retour=${back}`,
    );
    expect(screen.queryByRole('button', { name: "Accepter l'invitation" })).toBeNull();
  });

  it('names the invited address when signed in with another one', async () => {
    const user = userEvent.setup();
    renderInvitation([
      viewerMock(),
      acceptFails(
        'This invitation was sent to lea@example.org: sign in with that address to accept it.',
        'FORBIDDEN',
      ),
    ]);

    expect(await screen.findByText(`Vous êtes connecté avec l'adresse ${MARIE.email}.`)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: "Accepter l'invitation" }));

    expect((await screen.findByRole('alert')).textContent).toContain(
      "Cette invitation a été envoyée à lea@example.org : connectez-vous avec cette adresse pour l'accepter.",
    );
    expect(screen.queryByText('organisation page')).toBeNull();
  });

  it('says when the invitation has expired or was used', async () => {
    const user = userEvent.setup();
    renderInvitation([
      viewerMock(),
      acceptFails(
        'This invitation has expired or has already been used: ask for a new one.',
        'BAD_USER_INPUT',
      ),
    ]);

    await user.click(await screen.findByRole('button', { name: "Accepter l'invitation" }));

    expect((await screen.findByRole('alert')).textContent).toContain(
      'Cette invitation a expiré ou a déjà été utilisée : demandez-en une nouvelle.',
    );
  });

  it('says the link is incomplete without a token', async () => {
    renderInvitation([viewerMock()], '/invitation');

    expect((await screen.findByRole('alert')).textContent).toContain('Ce lien est incomplet.');
  });
});
