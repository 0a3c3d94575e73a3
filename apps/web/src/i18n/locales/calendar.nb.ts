import type { Localized } from '@liblab/web-ui';
import type { calendarEn } from './calendar.en';

export const calendarNb: Localized<typeof calendarEn> = {
  calendar: {
    address: {
      copy: 'Kopier adressen',
      copyLabel: 'Kopier adressen: {{name}}',
      copied: 'Adressen er kopiert. Lim den inn i kalenderappen din.',
      copyFailed: 'Nettleseren lot oss ikke kopiere. Merk adressen og kopier den selv.',
    },
    howTo:
      'Abonner-knappen åpner kalenderappen din (Apple Kalender, Outlook). I Google Kalender velger du «Andre kalendere» → «Fra nettadresse» og limer inn adressen. Kalendere ser etter endringer omtrent én gang i timen.',
    month: {
      heading: 'Månedens webinarer og møter',
      lead: 'Arrangementer i denne temamåneden, i din tid og, når den er en annen, i arrangementets egen.',
      emptyTitle: 'Ingen arrangementer i denne måneden ennå',
      emptyBody: 'Når koordinatorene planlegger et webinar eller et møte for måneden, vises det her og i månedens kalender.',
      subscribeHeading: 'Måneden i kalenderen din',
      subscribeLead:
        'Legg til månedens arrangementer i Google Kalender, Outlook eller Apple Kalender med denne adressen: nye arrangementer, endringer og avlysninger kommer med av seg selv.',
      subscribe: 'Abonner på månedens kalender',
      addressLabel: 'Adressen til månedens kalender',
      draft: 'Det går an å abonnere på månedens kalender når måneden er kunngjort.',
    },
    public: {
      heading: 'Arrangementer i kalenderen din',
      lead: 'Abonner på LibLabs arrangementer i Google Kalender, Outlook eller Apple Kalender: nye arrangementer, endringer og avlysninger kommer med av seg selv.',
      allLabel: 'Adressen til alle arrangementer',
      allSubscribe: 'Abonner på alle arrangementer',
      regionLabel: 'Adressen til møter og konferanser i {{region}}',
      regionSubscribe: 'Abonner på {{region}}',
      regionHint: 'Webinarer har ingen region, så de finnes bare i kalenderen med alle arrangementer.',
      chooseRegion: 'Velg en region i filtrene over for en kalender med bare møtene og konferansene der.',
      loading: 'Laster inn kalenderadresser…',
    },
    mine: {
      heading: 'Mine arrangementer i kalenderen min',
      lead: 'En privat kalender med arrangementene du har plass på eller står på venteliste til. Abonner én gang: påmeldinger, endringer og avlysninger kommer med av seg selv.',
      addressLabel: 'Din private kalenderadresse',
      subscribe: 'Abonner på mine arrangementer',
      secret: 'Hold adressen for deg selv: den som har den, ser arrangementene dine, også lenkene til webinarene dine.',
      createdAt: 'Adressen ble laget {{date}}.',
      rotate: 'Lag en ny adresse',
      rotateHint:
        'Hvis du har delt adressen ved en feil, kan du lage en ny. Den gamle slutter å virke med en gang, så kalendere som abonnerer på den, trenger den nye.',
      confirmTitle: 'Lage en ny kalenderadresse?',
      confirmBody:
        'Den nåværende adressen slutter å virke med en gang: kalendere som abonnerer på den, blir ikke oppdatert før du gir dem den nye adressen.',
      confirm: 'Lag en ny adresse',
      keep: 'Behold den nåværende adressen',
      rotated: 'En ny adresse er klar. Den gamle virker ikke lenger: abonner på denne i kalenderen din.',
      rotateFailed: 'Vi kunne ikke lage en ny adresse',
      loading: 'Laster inn kalenderadressen din…',
    },
  },
};
