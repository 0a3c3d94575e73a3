import { uiEn } from './ui.en';
import { uiNb } from './ui.nb';
import { uiPl } from './ui.pl';
import { uiSv } from './ui.sv';

/** The `ui` namespace in every interface language; the app adds it to its i18next resources. */
export const uiMessages = { en: uiEn, pl: uiPl, sv: uiSv, nb: uiNb } as const;
