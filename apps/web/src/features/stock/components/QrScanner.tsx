import { Alert, Button, Stack, Text } from '@mantine/core';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { decodeDropOffCode } from '../utils/dropOffCode';

/** Frames wider than this are scaled down before decoding: enough for a code held up to the phone. */
const MAX_FRAME_WIDTH = 640;
/** At most one decoding every this many milliseconds, to spare the phone's battery. */
const SCAN_EVERY_MS = 150;

type CameraState = 'off' | 'on' | 'unavailable' | 'denied';

export interface QrScannerProps {
  /** Called with the drop-off code once a QR code holding one is read; the camera is then closed. */
  onCode: (code: string) => void;
}

/**
 * "Scan the QR code": opens the back camera (getUserMedia, facingMode environment), draws frames on a canvas
 * and decodes them with jsQR until a drop-off code is found. When no camera can be used, says so: the code can
 * still be typed in the field beside.
 */
export function QrScanner({ onCode }: QrScannerProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<CameraState>('off');
  const videoRef = useRef<HTMLVideoElement>(null);
  const found = useEffectEvent((code: string) => {
    setState('off');
    onCode(code);
  });
  const failed = useEffectEvent((error: unknown) => {
    const name = error instanceof Error || error instanceof DOMException ? error.name : '';
    setState(name === 'NotAllowedError' || name === 'SecurityError' ? 'denied' : 'unavailable');
  });

  const open = () => {
    // Absent on insecure (http) pages and in browsers without camera access.
    if (typeof navigator === 'undefined' || !navigator.mediaDevices?.getUserMedia) {
      setState('unavailable');
      return;
    }
    setState('on');
  };

  // While on: stream the back camera into the video and read frames until a code is found. The camera is
  // released when the scanner closes, when the tab is left or when the page is.
  useEffect(() => {
    if (state !== 'on') return;
    let stream: MediaStream | undefined;
    let frameRequest = 0;
    let cancelled = false;
    const video = videoRef.current;
    const canvas = document.createElement('canvas');
    let context: CanvasRenderingContext2D | null = null;
    let lastScan = -Infinity;

    const release = () => {
      cancelAnimationFrame(frameRequest);
      stream?.getTracks().forEach((track) => track.stop());
      stream = undefined;
      if (video) video.srcObject = null;
    };

    const scan = (time: number) => {
      if (cancelled || !video) return;
      if (context && time - lastScan >= SCAN_EVERY_MS && video.readyState >= 2 && video.videoWidth > 0) {
        lastScan = time;
        const scale = Math.min(1, MAX_FRAME_WIDTH / video.videoWidth);
        canvas.width = Math.round(video.videoWidth * scale);
        canvas.height = Math.round(video.videoHeight * scale);
        context.drawImage(video, 0, 0, canvas.width, canvas.height);
        const code = decodeDropOffCode(context.getImageData(0, 0, canvas.width, canvas.height));
        if (code) {
          release();
          found(code);
          return;
        }
      }
      frameRequest = requestAnimationFrame(scan);
    };

    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(async (opened) => {
        stream = opened;
        if (cancelled || !video) {
          release();
          return;
        }
        video.srcObject = opened;
        try {
          await video.play();
        } catch {
          // Autoplay refused: muted inline video normally plays; frames are read once it does.
        }
        context = canvas.getContext('2d', { willReadFrequently: true });
        if (!cancelled) frameRequest = requestAnimationFrame(scan);
      })
      .catch((error: unknown) => {
        if (!cancelled) failed(error);
      });

    return () => {
      cancelled = true;
      release();
    };
  }, [state]);

  return (
    <Stack gap="sm">
      {state === 'on' ? (
        <>
          <video
            ref={videoRef}
            muted
            playsInline
            aria-label={t('stock.scan.preview')}
            style={{
              width: '100%',
              maxHeight: '60vh',
              objectFit: 'cover',
              borderRadius: 'var(--mantine-radius-md)',
              backgroundColor: 'var(--mantine-color-dark-9)',
            }}
          />
          <Text role="status" size="sm">
            {t('stock.scan.aim')}
          </Text>
          <Button size="lg" variant="outline" onClick={() => setState('off')}>
            {t('stock.scan.stop')}
          </Button>
        </>
      ) : (
        <Button size="lg" variant="outline" onClick={open}>
          {t('stock.scan.start')}
        </Button>
      )}
      {state === 'unavailable' || state === 'denied' ? (
        <Alert color="yellow.9" variant="outline" role="alert">
          <Text size="sm" c="gray.9">
            {t(`stock.scan.${state}`)}
          </Text>
        </Alert>
      ) : null}
    </Stack>
  );
}
