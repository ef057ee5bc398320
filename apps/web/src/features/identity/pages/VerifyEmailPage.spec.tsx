import type { MockLink } from '@apollo/client/testing';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { StrictMode } from 'react';
import { Route, Routes } from 'react-router';
import { vi } from 'vitest';

import { MARIE, viewerMock } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import { RESEND_VERIFICATION_EMAIL_MUTATION, VERIFY_EMAIL_MUTATION } from '../graphql/identityOperations';
import { useViewer } from '../hooks/useViewer';
import { VerifyEmailPage } from './VerifyEmailPage';

const TOKEN = 'verification-token';

/** Shows what the rest of the app knows of the signed-in person. */
function ViewerProbe() {
  const { viewer } = useViewer();
  if (viewer === undefined) return null;
  return <p>{viewer ? `viewer verified: ${String(viewer.emailVerified)}` : 'nobody signed in'}</p>;
}

function verifySucceeds(called: () => void): MockLink.MockedResponse {
  return {
    request: { query: VERIFY_EMAIL_MUTATION, variables: { input: { token: TOKEN } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: () => {
      called();
      return {
        data: {
          verifyEmail: { __typename: 'VerifyEmailPayload', viewer: { ...MARIE, emailVerified: true } },
        },
      };
    },
  };
}

const VERIFY_FAILS: MockLink.MockedResponse = {
  request: { query: VERIFY_EMAIL_MUTATION, variables: { input: { token: TOKEN } } },
  result: {
    errors: [
      new GraphQLError('This link has expired or has already been used: please ask for a new one.', {
        path: ['verifyEmail'],
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    ],
  },
};

function renderVerify(
  mocks: readonly MockLink.MockedResponse[],
  { route = `/verifier-email?token=${TOKEN}` }: { route?: string } = {},
) {
  return renderWithProviders(
    // StrictMode runs effects twice, as in development: the link must still be used only once.
    <StrictMode>
      <Routes>
        <Route
          path="/verifier-email"
          element={
            <>
              <VerifyEmailPage />
              <ViewerProbe />
            </>
          }
        />
      </Routes>
    </StrictMode>,
    { route, mocks },
  );
}

describe('VerifyEmailPage', () => {
  it('confirms the address once, says so, and marks the signed-in viewer verified', async () => {
    const called = vi.fn();
    renderVerify([viewerMock(), verifySucceeds(called)]);

    expect(await screen.findByText('Votre adresse e-mail est confirmée.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: "Confirmation de l'adresse e-mail" })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Aller à mon compte' }).getAttribute('href')).toBe('/compte');
    expect(await screen.findByText('viewer verified: true')).toBeTruthy();
    expect(called).toHaveBeenCalledTimes(1);
  });

  it('does not sign anybody in when the link is opened signed out', async () => {
    renderVerify([viewerMock(null), verifySucceeds(vi.fn())]);

    expect(await screen.findByText('Votre adresse e-mail est confirmée.')).toBeTruthy();
    expect(screen.getByText('nobody signed in')).toBeTruthy();
  });

  it('says when the link cannot be used, and offers a new one to the signed-in person', async () => {
    const user = userEvent.setup();
    renderVerify([
      viewerMock(),
      VERIFY_FAILS,
      {
        request: { query: RESEND_VERIFICATION_EMAIL_MUTATION },
        result: {
          data: { resendVerificationEmail: { __typename: 'ResendVerificationEmailPayload', sent: true } },
        },
      },
    ]);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Ce lien a expiré ou a déjà été utilisé : demandez-en un nouveau.');
    expect(screen.queryByText('Votre adresse e-mail est confirmée.')).toBeNull();

    await user.click(await screen.findByRole('button', { name: "Renvoyer l'e-mail de confirmation" }));

    expect(
      await screen.findByText(
        'Un nouvel e-mail de confirmation vous a été envoyé. Le lien est valable 7 jours.',
      ),
    ).toBeTruthy();
  });

  it('asks signed-out visitors to sign in for a new link', async () => {
    renderVerify([viewerMock(null), VERIFY_FAILS]);

    expect(
      await screen.findByText('Ce lien a expiré ou a déjà été utilisé : demandez-en un nouveau.'),
    ).toBeTruthy();
    expect(await screen.findByText(/Connectez-vous pour recevoir un nouveau lien/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Se connecter' }).getAttribute('href')).toBe('/connexion');
    expect(screen.queryByRole('button', { name: "Renvoyer l'e-mail de confirmation" })).toBeNull();
  });

  it('does not call the API without a token', async () => {
    const called = vi.fn();
    renderVerify([viewerMock(null), verifySucceeds(called)], { route: '/verifier-email' });

    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Ce lien est incomplet.');
    expect(called).not.toHaveBeenCalled();
  });
});
