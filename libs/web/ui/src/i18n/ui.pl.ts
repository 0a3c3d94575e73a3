import type { Localized } from './localized';
import type { UiMessages } from './ui.en';

export const uiPl: Localized<UiMessages> = {
  skipToContent: 'Przejdź do treści głównej',
  brandHome: 'LibLab, strona główna',
  mainNavigation: 'Nawigacja główna',
  openNavigation: 'Otwórz nawigację',
  closeNavigation: 'Zamknij nawigację',
  language: {
    label: 'Język interfejsu',
    current: 'Język interfejsu: {{language}}',
  },
  loading: 'Wczytywanie…',
  loadMore: 'Pokaż więcej',
  shownOfTotal: 'Wyświetlono {{shown}} z {{total}}',
  shown_one: 'Wyświetlono {{count}} pozycję',
  shown_few: 'Wyświetlono {{count}} pozycje',
  shown_many: 'Wyświetlono {{count}} pozycji',
  shown_other: 'Wyświetlono {{count}} pozycji',
  close: 'Zamknij',
  cancel: 'Anuluj',
  errors: {
    notFoundTitle: 'Nie znaleziono',
    signInTitle: 'Tylko dla członków',
    title: 'Coś poszło nie tak',
    BAD_USER_INPUT: 'Część danych jest niepoprawna. Sprawdź je i spróbuj ponownie.',
    UNAUTHENTICATED: 'Zaloguj się, aby zobaczyć tę stronę. Jest dostępna dla członków sieci.',
    FORBIDDEN: 'Twoje konto nie ma uprawnień do tej czynności.',
    NOT_FOUND: 'Nie udało się tego znaleźć. Może zostało usunięte albo adres jest błędny.',
    CONFLICT: 'To koliduje z czymś, co już istnieje.',
    TOO_MANY_REQUESTS: 'Zbyt wiele prób w krótkim czasie. Odczekaj {{wait}} i spróbuj ponownie.',
    NETWORK: 'Nie udało się połączyć z LibLab. Sprawdź połączenie z internetem i spróbuj ponownie.',
    UNKNOWN: 'Coś poszło nie tak po naszej stronie. Spróbuj ponownie za chwilę.',
    signIn: 'Zaloguj się',
    home: 'Przejdź do strony głównej',
    retry: 'Spróbuj ponownie',
  },
};
