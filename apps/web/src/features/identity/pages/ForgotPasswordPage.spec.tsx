import type { MockLink } from '@apollo/client/testing';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router';
import { vi } from 'vitest';

import { renderWithProviders } from '../../../testing/renderWithProviders';
import { REQUEST_PASSWORD_RESET_MUTATION } from '../graphql/identityOperations';
import { ForgotPasswordPage } from './ForgotPasswordPage';

const EMAIL = 'marie@example.org';
const SENT = 'Si un compte utilise cette adresse, nous lui avons envoyé un lien (valable 1 heure).';

function renderForgot(mocks: readonly MockLink.MockedResponse[] = []) {
  return renderWithProviders(
    <Routes>
      <Route path="/mot-de-passe-oublie" element={<ForgotPasswordPage />} />
    </Routes>,
    { route: '/mot-de-passe-oublie', mocks },
  );
}

async function submit(email: string) {
  const user = userEvent.setup();
  if (email) await user.type(screen.getByLabelText(/^Adresse e-mail/), email);
  await user.click(screen.getByRole('button', { name: 'Recevoir un lien' }));
}

describe('ForgotPasswordPage', () => {
  it('checks the address before calling the API', async () => {
    const called = vi.fn();
    renderForgot([
      {
        request: { query: REQUEST_PASSWORD_RESET_MUTATION, variables: () => true },
        result: () => {
          called();
          return {
            data: { requestPasswordReset: { __typename: 'RequestPasswordResetPayload', accepted: true } },
          };
        },
      },
    ]);

    await submit('not-an-address');

    expect(screen.getByText('Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText(/^Adresse e-mail/));
    expect(called).not.toHaveBeenCalled();
  });

  it('always says a link was sent if an account uses the address', async () => {
    renderForgot([
      {
        request: { query: REQUEST_PASSWORD_RESET_MUTATION, variables: { input: { email: EMAIL } } },
        result: {
          data: { requestPasswordReset: { __typename: 'RequestPasswordResetPayload', accepted: true } },
        },
      },
    ]);

    await submit(` ${EMAIL} `);

    expect(await screen.findByText(SENT)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Recevoir un lien' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Retour à la connexion' }).getAttribute('href')).toBe(
      '/connexion',
    );
  });

  it('says how long to wait after too many requests', async () => {
    renderForgot([
      {
        request: { query: REQUEST_PASSWORD_RESET_MUTATION, variables: { input: { email: EMAIL } } },
        result: {
          errors: [
            new GraphQLError('Too many attempts. Please try again in 2 minutes.', {
              path: ['requestPasswordReset'],
              extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 61 },
            }),
          ],
        },
      },
    ]);

    await submit(EMAIL);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Trop de tentatives. Réessayez dans 2 minutes.');
    expect(screen.queryByText(SENT)).toBeNull();
  });
});
