import type { Language } from '@liblab/web-graphql';
import { useTranslation } from 'react-i18next';
import { fromApiLanguage } from '../../i18n/language-codes';
import { useResetSession } from '../../session/liblab-apollo-context';

/**
 * After the session cookie is set: forget what was cached for the visitor, reconnect live updates as the
 * member and speak the member's own interface language.
 */
export function useAfterSignIn(): (locale: Language | null | undefined) => Promise<void> {
  const { i18n } = useTranslation();
  const resetSession = useResetSession();
  return async (locale) => {
    await resetSession();
    if (locale) await i18n.changeLanguage(fromApiLanguage(locale));
  };
}
