import { useCallback, useEffect, useState } from 'react';

import { type DistrictHelp, isDistrictCode } from '@entraide/shared';

export type { DistrictHelp, DistrictHelpUrgency } from '@entraide/shared';

export interface DistrictHelpResult {
  data?: DistrictHelp;
  loading: boolean;
  error?: Error;
  /** Asks again (after an error). */
  reload: () => void;
}

/** The public endpoint of an arrondissement's page. */
export function districtHelpUrl(code: string): string {
  return `/public/districts/${encodeURIComponent(code)}`;
}

interface Answer {
  key: string;
  data?: DistrictHelp;
  error?: Error;
}

/**
 * What is needed in an arrondissement today, fetched with plain `fetch` so that the browser and shared caches
 * (`Cache-Control: public, max-age=60, stale-while-revalidate=300`, ETag) do the caching. No cookies are
 * sent: the answer is the same for everyone. Nothing is asked for a code that is not an arrondissement; the
 * request is aborted when the code changes or the page goes away.
 */
export function useDistrictHelp(code: string): DistrictHelpResult {
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<Answer>();
  const valid = isDistrictCode(code);
  const key = `${code}#${attempt}`;

  useEffect(() => {
    if (!valid) return;
    const controller = new AbortController();
    fetch(districtHelpUrl(code), {
      signal: controller.signal,
      credentials: 'omit',
      headers: { accept: 'application/json' },
    })
      .then(async (response) => {
        if (!response.ok) throw new Error(`GET ${districtHelpUrl(code)} answered ${response.status}`);
        return (await response.json()) as DistrictHelp;
      })
      .then(
        (data) => {
          if (!controller.signal.aborted) setAnswer({ key, data });
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          setAnswer({ key, error: error instanceof Error ? error : new Error(String(error)) });
        },
      );
    return () => controller.abort();
  }, [code, key, valid]);

  const reload = useCallback(() => setAttempt((current) => current + 1), []);
  // An answer for another code (or an earlier attempt) is not shown: the new one is loading.
  const current = answer?.key === key ? answer : undefined;
  return { data: current?.data, error: current?.error, loading: valid && !current, reload };
}
