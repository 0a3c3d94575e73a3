import { EMAIL_PATTERN, LIMITS } from '@liblab/domain';
import type { TFunction } from 'i18next';

/**
 * Client-side checks with the same limits the API applies (from @liblab/domain), so a person hears about a
 * problem before sending. Each returns a translated message or null.
 */
export function formRules(t: TFunction) {
  return {
    name: (value: string) =>
      value.trim().length < LIMITS.nameMin || value.trim().length > LIMITS.nameMax
        ? t('fieldErrors.name', { min: LIMITS.nameMin, max: LIMITS.nameMax })
        : null,
    email: (value: string) =>
      EMAIL_PATTERN.test(value.trim()) && value.trim().length <= LIMITS.emailMax ? null : t('fieldErrors.email'),
    optionalEmail: (value: string) =>
      value.trim() === '' || (EMAIL_PATTERN.test(value.trim()) && value.trim().length <= LIMITS.emailMax)
        ? null
        : t('fieldErrors.publicEmail'),
    password: (value: string) =>
      value.length < LIMITS.passwordMin || value.length > LIMITS.passwordMax
        ? t('fieldErrors.password', { min: LIMITS.passwordMin, max: LIMITS.passwordMax })
        : null,
    /** The repeated password, against the one typed first. */
    samePassword: (value: string, password: string) => (value === password ? null : t('fieldErrors.passwordsDiffer')),
    required: (value: string) => (value.trim() === '' ? t('fieldErrors.required') : null),
    library: (value: string | null) => (value ? null : t('fieldErrors.libraryId')),
    languages: (value: readonly string[]) => (value.length === 0 ? t('fieldErrors.languages') : null),
    interests: (value: readonly string[]) =>
      value.length > LIMITS.interestsMax ? t('fieldErrors.interests', { max: LIMITS.interestsMax }) : null,
    maxLength: (max: number) => (value: string) => (value.trim().length > max ? t('fieldErrors.tooLong', { max }) : null),
  };
}
