import { useTranslation } from 'react-i18next';
import { formatSeconds } from '../time/format-duration';
import type { Problem } from './problem';

/** Says what went wrong in the interface language, by the problem's code. */
export function useProblemMessage(): (problem: Problem) => string {
  const { t, i18n } = useTranslation('ui');
  return (problem: Problem) => {
    switch (problem.code) {
      case 'BAD_USER_INPUT':
        return t('errors.BAD_USER_INPUT');
      case 'UNAUTHENTICATED':
        return t('errors.UNAUTHENTICATED');
      case 'FORBIDDEN':
        return t('errors.FORBIDDEN');
      case 'NOT_FOUND':
        return t('errors.NOT_FOUND');
      case 'CONFLICT':
        return t('errors.CONFLICT');
      case 'TOO_MANY_REQUESTS':
        return t('errors.TOO_MANY_REQUESTS', {
          wait: formatSeconds(problem.retryAfterSeconds ?? 60, i18n.resolvedLanguage ?? 'en'),
        });
      case 'NETWORK':
        return t('errors.NETWORK');
      case 'UNKNOWN':
        return t('errors.UNKNOWN');
    }
  };
}
