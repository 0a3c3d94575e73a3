import { COUNTRIES, INTERESTS, REGION_NAMES, REGIONS, isInterest, type Country } from '@liblab/domain';
import type { GrantableRole, Language, Role } from '@liblab/web-graphql';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { API_LANGUAGES } from './language-codes';

export interface Option {
  value: string;
  label: string;
}

export const API_ROLES: readonly Role[] = ['MEMBER', 'EXPERT', 'COORDINATOR', 'ADMIN'];
export const GRANTABLE_ROLES: readonly GrantableRole[] = ['EXPERT', 'COORDINATOR', 'ADMIN'];

/** Region keys read in their own language (Małopolskie, Skåne, Trøndelag), as people there write them. */
export function regionName(key: string): string {
  return REGION_NAMES[key] ?? key;
}

export function regionsOf(country: Country): readonly string[] {
  return REGIONS[country];
}

export function isCountry(value: string | null | undefined): value is Country {
  return value !== null && value !== undefined && (COUNTRIES as readonly string[]).includes(value);
}

/** Translated names for the shared lists (roles, interests, countries, languages) and select options. */
export function useVocabulary() {
  const { t } = useTranslation();
  return useMemo(() => {
    const role = (value: Role) => t(`roles.${value}`);
    const interest = (key: string) => (isInterest(key) ? t(`interests.${key}`) : key);
    const country = (value: Country) => t(`countries.${value}`);
    const language = (value: Language) => t(`languages.${value}`);
    const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label);
    return {
      role,
      interest,
      country,
      language,
      region: regionName,
      roleOptions: API_ROLES.map((value) => ({ value, label: role(value) })),
      interestOptions: INTERESTS.map((value) => ({ value, label: interest(value) })).sort(byLabel),
      countryOptions: COUNTRIES.map((value) => ({ value, label: country(value) })),
      languageOptions: API_LANGUAGES.map((value) => ({ value, label: language(value) })),
      regionOptions: (value: Country): Option[] =>
        regionsOf(value).map((key) => ({ value: key, label: regionName(key) })).sort(byLabel),
    };
  }, [t]);
}
