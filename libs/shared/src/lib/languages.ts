/** Languages of the interface and of reference-data labels; French is the default. */
export enum Language {
  FR = 'FR',
  EN = 'EN',
}

export const DEFAULT_LANGUAGE = Language.FR;
