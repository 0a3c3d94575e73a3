import type { Localized } from './localized';
import type { UiMessages } from './ui.en';

export const uiNb: Localized<UiMessages> = {
  skipToContent: 'Hopp til hovedinnholdet',
  brandHome: 'LibLab, forside',
  mainNavigation: 'Hovedmeny',
  openNavigation: 'Åpne menyen',
  closeNavigation: 'Lukk menyen',
  language: {
    label: 'Språk i grensesnittet',
    current: 'Språk i grensesnittet: {{language}}',
  },
  loading: 'Laster inn …',
  loadMore: 'Vis flere',
  shownOfTotal: 'Viser {{shown}} av {{total}}',
  shown_one: 'Viser {{count}} innlegg',
  shown_other: 'Viser {{count}} innlegg',
  close: 'Lukk',
  cancel: 'Avbryt',
  errors: {
    notFoundTitle: 'Ikke funnet',
    signInTitle: 'Bare for medlemmer',
    title: 'Noe gikk galt',
    BAD_USER_INPUT: 'Noen av opplysningene er ikke gyldige. Sjekk dem og prøv igjen.',
    UNAUTHENTICATED: 'Logg inn for å se denne siden. Den er åpen for medlemmer av nettverket.',
    FORBIDDEN: 'Kontoen din har ikke tilgang til å gjøre dette.',
    NOT_FOUND: 'Vi fant ikke dette. Det kan være fjernet, eller adressen kan være feil.',
    CONFLICT: 'Dette kolliderer med noe som allerede finnes.',
    TOO_MANY_REQUESTS: 'For mange forsøk på kort tid. Vent {{wait}} og prøv igjen.',
    NETWORK: 'Vi fikk ikke kontakt med LibLab. Sjekk internettforbindelsen og prøv igjen.',
    UNKNOWN: 'Noe gikk galt hos oss. Prøv igjen om litt.',
    signIn: 'Logg inn',
    home: 'Gå til forsiden',
    retry: 'Prøv igjen',
  },
};
