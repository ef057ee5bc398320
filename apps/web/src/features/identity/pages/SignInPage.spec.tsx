import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router';

import { MARIE } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import type { RenderOptions } from '../../../testing/renderWithProviders';
import { SIGN_IN_MUTATION } from '../graphql/identityOperations';
import { SignInPage } from './SignInPage';

const INPUT = { email: 'marie@example.org', password: 'correct horse battery staple' };

function renderSignIn(mocks: RenderOptions['mocks'] = []) {
  return renderWithProviders(
    <Routes>
      <Route path="/connexion" element={<SignInPage />} />
      <Route path="/compte" element={<p>account page</p>} />
    </Routes>,
    { route: '/connexion', mocks },
  );
}

async function submit(values: { email: string; password: string }) {
  const user = userEvent.setup();
  if (values.email) await user.type(screen.getByLabelText(/^Adresse e-mail/), values.email);
  if (values.password) await user.type(screen.getByLabelText(/^Mot de passe/), values.password);
  await user.click(screen.getByRole('button', { name: 'Se connecter' }));
}

describe('SignInPage', () => {
  it('asks for both fields before calling the API', async () => {
    renderSignIn();

    await submit({ email: '', password: '' });

    expect(screen.getByText('Saisissez votre adresse e-mail.')).toBeTruthy();
    expect(screen.getByText('Saisissez votre mot de passe.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText(/^Adresse e-mail/));
  });

  it('says when the email address or the password is not right', async () => {
    renderSignIn([
      {
        request: { query: SIGN_IN_MUTATION, variables: { input: INPUT } },
        result: {
          errors: [
            new GraphQLError('The email address or the password is not right.', {
              extensions: { code: 'UNAUTHENTICATED' },
            }),
          ],
        },
      },
    ]);

    await submit(INPUT);

    const alert = await screen.findByText("L'adresse e-mail ou le mot de passe n'est pas le bon.");
    expect(alert.closest('[role="alert"]')).toBeTruthy();
    expect(screen.queryByText('account page')).toBeNull();
  });

  it.each([
    [600, 'Trop de tentatives. Réessayez dans 10 minutes.'],
    [59, 'Trop de tentatives. Réessayez dans 1 minute.'],
  ])('says to wait after too many attempts (%i s)', async (retryAfterSeconds, expected) => {
    renderSignIn([
      {
        request: { query: SIGN_IN_MUTATION, variables: { input: INPUT } },
        result: {
          errors: [
            new GraphQLError('Too many attempts. Please try again in 10 minutes.', {
              path: ['signIn'],
              extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds },
            }),
          ],
        },
      },
    ]);

    await submit(INPUT);

    const alert = await screen.findByText(expected);
    expect(alert.closest('[role="alert"]')).toBeTruthy();
    expect(screen.queryByText('account page')).toBeNull();
  });

  it('links to the forgotten-password page', () => {
    renderSignIn();

    expect(screen.getByRole('link', { name: 'Mot de passe oublié ?' }).getAttribute('href')).toBe(
      '/mot-de-passe-oublie',
    );
  });

  it('goes to the account page once signed in', async () => {
    renderSignIn([
      {
        request: { query: SIGN_IN_MUTATION, variables: { input: INPUT } },
        result: { data: { signIn: { __typename: 'SignInPayload', viewer: MARIE } } },
      },
    ]);

    await submit(INPUT);

    expect(await screen.findByText('account page')).toBeTruthy();
  });
});
