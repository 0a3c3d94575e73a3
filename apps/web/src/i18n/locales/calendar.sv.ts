import type { Localized } from '@liblab/web-ui';
import type { calendarEn } from './calendar.en';

export const calendarSv: Localized<typeof calendarEn> = {
  calendar: {
    address: {
      copy: 'Kopiera adressen',
      copyLabel: 'Kopiera adressen: {{name}}',
      copied: 'Adressen är kopierad. Klistra in den i din kalenderapp.',
      copyFailed: 'Webbläsaren lät oss inte kopiera. Markera adressen och kopiera den själv.',
    },
    howTo:
      'Prenumerationsknappen öppnar din kalenderapp (Apple Kalender, Outlook). I Google Kalender väljer du ”Andra kalendrar” → ”Från webbadress” och klistrar in adressen. Kalendrar letar efter ändringar ungefär en gång i timmen.',
    month: {
      heading: 'Månadens webbinarier och träffar',
      lead: 'Evenemang i den här temamånaden, i din tid och, när den skiljer sig, i evenemangets egen.',
      emptyTitle: 'Inga evenemang i den här månaden ännu',
      emptyBody: 'När samordnarna planerar ett webbinarium eller en träff för månaden visas det här och i månadens kalender.',
      subscribeHeading: 'Månaden i din kalender',
      subscribeLead:
        'Lägg till månadens evenemang i Google Kalender, Outlook eller Apple Kalender med den här adressen: nya evenemang, ändringar och inställda evenemang kommer med av sig själva.',
      subscribe: 'Prenumerera på månadens kalender',
      addressLabel: 'Adress till månadens kalender',
      draft: 'Det går att prenumerera på månadens kalender när månaden har annonserats.',
    },
    public: {
      heading: 'Evenemang i din kalender',
      lead: 'Prenumerera på LibLabs evenemang i Google Kalender, Outlook eller Apple Kalender: nya evenemang, ändringar och inställda evenemang kommer med av sig själva.',
      allLabel: 'Adress till alla evenemang',
      allSubscribe: 'Prenumerera på alla evenemang',
      regionLabel: 'Adress till träffar och konferenser i {{region}}',
      regionSubscribe: 'Prenumerera på {{region}}',
      regionHint: 'Webbinarier har ingen region, så de finns bara i kalendern med alla evenemang.',
      chooseRegion: 'Välj en region i filtren ovan för en kalender med bara dess träffar och konferenser.',
      loading: 'Läser in kalenderadresser…',
    },
    mine: {
      heading: 'Mina evenemang i min kalender',
      lead: 'En privat kalender med evenemangen där du har en plats eller står i kö. Prenumerera en gång: anmälningar, ändringar och inställda evenemang kommer med av sig själva.',
      addressLabel: 'Din privata kalenderadress',
      subscribe: 'Prenumerera på mina evenemang',
      secret: 'Behåll adressen för dig själv: den som har den ser dina evenemang, även länkarna till dina webbinarier.',
      createdAt: 'Adressen skapades {{date}}.',
      rotate: 'Skapa en ny adress',
      rotateHint:
        'Om du har delat adressen av misstag kan du skapa en ny. Den gamla slutar fungera direkt, så kalendrar som prenumererar på den behöver den nya.',
      confirmTitle: 'Skapa en ny kalenderadress?',
      confirmBody:
        'Den nuvarande adressen slutar fungera direkt: kalendrar som prenumererar på den uppdateras inte förrän du ger dem den nya adressen.',
      confirm: 'Skapa en ny adress',
      keep: 'Behåll den nuvarande adressen',
      rotated: 'En ny adress är klar. Den gamla fungerar inte längre: prenumerera på den här i din kalender.',
      rotateFailed: 'Vi kunde inte skapa en ny adress',
      loading: 'Läser in din kalenderadress…',
    },
  },
};
