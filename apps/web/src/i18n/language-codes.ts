import { LANGUAGES, type Language as DomainLanguage } from '@liblab/domain';
import type { Language as ApiLanguage } from '@liblab/web-graphql';

/** Interface languages with their names in themselves, for the language switcher. */
export const INTERFACE_LANGUAGES: readonly { code: DomainLanguage; autonym: string }[] = [
  { code: 'pl', autonym: 'Polski' },
  { code: 'en', autonym: 'English' },
  { code: 'sv', autonym: 'Svenska' },
  { code: 'nb', autonym: 'Norsk bokmål' },
];

export const API_LANGUAGES: readonly ApiLanguage[] = LANGUAGES.map(toApiLanguage);

/** `pl` → `PL`: the API's Language enum is the domain key in capitals. */
export function toApiLanguage(code: DomainLanguage): ApiLanguage {
  return code.toUpperCase() as ApiLanguage;
}

/** `PL` → `pl`. */
export function fromApiLanguage(language: ApiLanguage): DomainLanguage {
  return language.toLowerCase() as DomainLanguage;
}

export function isDomainLanguage(value: string | undefined): value is DomainLanguage {
  return value !== undefined && (LANGUAGES as readonly string[]).includes(value);
}

/** Browser codes to ours: Norwegian (no, nn, nb-NO) reads Bokmål; regional variants drop the region. */
export function normaliseBrowserLanguage(code: string): string {
  const base = code.toLowerCase().split('-')[0];
  return base === 'no' || base === 'nn' ? 'nb' : base;
}
