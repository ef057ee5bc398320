import { vi } from 'vitest';

export interface CapturedDownload {
  /** The name the file is downloaded as. */
  filename: string;
  blob: Blob;
}

/** A Blob's text, read as UTF-8 (a leading byte order mark is dropped, as a browser does). */
export function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

/**
 * Stubs object URLs and link clicks (jsdom has neither downloads nor object URLs), so that a test can see the
 * files a click downloads. Undo with `vi.restoreAllMocks()`.
 */
export function captureDownloads(): CapturedDownload[] {
  const blobs = new Map<string, Blob>();
  const downloads: CapturedDownload[] = [];
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    value: (blob: Blob) => {
      const url = `blob:download-${blobs.size}`;
      blobs.set(url, blob);
      return url;
    },
  });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: vi.fn() });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.getAttribute('href') ?? '');
    if (blob) downloads.push({ filename: this.download, blob });
  });
  return downloads;
}

/** The lines of the one CSV file downloaded so far, once it is there (BOM and final CRLF left out). */
export async function downloadedCsv(
  downloads: CapturedDownload[],
): Promise<{ filename: string; lines: string[] }> {
  await vi.waitFor(() => {
    if (downloads.length !== 1) throw new Error(`${downloads.length} downloads`);
  });
  const [{ filename, blob }] = downloads as [CapturedDownload];
  return { filename, lines: (await blobText(blob)).split('\r\n').slice(0, -1) };
}
