import jsQR from 'jsqr';

/** A drop-off code: 6 capital letters or digits once spaces and dashes are dropped (the API's rule too). */
const DROP_OFF_CODE = /^[A-Z0-9]{6}$/;

/** What a person typed or a QR code held, as the API compares it: trimmed, upper case, no spaces or dashes. */
export function normaliseDropOffCode(text: string): string {
  return text.trim().toUpperCase().replace(/[\s-]/g, '');
}

export function isDropOffCode(code: string): boolean {
  return DROP_OFF_CODE.test(code);
}

/** One camera frame as RGBA pixels, as `CanvasRenderingContext2D.getImageData` gives it. */
export interface Frame {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/**
 * The drop-off code in a camera frame, or null when the frame holds no readable QR code or one that is not a
 * drop-off code (the booking mail's QR code holds the bare code).
 */
export function decodeDropOffCode(frame: Frame): string | null {
  const found = jsQR(frame.data, frame.width, frame.height, { inversionAttempts: 'dontInvert' });
  if (!found) return null;
  const code = normaliseDropOffCode(found.data);
  return isDropOffCode(code) ? code : null;
}
