import { LIMITS } from '@liblab/domain';
import type { FieldMessages } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';

/**
 * What to show under a field the API rejected, in the interface language. The API explains problems in
 * English; each field has one rule, so the field name is enough to say it in the reader's language.
 */
export function useMemberFieldMessages(): FieldMessages {
  const { t } = useTranslation();
  return {
    name: t('fieldErrors.name', { min: LIMITS.nameMin, max: LIMITS.nameMax }),
    email: t('fieldErrors.email'),
    password: t('fieldErrors.password', { min: LIMITS.passwordMin, max: LIMITS.passwordMax }),
    newPassword: t('fieldErrors.password', { min: LIMITS.passwordMin, max: LIMITS.passwordMax }),
    currentPassword: t('fieldErrors.currentPassword'),
    libraryId: t('fieldErrors.libraryId'),
    languages: t('fieldErrors.languages'),
    interests: t('fieldErrors.interests', { max: LIMITS.interestsMax }),
    locale: t('fieldErrors.locale'),
    position: t('fieldErrors.tooLong', { max: LIMITS.positionMax }),
    bio: t('fieldErrors.tooLong', { max: LIMITS.bioMax }),
    publicEmail: t('fieldErrors.publicEmail'),
    phone: t('fieldErrors.tooLong', { max: LIMITS.phoneMax }),
    token: t('fieldErrors.token'),
  };
}
