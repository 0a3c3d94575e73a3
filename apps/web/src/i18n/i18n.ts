import { DEFAULT_LANGUAGE, LANGUAGES } from '@liblab/domain';
import { uiMessages } from '@liblab/web-ui';
import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { normaliseBrowserLanguage } from './language-codes';
import { en } from './locales/en';
import { nb } from './locales/nb';
import { pl } from './locales/pl';
import { sv } from './locales/sv';

/** Where the chosen interface language is remembered between visits. */
export const LANGUAGE_STORAGE_KEY = 'liblab.language';

/**
 * i18next with every language bundled (they are small): the visitor's earlier choice, else the browser's
 * languages, else English. `<html lang>` follows the active language, so screen readers pronounce it right.
 */
export async function initI18n(): Promise<typeof i18n> {
  i18n.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  await i18n
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources: {
        en: { translation: en, ui: uiMessages.en },
        pl: { translation: pl, ui: uiMessages.pl },
        sv: { translation: sv, ui: uiMessages.sv },
        nb: { translation: nb, ui: uiMessages.nb },
      },
      supportedLngs: [...LANGUAGES],
      fallbackLng: DEFAULT_LANGUAGE,
      load: 'languageOnly',
      ns: ['translation', 'ui'],
      defaultNS: 'translation',
      interpolation: { escapeValue: false },
      returnNull: false,
      detection: {
        order: ['localStorage', 'navigator'],
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        caches: ['localStorage'],
        convertDetectedLanguage: normaliseBrowserLanguage,
      },
    });
  document.documentElement.lang = i18n.resolvedLanguage ?? DEFAULT_LANGUAGE;
  return i18n;
}
