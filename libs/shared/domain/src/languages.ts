/** Languages the portal speaks and members write in. `nb` is Norwegian Bokmål. */
export const LANGUAGES = ['pl', 'en', 'sv', 'nb'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

export const DEFAULT_LANGUAGE: Language = 'en';
