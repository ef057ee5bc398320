import type { MockLink } from '@apollo/client/testing';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router';
import { vi } from 'vitest';

import { MARIE } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import { SIGN_UP_MUTATION } from '../graphql/identityOperations';
import { SignUpPage } from './SignUpPage';

const INPUT = {
  displayName: 'Marie Curie',
  email: 'marie@example.org',
  password: 'correct horse battery staple',
};

/** A sign-up the API would accept, recording each time it is called. */
function signUpSucceeds(called: () => void): MockLink.MockedResponse {
  return {
    request: { query: SIGN_UP_MUTATION, variables: () => true },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: () => {
      called();
      return { data: { signUp: { __typename: 'SignUpPayload', viewer: MARIE } } };
    },
  };
}

function renderSignUp(mocks: readonly MockLink.MockedResponse[] = []) {
  return renderWithProviders(
    <Routes>
      <Route path="/inscription" element={<SignUpPage />} />
      <Route path="/compte" element={<p>account page</p>} />
    </Routes>,
    { route: '/inscription', mocks },
  );
}

async function fillForm(values: { displayName: string; email: string; password: string }) {
  const user = userEvent.setup();
  if (values.displayName) await user.type(screen.getByLabelText(/^Nom/), values.displayName);
  if (values.email) await user.type(screen.getByLabelText(/^Adresse e-mail/), values.email);
  if (values.password) await user.type(screen.getByLabelText(/^Mot de passe/), values.password);
  await user.click(screen.getByRole('button', { name: 'Créer mon compte' }));
}

function describedBy(input: HTMLElement): string {
  return (input.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('SignUpPage', () => {
  it('shows one h1 and labelled fields', () => {
    renderSignUp();

    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual([
      'Créer un compte',
    ]);
    expect(screen.getByRole('form', { name: 'Créer un compte' })).toBeTruthy();
    expect(screen.getByLabelText(/^Nom/)).toBeTruthy();
    expect(screen.getByLabelText(/^Adresse e-mail/).getAttribute('type')).toBe('email');
  });

  it('explains what is wrong, next to each field, without calling the API', async () => {
    const request = vi.fn();
    renderSignUp([signUpSucceeds(request)]);

    await fillForm({ displayName: '', email: 'not-an-email', password: 'tooshort' });

    const name = screen.getByLabelText(/^Nom/);
    const email = screen.getByLabelText(/^Adresse e-mail/);
    const password = screen.getByLabelText(/^Mot de passe/);
    expect(describedBy(name)).toContain('Saisissez le nom par lequel vous saluer.');
    expect(describedBy(email)).toContain('Saisissez une adresse e-mail valide');
    expect(describedBy(password)).toContain('Le mot de passe doit comporter au moins 12 caractères.');
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(name);
    expect(request).not.toHaveBeenCalled();
    expect(screen.queryByText('account page')).toBeNull();
  });

  it('refuses a short password even when the rest is right', async () => {
    const request = vi.fn();
    renderSignUp([signUpSucceeds(request)]);

    await fillForm({ ...INPUT, password: 'elevenchars' });

    expect(describedBy(screen.getByLabelText(/^Mot de passe/))).toContain(
      'Le mot de passe doit comporter au moins 12 caractères.',
    );
    expect(screen.getByLabelText(/^Nom/).getAttribute('aria-invalid')).not.toBe('true');
    expect(request).not.toHaveBeenCalled();
  });

  it('says when an account already uses the email address', async () => {
    renderSignUp([
      {
        request: { query: SIGN_UP_MUTATION, variables: { input: INPUT } },
        result: {
          errors: [
            new GraphQLError('An account already uses this email address. Sign in, or reset your password.', {
              path: ['signUp'],
              extensions: { code: 'CONFLICT' },
            }),
          ],
        },
      },
    ]);

    await fillForm(INPUT);

    expect(await screen.findByText('Un compte utilise déjà cette adresse e-mail.')).toBeTruthy();
    expect(describedBy(screen.getByLabelText(/^Adresse e-mail/))).toContain(
      'Un compte utilise déjà cette adresse e-mail.',
    );
    expect(screen.queryByText('account page')).toBeNull();
  });

  it('translates a recognised BAD_USER_INPUT, and shows an unknown one as it is', async () => {
    renderSignUp([
      {
        request: { query: SIGN_UP_MUTATION, variables: { input: INPUT } },
        result: {
          errors: [
            new GraphQLError('This password is too common: choose one that is harder to guess.', {
              extensions: { code: 'BAD_USER_INPUT' },
            }),
          ],
        },
      },
      {
        request: { query: SIGN_UP_MUTATION, variables: { input: INPUT } },
        result: {
          errors: [new GraphQLError('Something new is wrong.', { extensions: { code: 'BAD_USER_INPUT' } })],
        },
      },
    ]);

    await fillForm(INPUT);
    expect(
      await screen.findByText(
        'Ce mot de passe est trop courant : choisissez-en un plus difficile à deviner.',
      ),
    ).toBeTruthy();
    expect(describedBy(screen.getByLabelText(/^Mot de passe/))).toContain('Ce mot de passe est trop courant');

    await userEvent.setup().click(screen.getByRole('button', { name: 'Créer mon compte' }));
    const alert = await screen.findByText('Veuillez vérifier le formulaire.');
    expect(alert.closest('[role="alert"]')?.textContent).toContain('Something new is wrong.');
  });

  it('goes to the account page once signed up', async () => {
    renderSignUp([
      {
        request: { query: SIGN_UP_MUTATION, variables: { input: INPUT } },
        result: { data: { signUp: { __typename: 'SignUpPayload', viewer: MARIE } } },
      },
    ]);

    await fillForm(INPUT);

    expect(await screen.findByText('account page')).toBeTruthy();
  });
});
