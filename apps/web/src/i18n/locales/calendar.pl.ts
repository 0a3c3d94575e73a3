import type { Localized } from '@liblab/web-ui';
import type { calendarEn } from './calendar.en';

export const calendarPl: Localized<typeof calendarEn> = {
  calendar: {
    address: {
      copy: 'Kopiuj adres',
      copyLabel: 'Kopiuj adres: {{name}}',
      copied: 'Adres skopiowany. Wklej go w aplikacji kalendarza.',
      copyFailed: 'Przeglądarka nie pozwoliła skopiować adresu. Zaznacz go i skopiuj samodzielnie.',
    },
    howTo:
      'Przycisk subskrypcji otwiera aplikację kalendarza (Kalendarz Apple, Outlook). W Kalendarzu Google wybierz „Inne kalendarze” → „Z adresu URL” i wklej adres. Kalendarze sprawdzają zmiany mniej więcej co godzinę.',
    month: {
      heading: 'Webinaria i spotkania miesiąca',
      lead: 'Wydarzenia tego miesiąca tematycznego w Twoim czasie, a jeśli się różni – także w czasie wydarzenia.',
      emptyTitle: 'W tym miesiącu nie ma jeszcze wydarzeń',
      emptyBody: 'Gdy koordynatorzy zaplanują webinarium lub spotkanie w tym miesiącu, pojawi się ono tutaj i w kalendarzu miesiąca.',
      subscribeHeading: 'Ten miesiąc w Twoim kalendarzu',
      subscribeLead:
        'Dodaj wydarzenia miesiąca do Kalendarza Google, Outlooka lub Kalendarza Apple za pomocą tego adresu: nowe wydarzenia, zmiany i odwołania pojawią się same.',
      subscribe: 'Subskrybuj kalendarz tego miesiąca',
      addressLabel: 'Adres kalendarza miesiąca',
      draft: 'Kalendarz miesiąca będzie można subskrybować, gdy miesiąc zostanie ogłoszony.',
    },
    public: {
      heading: 'Wydarzenia w Twoim kalendarzu',
      lead: 'Subskrybuj wydarzenia LibLab w Kalendarzu Google, Outlooku lub Kalendarzu Apple: nowe wydarzenia, zmiany i odwołania pojawią się same.',
      allLabel: 'Adres wszystkich wydarzeń',
      allSubscribe: 'Subskrybuj wszystkie wydarzenia',
      regionLabel: 'Adres spotkań i zjazdów w regionie {{region}}',
      regionSubscribe: 'Subskrybuj region {{region}}',
      regionHint: 'Webinaria nie mają regionu, więc są tylko w kalendarzu wszystkich wydarzeń.',
      chooseRegion: 'Wybierz region w filtrach powyżej, aby dostać kalendarz tylko jego spotkań i zjazdów.',
      loading: 'Wczytywanie adresów kalendarzy…',
    },
    mine: {
      heading: 'Moje wydarzenia w moim kalendarzu',
      lead: 'Prywatny kalendarz wydarzeń, na których masz miejsce lub jesteś na liście rezerwowej. Subskrybuj go raz: zapisy, zmiany i odwołania pojawią się same.',
      addressLabel: 'Twój prywatny adres kalendarza',
      subscribe: 'Subskrybuj moje wydarzenia',
      secret: 'Nie udostępniaj tego adresu: każdy, kto go zna, widzi Twoje wydarzenia razem z linkami do Twoich webinariów.',
      createdAt: 'Adres utworzony {{date}}.',
      rotate: 'Utwórz nowy adres',
      rotateHint:
        'Jeśli adres trafił do kogoś przez pomyłkę, utwórz nowy. Stary przestanie działać od razu, więc kalendarzom, które go subskrybują, trzeba będzie podać nowy.',
      confirmTitle: 'Utworzyć nowy adres kalendarza?',
      confirmBody:
        'Obecny adres przestanie działać od razu: kalendarze, które go subskrybują, nie będą się aktualizować, dopóki nie podasz im nowego adresu.',
      confirm: 'Utwórz nowy adres',
      keep: 'Zostaw obecny adres',
      rotated: 'Nowy adres jest gotowy. Stary już nie działa: zasubskrybuj w kalendarzu ten nowy.',
      rotateFailed: 'Nie udało się utworzyć nowego adresu',
      loading: 'Wczytywanie adresu Twojego kalendarza…',
    },
  },
};
