import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';

import { RESEND_VERIFICATION_EMAIL_MUTATION, REVOKE_SESSION_MUTATION } from '../graphql/identityOperations';
import { MARIE, SESSIONS, sessionsMock, viewerMock } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import type { RenderOptions } from '../../../testing/renderWithProviders';
import { AccountPage } from './AccountPage';

function renderAccount(options: RenderOptions) {
  return renderWithProviders(
    <Routes>
      <Route path="/compte" element={<AccountPage />} />
      <Route path="/connexion" element={<p>sign-in page</p>} />
    </Routes>,
    { route: '/compte', ...options },
  );
}

describe('AccountPage', () => {
  it('shows the name, the email address and whether it is verified', async () => {
    renderAccount({ mocks: [viewerMock(), sessionsMock()] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Mon compte' })).toBeTruthy();
    const profile = screen.getByRole('region', { name: 'Profil' });
    expect(within(profile).getByText('Marie Curie')).toBeTruthy();
    expect(within(profile).getByText('marie@example.org')).toBeTruthy();
    expect(within(profile).getByText('Adresse non vérifiée')).toBeTruthy();
  });

  it('lists the sessions, this device first, and offers to sign out the others', async () => {
    renderAccount({ mocks: [viewerMock(), sessionsMock()] });

    const list = await screen.findByRole('list', { name: 'Sessions actives' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);

    const [current, other] = items as [HTMLElement, HTMLElement];
    expect(within(current).getByText('Firefox sur Linux')).toBeTruthy();
    expect(within(current).getByText('Cet appareil')).toBeTruthy();
    expect(within(current).queryByRole('button')).toBeNull();
    const lastSeen = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' }).format(
      new Date('2026-11-27T10:00:00.000Z'),
    );
    expect(within(current).getByText(`Dernière activité : ${lastSeen}`)).toBeTruthy();
    expect(lastSeen).toMatch(/novembre 2026/);

    expect(within(other).getByText('Safari sur iOS')).toBeTruthy();
    expect(within(other).queryByText('Cet appareil')).toBeNull();
    expect(within(other).getByRole('button', { name: 'Déconnecter cette session' })).toBeTruthy();
  });

  it('formats the dates in English when the interface is in English', async () => {
    renderAccount({ mocks: [viewerMock(), sessionsMock()], language: 'en' });

    const list = await screen.findByRole('list', { name: 'Active sessions' });
    expect(within(list).getByText('This device')).toBeTruthy();
    expect(within(list).getAllByText(/^Last seen: .*November 2026/)).toHaveLength(2);
  });

  it('signs out another session and refreshes the list', async () => {
    const user = userEvent.setup();
    renderAccount({
      mocks: [
        viewerMock(),
        sessionsMock(),
        {
          request: { query: REVOKE_SESSION_MUTATION, variables: { input: { sessionId: 'session-other' } } },
          result: {
            data: {
              revokeSession: {
                __typename: 'RevokeSessionPayload',
                session: { __typename: 'Session', id: 'session-other' },
              },
            },
          },
        },
        sessionsMock(SESSIONS.filter((session) => session.current)),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Déconnecter cette session' }));

    expect(await screen.findByText('Firefox sur Linux')).toBeTruthy();
    await screen.findByRole('list', { name: 'Sessions actives' });
    await expect.poll(() => screen.queryByText('Safari sur iOS')).toBeNull();
    expect(
      within(screen.getByRole('list', { name: 'Sessions actives' })).getAllByRole('listitem'),
    ).toHaveLength(1);
  });

  it('resends the confirmation email while the address is not verified', async () => {
    const user = userEvent.setup();
    renderAccount({
      mocks: [
        viewerMock(),
        sessionsMock(),
        {
          request: { query: RESEND_VERIFICATION_EMAIL_MUTATION },
          result: {
            data: { resendVerificationEmail: { __typename: 'ResendVerificationEmailPayload', sent: true } },
          },
        },
      ],
    });

    await user.click(await screen.findByRole('button', { name: "Renvoyer l'e-mail de confirmation" }));

    const status = await screen.findByText(
      'Un nouvel e-mail de confirmation vous a été envoyé. Le lien est valable 7 jours.',
    );
    expect(status.closest('[role="status"]')).toBeTruthy();
  });

  it('offers no confirmation email once the address is verified', async () => {
    renderAccount({ mocks: [viewerMock({ ...MARIE, emailVerified: true }), sessionsMock()] });

    const profile = await screen.findByRole('region', { name: 'Profil' });
    expect(within(profile).getByText('Adresse vérifiée')).toBeTruthy();
    expect(screen.queryByRole('button', { name: "Renvoyer l'e-mail de confirmation" })).toBeNull();
  });

  it('sends signed-out visitors to the sign-in page', async () => {
    renderAccount({ mocks: [viewerMock(null)] });

    expect(await screen.findByText('sign-in page')).toBeTruthy();
  });
});
