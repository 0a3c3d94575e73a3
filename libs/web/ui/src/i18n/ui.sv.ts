import type { Localized } from './localized';
import type { UiMessages } from './ui.en';

export const uiSv: Localized<UiMessages> = {
  skipToContent: 'Hoppa till huvudinnehållet',
  brandHome: 'LibLab, startsida',
  mainNavigation: 'Huvudmeny',
  openNavigation: 'Öppna menyn',
  closeNavigation: 'Stäng menyn',
  language: {
    label: 'Språk i gränssnittet',
    current: 'Språk i gränssnittet: {{language}}',
  },
  loading: 'Laddar…',
  loadMore: 'Visa fler',
  shownOfTotal: 'Visar {{shown}} av {{total}}',
  shown_one: 'Visar {{count}} post',
  shown_other: 'Visar {{count}} poster',
  close: 'Stäng',
  cancel: 'Avbryt',
  errors: {
    notFoundTitle: 'Hittades inte',
    signInTitle: 'Endast för medlemmar',
    title: 'Något gick fel',
    BAD_USER_INPUT: 'En del av uppgifterna är inte giltiga. Kontrollera dem och försök igen.',
    UNAUTHENTICATED: 'Logga in för att se den här sidan. Den är öppen för medlemmar i nätverket.',
    FORBIDDEN: 'Ditt konto har inte behörighet att göra detta.',
    NOT_FOUND: 'Vi kunde inte hitta det här. Det kan ha tagits bort, eller så är adressen fel.',
    CONFLICT: 'Det här krockar med något som redan finns.',
    TOO_MANY_REQUESTS: 'För många försök på kort tid. Vänta {{wait}} och försök igen.',
    NETWORK: 'Vi fick ingen kontakt med LibLab. Kontrollera din internetanslutning och försök igen.',
    UNKNOWN: 'Något gick fel hos oss. Försök igen om en stund.',
    signIn: 'Logga in',
    home: 'Gå till startsidan',
    retry: 'Försök igen',
  },
};
