import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';

import { GraphQLError } from 'graphql';

import {
  DELETE_MY_ACCOUNT_MUTATION,
  EXPORT_MY_DATA_MUTATION,
  RESEND_VERIFICATION_EMAIL_MUTATION,
  REVOKE_SESSION_MUTATION,
} from '../graphql/identityOperations';
import { useViewer } from '../hooks/useViewer';
import { MARIE, SESSIONS, sessionsMock, viewerMock } from '../../../testing/fixtures';
import { blobText, type CapturedDownload, captureDownloads } from '../../../testing/downloads';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import type { RenderOptions } from '../../../testing/renderWithProviders';
import type { MockLink } from '@apollo/client/testing';
import { AccountPage } from './AccountPage';

const PASSWORD = 'correct horse battery staple';

function HomeProbe() {
  const { viewer } = useViewer();
  const { state } = useLocation() as { state: { accountDeleted?: boolean } | null };
  return (
    <p>
      home page, {viewer === null ? 'signed out' : 'signed in'}
      {state?.accountDeleted ? ', account deleted' : ''}
    </p>
  );
}

function renderAccount(options: RenderOptions) {
  return renderWithProviders(
    <Routes>
      <Route path="/compte" element={<AccountPage />} />
      <Route path="/connexion" element={<p>sign-in page</p>} />
      <Route path="/" element={<HomeProbe />} />
    </Routes>,
    { route: '/compte', ...options },
  );
}

describe('AccountPage', () => {
  it('shows the name, the email address and whether it is verified', async () => {
    renderAccount({ mocks: [viewerMock(), sessionsMock()] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Mon compte' })).toBeTruthy();
    // The heading may come before the viewer's data: wait for the profile itself.
    const profile = await screen.findByRole('region', { name: 'Profil' });
    expect(await within(profile).findByText('Marie Curie')).toBeTruthy();
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

  describe('your data', () => {
    const EXPORT_JSON = JSON.stringify({ user: { email: 'marie@example.org' } });

    function deleteMock(
      password: string,
      result: MockLink.MockedResponse['result'],
    ): MockLink.MockedResponse {
      return { request: { query: DELETE_MY_ACCOUNT_MUTATION, variables: { input: { password } } }, result };
    }

    async function openDeletion(user: ReturnType<typeof userEvent.setup>) {
      await user.click(await screen.findByRole('button', { name: 'Supprimer mon compte' }));
      return screen.getByRole('form', { name: 'Supprimer votre compte ?' });
    }

    afterEach(() => {
      vi.restoreAllMocks();
    });

    it('downloads the export as entraide-mes-donnees.json', async () => {
      const user = userEvent.setup();
      const downloads = captureDownloads();
      renderAccount({
        mocks: [
          viewerMock(),
          sessionsMock(),
          {
            request: { query: EXPORT_MY_DATA_MUTATION },
            result: {
              data: {
                exportMyData: {
                  __typename: 'ExportMyDataPayload',
                  json: EXPORT_JSON,
                  generatedAt: '2026-11-27T10:00:00.000Z',
                },
              },
            },
          },
        ],
      });

      const region = await screen.findByRole('region', { name: 'Vos données' });
      await user.click(within(region).getByRole('button', { name: 'Télécharger mes données' }));

      expect(
        await screen.findByText('Vos données ont été téléchargées (fichier entraide-mes-donnees.json).'),
      ).toBeTruthy();
      expect(downloads.map((download) => download.filename)).toEqual(['entraide-mes-donnees.json']);
      const [{ blob }] = downloads as [CapturedDownload];
      expect(blob.type).toBe('application/json');
      expect(await blobText(blob)).toBe(EXPORT_JSON);
    });

    it('refuses a wrong password and stays on the account page', async () => {
      const user = userEvent.setup();
      renderAccount({
        mocks: [
          viewerMock(),
          sessionsMock(),
          deleteMock('wrong password', {
            errors: [
              new GraphQLError('The email address or the password is not right.', {
                extensions: { code: 'UNAUTHENTICATED' },
              }),
            ],
          }),
        ],
      });

      const form = await openDeletion(user);
      const password = within(form).getByLabelText(/Mot de passe/, { selector: 'input' });
      await user.type(password, 'wrong password');
      await user.click(within(form).getByRole('button', { name: 'Supprimer définitivement mon compte' }));

      expect(await within(form).findByText("Ce mot de passe n'est pas le bon.")).toBeTruthy();
      expect(password.getAttribute('aria-invalid')).toBe('true');
      expect(screen.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeTruthy();
    });

    it('explains that the only admin of an organisation must name another admin first', async () => {
      const user = userEvent.setup();
      const message = 'You are the only admin of Les Restos: name another admin first.';
      renderAccount({
        mocks: [
          viewerMock(),
          sessionsMock(),
          deleteMock(PASSWORD, { errors: [new GraphQLError(message, { extensions: { code: 'CONFLICT' } })] }),
        ],
      });

      const form = await openDeletion(user);
      await user.type(within(form).getByLabelText(/Mot de passe/, { selector: 'input' }), PASSWORD);
      await user.click(within(form).getByRole('button', { name: 'Supprimer définitivement mon compte' }));

      const alert = await within(form).findByRole('alert');
      expect(alert.textContent).toContain(
        "Votre compte ne peut pas encore être supprimé : une organisation a besoin d'au moins un administrateur.",
      );
      expect(alert.textContent).toContain(message);
    });

    it('deletes the account, signs out and goes home with the news', async () => {
      const user = userEvent.setup();
      renderAccount({
        mocks: [
          viewerMock(),
          sessionsMock(),
          deleteMock(PASSWORD, {
            data: { deleteMyAccount: { __typename: 'DeleteMyAccountPayload', deleted: true } },
          }),
        ],
      });

      const form = await openDeletion(user);
      expect(form.textContent).toContain('rend anonymes vos données personnelles');
      await user.type(within(form).getByLabelText(/Mot de passe/, { selector: 'input' }), PASSWORD);
      await user.click(within(form).getByRole('button', { name: 'Supprimer définitivement mon compte' }));

      expect(await screen.findByText('home page, signed out, account deleted')).toBeTruthy();
    });
  });
});
