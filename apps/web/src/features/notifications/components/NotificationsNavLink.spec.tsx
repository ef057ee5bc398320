import { act, screen } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

import { viewerMock } from '../../../testing/fixtures';
import { renderWithProviders, type RenderOptions } from '../../../testing/renderWithProviders';
import { AccountLinks } from '../../identity/components/AccountLinks';
import { unreadMocks } from '../testing/notificationFixtures';
import { NotificationsNavLink, UNREAD_POLL_MS } from './NotificationsNavLink';

function renderHeader(mocks: RenderOptions['mocks']) {
  return renderWithProviders(
    <>
      <AccountLinks />
      <NotificationsNavLink className="header-link" />
    </>,
    { mocks },
  );
}

describe('NotificationsNavLink', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows signed-in people how many notifications are unread, in the badge and the link name', async () => {
    renderHeader([viewerMock(), ...unreadMocks(3)]);

    const link = await screen.findByRole('link', { name: 'Notifications, 3 non lues' });
    expect(link.getAttribute('href')).toBe('/notifications');
    expect(link.className).toContain('header-link');
    expect(screen.getByTestId('notifications-badge').textContent).toBe('3');
    expect(screen.getByRole('navigation', { name: 'Notifications' })).toBeTruthy();
  });

  it('shows no badge when everything is read', async () => {
    renderHeader([viewerMock(), ...unreadMocks(0)]);

    // The viewer is known once the account links show the person's name.
    await screen.findByTestId('viewer-name');
    const link = await screen.findByRole('link', { name: 'Notifications' });
    expect(link.getAttribute('href')).toBe('/notifications');
    expect(screen.queryByTestId('notifications-badge')).toBeNull();
  });

  it('asks again every minute', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    renderHeader([viewerMock(), ...unreadMocks(1, 4)]);

    expect(await screen.findByRole('link', { name: 'Notifications, 1 non lue' })).toBeTruthy();
    await act(() => vi.advanceTimersByTimeAsync(UNREAD_POLL_MS));
    expect(await screen.findByRole('link', { name: 'Notifications, 4 non lues' })).toBeTruthy();
    expect(screen.getByTestId('notifications-badge').textContent).toBe('4');
  });

  it('renders nothing for signed-out visitors', async () => {
    renderHeader([viewerMock(null), ...unreadMocks(3)]);

    // The viewer is known (signed out) once the account links offer to sign in.
    await screen.findByRole('link', { name: 'Se connecter' });
    expect(screen.queryByRole('navigation', { name: 'Notifications' })).toBeNull();
    expect(screen.queryByRole('link', { name: /Notifications/ })).toBeNull();
  });
});
