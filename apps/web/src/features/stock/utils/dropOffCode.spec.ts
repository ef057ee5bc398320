import jsQR from 'jsqr';

import { qrFrame } from '../testing/qrFrame';
import { decodeDropOffCode, isDropOffCode, normaliseDropOffCode } from './dropOffCode';

describe('drop-off codes', () => {
  it('reads the code from a frame showing the QR code of the booking mail', () => {
    expect(decodeDropOffCode(qrFrame('K7M2QX'))).toBe('K7M2QX');
  });

  it('reads a code written in lower case or with a dash, as the API accepts it', () => {
    expect(decodeDropOffCode(qrFrame('k7m-2qx', { left: 100, top: 60 }))).toBe('K7M2QX');
  });

  it('finds nothing in a frame without a QR code', () => {
    const blank = { data: new Uint8ClampedArray(320 * 240 * 4).fill(200), width: 320, height: 240 };
    expect(decodeDropOffCode(blank)).toBeNull();
  });

  it('ignores QR codes that are not drop-off codes', () => {
    const frame = qrFrame('https://example.org/');
    // The frame is readable: only its content is not a drop-off code.
    expect(jsQR(frame.data, frame.width, frame.height)?.data).toBe('https://example.org/');
    expect(decodeDropOffCode(frame)).toBeNull();
  });

  it('normalises typed codes like the API', () => {
    expect(normaliseDropOffCode(' k7m 2qx ')).toBe('K7M2QX');
    expect(isDropOffCode('K7M2QX')).toBe(true);
    expect(isDropOffCode('K7M2Q')).toBe(false);
    expect(isDropOffCode('K7M2QX9')).toBe(false);
  });
});
