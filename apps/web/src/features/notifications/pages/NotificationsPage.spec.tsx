import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';

import { viewerMock } from '../../../testing/fixtures';
import { renderWithProviders, type RenderOptions } from '../../../testing/renderWithProviders';
import {
  MARK_NOTIFICATIONS_READ_MUTATION,
  UPDATE_NOTIFICATION_PREFERENCES_MUTATION,
} from '../graphql/notificationOperations';
import {
  ANNOUNCEMENT,
  DONATION,
  NEED_COVERED,
  notification,
  notificationsMock,
  preferencesMock,
} from '../testing/notificationFixtures';
import { NotificationsPage } from './NotificationsPage';

function renderPage(mocks: RenderOptions['mocks'], options: Omit<RenderOptions, 'mocks'> = {}) {
  return renderWithProviders(
    <Routes>
      <Route path="/notifications" element={<NotificationsPage />} />
      <Route path="/partenaires/annonces" element={<h1>Page des annonces</h1>} />
      <Route path="/connexion" element={<h1>Page de connexion</h1>} />
    </Routes>,
    { route: '/notifications', ...options, mocks },
  );
}

function items() {
  return screen.getAllByTestId('notification');
}

function titles() {
  return items().map((item) => within(item).getByRole('heading', { level: 3 }).textContent);
}

const FIRST_PAGE = [ANNOUNCEMENT, DONATION, NEED_COVERED];

