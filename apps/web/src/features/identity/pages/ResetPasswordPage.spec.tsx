import type { MockLink } from '@apollo/client/testing';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router';
import { vi } from 'vitest';

import { MARIE } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import { RESET_PASSWORD_MUTATION } from '../graphql/identityOperations';
import { useViewer } from '../hooks/useViewer';
import { ResetPasswordPage } from './ResetPasswordPage';

const TOKEN = 'reset-token';
const PASSWORD = 'a brand new passphrase';
const INPUT = { token: TOKEN, password: PASSWORD };

/** The account page as far as these tests go: who the cache says is signed in. */
function AccountProbe() {
  const { viewer } = useViewer();
  return <p>{viewer ? `account page of ${viewer.displayName}` : 'account page'}</p>;
}

function renderReset(
  mocks: readonly MockLink.MockedResponse[] = [],
  route = `/nouveau-mot-de-passe?token=${TOKEN}`,
) {
  return renderWithProviders(
    <Routes>
      <Route path="/nouveau-mot-de-passe" element={<ResetPasswordPage />} />
      <Route path="/compte" element={<AccountProbe />} />
    </Routes>,
    { route, mocks },
  );
}

async function submit(password: string) {
  const user = userEvent.setup();
  if (password) await user.type(screen.getByLabelText(/^Nouveau mot de passe/), password);
  await user.click(screen.getByRole('button', { name: 'Enregistrer le mot de passe' }));
}

function resetFails(message: string): MockLink.MockedResponse {
  return {
    request: { query: RESET_PASSWORD_MUTATION, variables: { input: INPUT } },
    result: {
      errors: [
        new GraphQLError(message, { path: ['resetPassword'], extensions: { code: 'BAD_USER_INPUT' } }),
      ],
    },
  };
}

describe('ResetPasswordPage', () => {
  it('refuses a short password without calling the API', async () => {
    const called = vi.fn();
    renderReset([
      {
        request: { query: RESET_PASSWORD_MUTATION, variables: () => true },
        result: () => {
          called();
          return { data: { resetPassword: { __typename: 'ResetPasswordPayload', viewer: MARIE } } };
        },
      },
    ]);

    await submit('elevenchars');

    const input = screen.getByLabelText(/^Nouveau mot de passe/);
    expect(screen.getByText('Le mot de passe doit comporter au moins 12 caractères.')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(input);
    expect(called).not.toHaveBeenCalled();
  });

  it('signs in with the new password and goes to the account page', async () => {
    renderReset([
      {
        request: { query: RESET_PASSWORD_MUTATION, variables: { input: INPUT } },
        result: { data: { resetPassword: { __typename: 'ResetPasswordPayload', viewer: MARIE } } },
      },
    ]);

    await submit(PASSWORD);

    expect(await screen.findByText('account page of Marie Curie')).toBeTruthy();
  });

  it('shows a password the API finds too common on the field', async () => {
    renderReset([resetFails('This password is too common: choose one that is harder to guess.')]);

    await submit(PASSWORD);

    expect(
      await screen.findByText(
        'Ce mot de passe est trop courant : choisissez-en un plus difficile à deviner.',
      ),
    ).toBeTruthy();
    expect(screen.getByLabelText(/^Nouveau mot de passe/).getAttribute('aria-invalid')).toBe('true');
  });

  it('says when the link cannot be used any more and offers to ask for a new one', async () => {
    renderReset([resetFails('This link has expired or has already been used: please ask for a new one.')]);

    await submit(PASSWORD);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Ce lien a expiré ou a déjà été utilisé : demandez-en un nouveau.');
    expect(screen.getByRole('link', { name: 'Demander un nouveau lien' }).getAttribute('href')).toBe(
      '/mot-de-passe-oublie',
    );
    expect(screen.queryByRole('button', { name: 'Enregistrer le mot de passe' })).toBeNull();
    expect(screen.queryByText(/account page/)).toBeNull();
  });

  it('says a link without a token is incomplete', () => {
    renderReset([], '/nouveau-mot-de-passe');

    expect(screen.getByRole('alert').textContent).toContain('Ce lien est incomplet.');
    expect(screen.getByRole('link', { name: 'Demander un nouveau lien' })).toBeTruthy();
  });
});
