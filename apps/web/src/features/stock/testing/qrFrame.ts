import { create } from 'qrcode';

import type { Frame } from '../utils/dropOffCode';

/**
 * For tests: a camera-like frame showing the QR code of `text`, black modules on white, `scale` pixels a module
 * with a quiet zone of 4 modules, placed at (`left`, `top`) in a larger grey frame. Built from the `qrcode`
 * package's module matrix, so no canvas is needed.
 */
export function qrFrame(
  text: string,
  { scale = 4, left = 30, top = 20, width = 320, height = 240 } = {},
): Frame {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const data = new Uint8ClampedArray(width * height * 4).fill(200);
  const quiet = 4;
  const side = (modules.size + 2 * quiet) * scale;
  for (let y = 0; y < side; y += 1) {
    for (let x = 0; x < side; x += 1) {
      const row = Math.floor(y / scale) - quiet;
      const column = Math.floor(x / scale) - quiet;
      const inside = row >= 0 && column >= 0 && row < modules.size && column < modules.size;
      const dark = inside && modules.get(row, column);
      const offset = ((top + y) * width + left + x) * 4;
      data[offset] = data[offset + 1] = data[offset + 2] = dark ? 0 : 255;
      data[offset + 3] = 255;
    }
  }
  return { data, width, height };
}