describe('NotificationsPage', () => {
  it('lists the notifications newest first, saying in words which ones are unread', async () => {
    renderPage([viewerMock(), notificationsMock({ notifications: FIRST_PAGE }), preferencesMock()]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Notifications' })).toBeTruthy();
    await screen.findByRole('article', { name: 'Collecte de manteaux samedi' });
    expect(titles()).toEqual([
      'Collecte de manteaux samedi',
      'Don reçu : 50,00 €',
      'Besoin couvert : Chaussettes',
    ]);
    expect(screen.getByTestId('notifications-unread-count').textContent).toBe('2 notifications non lues.');

    const [announcement, donation, covered] = items();
    expect(within(announcement!).getByTestId('notification-unread').textContent).toBe('Non lue');
    expect(within(announcement!).getByText('Annonce aux partenaires')).toBeTruthy();
    expect(
      within(announcement!).getByRole('link', { name: 'Collecte de manteaux samedi' }).getAttribute('href'),
    ).toBe('/partenaires/annonces');
    expect(within(announcement!).getByText(/Reçue le vendredi 27 novembre 2026 à 10:00/)).toBeTruthy();
    // Without a link, an unread notification is marked read by a button.
    expect(within(donation!).getByTestId('notification-unread')).toBeTruthy();
    expect(within(donation!).queryByRole('link')).toBeNull();
    expect(
      within(donation!).getByRole('button', { name: 'Marquer comme lue : Don reçu : 50,00 €' }),
    ).toBeTruthy();
    expect(within(covered!).queryByTestId('notification-unread')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Voir plus' })).toBeNull();
  });

  it('asks for the notifications in the interface language', async () => {
    renderPage(
      [
        viewerMock(),
        notificationsMock({
          lang: 'EN',
          notifications: [notification({ title: 'Coat collection on Saturday' })],
        }),
        preferencesMock(),
      ],
      { language: 'en' },
    );

    expect(await screen.findByRole('article', { name: 'Coat collection on Saturday' })).toBeTruthy();
    expect(screen.getByTestId('notifications-unread-count').textContent).toBe('1 unread notification.');
  });

  it('marks them all read', async () => {
    const user = userEvent.setup();
    let asked: unknown;
    renderPage([
      viewerMock(),
      notificationsMock({ notifications: FIRST_PAGE }),
      preferencesMock(),
      {
        request: { query: MARK_NOTIFICATIONS_READ_MUTATION, variables: { input: {} } },
        result: (variables) => {
          asked = variables;
          return {
            data: { markNotificationsRead: { __typename: 'MarkNotificationsReadPayload', unreadCount: 0 } },
          };
        },
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Tout marquer comme lu' }));

    expect((await screen.findByRole('status')).textContent).toBe(
      'Toutes vos notifications sont marquées comme lues.',
    );
    expect(asked).toEqual({ input: {} });
    expect(screen.queryAllByTestId('notification-unread')).toEqual([]);
    expect(screen.getByTestId('notifications-unread-count').textContent).toBe('Aucune notification non lue.');
    expect(screen.queryByRole('button', { name: 'Tout marquer comme lu' })).toBeNull();
  });

  it('marks a notification read when it is followed, then opens what it links to', async () => {
    const user = userEvent.setup();
    const marked: unknown[] = [];
    renderPage([
      viewerMock(),
      notificationsMock({ notifications: FIRST_PAGE }),
      preferencesMock(),
      {
        request: {
          query: MARK_NOTIFICATIONS_READ_MUTATION,
          variables: { input: { ids: ['notification-1'] } },
        },
        result: (variables) => {
          marked.push(variables);
          return {
            data: { markNotificationsRead: { __typename: 'MarkNotificationsReadPayload', unreadCount: 1 } },
          };
        },
      },
    ]);

    await user.click(await screen.findByRole('link', { name: 'Collecte de manteaux samedi' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Page des annonces' })).toBeTruthy();
    expect(marked).toEqual([{ input: { ids: ['notification-1'] } }]);
  });

  it('marks a notification without a link read by its button', async () => {
    const user = userEvent.setup();
    renderPage([
      viewerMock(),
      notificationsMock({ notifications: FIRST_PAGE }),
      preferencesMock(),
      {
        request: {
          query: MARK_NOTIFICATIONS_READ_MUTATION,
          variables: { input: { ids: ['notification-2'] } },
        },
        result: {
          data: { markNotificationsRead: { __typename: 'MarkNotificationsReadPayload', unreadCount: 1 } },
        },
      },
    ]);

    const donation = await screen.findByRole('article', { name: 'Don reçu : 50,00 €' });
    await user.click(within(donation).getByRole('button', { name: /^Marquer comme lue/ }));

    expect((await screen.findByRole('status')).textContent).toBe('Notification marquée comme lue.');
    expect(within(donation).queryByTestId('notification-unread')).toBeNull();
    expect(within(donation).queryByRole('button')).toBeNull();
    expect(screen.getByTestId('notifications-unread-count').textContent).toBe('1 notification non lue.');
    // The announcement, not marked, is still unread.
    expect(
      within(screen.getByRole('article', { name: 'Collecte de manteaux samedi' })).getByTestId(
        'notification-unread',
      ),
    ).toBeTruthy();
  });

  it('shows more notifications, page after page', async () => {
    const user = userEvent.setup();
    renderPage([
      viewerMock(),
      notificationsMock({
        notifications: [ANNOUNCEMENT, DONATION],
        unreadCount: 2,
        hasNextPage: true,
        endCursor: 'cursor-2',
      }),
      notificationsMock({ after: 'cursor-2', notifications: [NEED_COVERED], unreadCount: 2 }),
      preferencesMock(),
    ]);

    await screen.findByRole('article', { name: 'Don reçu : 50,00 €' });
    expect(titles()).toEqual(['Collecte de manteaux samedi', 'Don reçu : 50,00 €']);
    await user.click(screen.getByRole('button', { name: 'Voir plus' }));

    await screen.findByRole('article', { name: 'Besoin couvert : Chaussettes' });
    expect(titles()).toEqual([
      'Collecte de manteaux samedi',
      'Don reçu : 50,00 €',
      'Besoin couvert : Chaussettes',
    ]);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Voir plus' })).toBeNull());
  });

  it('saves when and which notifications are mailed', async () => {
    const user = userEvent.setup();
    let saved: unknown;
    renderPage([
      viewerMock(),
      notificationsMock({ notifications: [] }),
      preferencesMock('IMMEDIATE', ['NEED_COVERED']),
      {
        request: {
          query: UPDATE_NOTIFICATION_PREFERENCES_MUTATION,
          variables: {
            input: { emailFrequency: 'DAILY_DIGEST', mutedKinds: ['NEED_COVERED', 'SHIFT_REMINDER'] },
          },
        },
        result: (variables) => {
          saved = variables;
          return {
            data: {
              updateNotificationPreferences: {
                __typename: 'NotificationPreferences',
                emailFrequency: 'DAILY_DIGEST',
                mutedKinds: ['NEED_COVERED', 'SHIFT_REMINDER'],
              },
            },
          };
        },
      },
    ]);

    expect(await screen.findByText('Aucune notification pour le moment.')).toBeTruthy();
    const section = screen.getByRole('region', { name: "Préférences d'envoi" });
    expect(section.id).toBe('preferences');
    const frequency = await within(section).findByRole('radiogroup', { name: 'Quand recevoir les e-mails' });
    expect(within(frequency).getByRole('radio', { name: 'Tout de suite' })).toHaveProperty('checked', true);
    const muted = within(section).getByRole('group', { name: 'Ne jamais envoyer par e-mail' });
    expect(within(muted).getByRole('checkbox', { name: 'Besoin couvert' })).toHaveProperty('checked', true);

    await user.click(within(frequency).getByRole('radio', { name: 'Un résumé chaque matin' }));
    await user.click(within(muted).getByRole('checkbox', { name: 'Rappel de créneau' }));
    await user.click(within(section).getByRole('button', { name: 'Enregistrer les préférences' }));

    expect((await within(section).findByRole('status')).textContent).toBe(
      "Préférences d'envoi enregistrées.",
    );
    expect(saved).toEqual({
      input: { emailFrequency: 'DAILY_DIGEST', mutedKinds: ['NEED_COVERED', 'SHIFT_REMINDER'] },
    });
  });

  it('shows the API message when the preferences cannot be saved', async () => {
    const user = userEvent.setup();
    renderPage([
      viewerMock(),
      notificationsMock({ notifications: [] }),
      preferencesMock(),
      {
        request: {
          query: UPDATE_NOTIFICATION_PREFERENCES_MUTATION,
          variables: { input: { emailFrequency: 'NEVER', mutedKinds: [] } },
        },
        result: {
          errors: [
            {
              message: 'Unknown email frequency.',
              path: ['updateNotificationPreferences'],
              extensions: { code: 'BAD_USER_INPUT' },
            },
          ],
        },
      },
    ]);

    const section = await screen.findByRole('region', { name: "Préférences d'envoi" });
    await user.click(await within(section).findByRole('radio', { name: 'Jamais' }));
    await user.click(within(section).getByRole('button', { name: 'Enregistrer les préférences' }));

    const alert = await within(section).findByRole('alert');
    expect(alert.textContent).toBe('Veuillez vérifier le formulaire.Unknown email frequency.');
  });

  it('sends signed-out visitors to sign in', async () => {
    renderPage([viewerMock(null)]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Page de connexion' })).toBeTruthy();
  });
});
