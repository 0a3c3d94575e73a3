import 'i18next';
import type { UiMessages } from '@liblab/web-ui';
import type { en } from './locales/en';

/** Typed keys: `t('members.title')` fails to compile when the English source has no such key. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof en;
      ui: UiMessages;
    };
  }
}
