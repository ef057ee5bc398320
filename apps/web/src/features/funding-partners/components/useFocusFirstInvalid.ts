import { type RefObject, useCallback, useEffect, useState } from 'react';

/**
 * After a form was refused before asking the API, moves the focus to its first field in error. Returns the
 * function to call on each refusal (the same errors twice still move the focus).
 */
export function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>): () => void {
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form, refusals]);
  return useCallback(() => setRefusals((count) => count + 1), []);
}
