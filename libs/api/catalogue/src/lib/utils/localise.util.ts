import { Language } from '@entraide/shared';

/** Picks the label in the requested language. */
export function localise(labels: { fr: string; en: string }, lang: Language): string {
  return lang === Language.EN ? labels.en : labels.fr;
}
