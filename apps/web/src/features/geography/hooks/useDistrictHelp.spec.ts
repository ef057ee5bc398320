import { renderHook, waitFor } from '@testing-library/react';
import type { Mock } from 'vitest';

import { type DistrictHelp, useDistrictHelp } from './useDistrictHelp';

function help(districtCode: string): DistrictHelp {
  return {
    districtCode,
    mostNeeded: [],
    missions: [],
    initiatives: [],
    generatedAt: '2026-03-10T13:05:00.000Z',
  };
}

let fetchMock: Mock<typeof fetch>;

beforeEach(() => {
  fetchMock = vi.fn<typeof fetch>(
    (input) =>
      new Promise<Response>((resolve, reject) => {
        const code = String(input).split('/').pop()!;
        // Answers a moment later, unless aborted first.
        const timer = setTimeout(() => resolve(new Response(JSON.stringify(help(code)))), 20);
        const signal = fetchMock.mock.calls.at(-1)?.[1]?.signal;
        signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(new DOMException('Aborted', 'AbortError'));
        });
      }),
  );
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('useDistrictHelp', () => {
  it('loads the public data of the arrondissement', async () => {
    const { result } = renderHook(() => useDistrictHelp('75018'));

    expect(result.current.loading).toBe(true);
    await waitFor(() => expect(result.current.data?.districtCode).toBe('75018'));
    expect(result.current.loading).toBe(false);
    expect(result.current.error).toBeUndefined();
  });

  it('aborts the request when the code changes, and shows only the new answer', async () => {
    const { result, rerender } = renderHook(({ code }) => useDistrictHelp(code), {
      initialProps: { code: '75018' },
    });
    const first = fetchMock.mock.calls[0][1]!.signal!;

    rerender({ code: '75011' });

    expect(first.aborted).toBe(true);
    expect(result.current.loading).toBe(true);
    await waitFor(() => expect(result.current.data?.districtCode).toBe('75011'));
    expect(result.current.error).toBeUndefined();
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual([
      '/public/districts/75018',
      '/public/districts/75011',
    ]);
  });

  it('aborts the request when the page goes away', () => {
    const { unmount } = renderHook(() => useDistrictHelp('75018'));
    const signal = fetchMock.mock.calls[0][1]!.signal!;

    unmount();

    expect(signal.aborted).toBe(true);
  });

  it('reports an error status as an error', async () => {
    fetchMock.mockImplementation(async () => new Response('{"code":"NOT_FOUND"}', { status: 404 }));
    const { result } = renderHook(() => useDistrictHelp('75018'));

    await waitFor(() => expect(result.current.error).toBeInstanceOf(Error));
    expect(result.current.loading).toBe(false);
    expect(result.current.data).toBeUndefined();
  });

  it('asks nothing for a code that is not an arrondissement', () => {
    const { result } = renderHook(() => useDistrictHelp('75099'));

    expect(result.current.loading).toBe(false);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
