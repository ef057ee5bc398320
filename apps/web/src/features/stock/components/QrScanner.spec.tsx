import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';

import { viewerMock } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import { DROP_OFF_BY_CODE_QUERY } from '../graphql/deskOperations';
import { CollectionPointDeskPage } from '../pages/CollectionPointDeskPage';
import { expectedMock, JEAN_BOOKING, pointsMock, POINT_ID, SAMIA } from '../testing/deskFixtures';
import { qrFrame } from '../testing/qrFrame';

function renderDesk(mocks: readonly MockLink.MockedResponse[] = []) {
  return renderWithProviders(
    <Routes>
      <Route path="/points/:id" element={<CollectionPointDeskPage />} />
    </Routes>,
    { route: `/points/${POINT_ID}`, mocks: [viewerMock(SAMIA), pointsMock(), expectedMock(), ...mocks] },
  );
}

/** Replaces `navigator.mediaDevices` (absent from jsdom) for one test. */
function setMediaDevices(value: Partial<MediaDevices> | undefined) {
  Object.defineProperty(navigator, 'mediaDevices', { value, configurable: true });
}

function fakeStream() {
  const track = { stop: vi.fn() };
  return { track, stream: { getTracks: () => [track] } as unknown as MediaStream };
}

describe('Scanning a drop-off QR code', () => {
  afterEach(() => {
    setMediaDevices(undefined);
    vi.restoreAllMocks();
  });

  it('says when the device has no camera, and keeps the code being typed', async () => {
    const user = userEvent.setup();
    setMediaDevices(undefined);
    renderDesk();

    const field = await screen.findByRole('textbox', { name: /^Code de dépôt/ });
    await user.type(field, 'K7M');
    await user.click(screen.getByRole('button', { name: 'Scanner le QR code' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      "La caméra n'est pas disponible sur cet appareil. Saisissez le code dans le champ « Code de dépôt ».",
    );
    expect((field as HTMLInputElement).value).toBe('K7M');
  });

  it('says when camera access is refused', async () => {
    const user = userEvent.setup();
    setMediaDevices({
      getUserMedia: vi.fn().mockRejectedValue(new DOMException('Permission denied', 'NotAllowedError')),
    });
    renderDesk();

    await user.click(await screen.findByRole('button', { name: 'Scanner le QR code' }));

    expect((await screen.findByRole('alert')).textContent).toContain("L'accès à la caméra a été refusé.");
    expect(screen.getByRole('button', { name: 'Scanner le QR code' })).toBeTruthy();
  });

  it('opens the back camera, and releases it when stopped', async () => {
    const user = userEvent.setup();
    const { track, stream } = fakeStream();
    const getUserMedia = vi.fn().mockResolvedValue(stream);
    setMediaDevices({ getUserMedia });
    vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    renderDesk();

    await user.click(await screen.findByRole('button', { name: 'Scanner le QR code' }));

    expect(getUserMedia).toHaveBeenCalledWith({ video: { facingMode: 'environment' }, audio: false });
    expect(screen.getByLabelText('Image de la caméra')).toBeTruthy();
    expect(screen.getByText('Caméra ouverte : visez le QR code du donneur.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Arrêter la caméra' }));

    expect(track.stop).toHaveBeenCalled();
    expect(screen.queryByLabelText('Image de la caméra')).toBeNull();
  });

  it('reads the code from the camera frames, then looks the drop-off up', async () => {
    const user = userEvent.setup();
    const { track, stream } = fakeStream();
    setMediaDevices({ getUserMedia: vi.fn().mockResolvedValue(stream) });
    vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
    // The camera shows the QR code of the booking mail: the canvas hands its pixels to the decoder.
    const frame = qrFrame('K7M2QX');
    const context = {
      drawImage: vi.fn(),
      getImageData: vi.fn(() => ({ data: frame.data, width: frame.width, height: frame.height })),
    };
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(
      context as unknown as CanvasRenderingContext2D,
    );
    renderDesk([
      {
        request: {
          query: DROP_OFF_BY_CODE_QUERY,
          variables: { collectionPointId: POINT_ID, code: 'K7M2QX', lang: 'FR' },
        },
        result: { data: { dropOffByCode: JEAN_BOOKING } },
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Scanner le QR code' }));
    const video = screen.getByLabelText('Image de la caméra');
    // jsdom plays no video: say it has a frame ready.
    Object.defineProperties(video, {
      readyState: { value: 4 },
      videoWidth: { value: frame.width },
      videoHeight: { value: frame.height },
    });

    expect(await screen.findByRole('form', { name: 'Dépôt K7M2QX' })).toBeTruthy();
    expect(context.drawImage).toHaveBeenCalledWith(video, 0, 0, frame.width, frame.height);
    expect((screen.getByRole('textbox', { name: /^Code de dépôt/ }) as HTMLInputElement).value).toBe(
      'K7M2QX',
    );
    await waitFor(() => expect(screen.queryByLabelText('Image de la caméra')).toBeNull());
    expect(track.stop).toHaveBeenCalled();
  });
});
